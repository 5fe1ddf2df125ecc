import VanbanRecord

/// Reads a number and symbol as printed ("12/QĐ-UBND", "30/2020/NĐ-CP", "34-CT/TW", "/CSĐTNMT-TCHCKT")
/// into its parts, and tells the document type its symbol names.
public enum DocumentNumberParser {
    /// The parts of `printed` (spaces are removed first), or nil when it is not a number and symbol
    /// (`DocumentNumberGrammar`, read as a header's field: all of it, a blank sequence allowed).
    public static func parse(_ printed: String) -> DocumentNumber? {
        let raw = compact(printed)
        guard (3...80).contains(raw.utf8.count) else { return nil }
        guard let reading = DocumentNumberGrammar.read(ScalarText(raw), at: 0, mode: .field) else { return nil }
        return DocumentNumber(reading)
    }

    /// The number with spaces removed ("170/KH - CSĐTNTMT" → "170/KH-CSĐTNTMT").
    public static func compact(_ printed: String) -> String {
        ScalarText.string(printed.unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    /// The document type the symbol's code stands for ("KH-UBND" → kế hoạch), or nil for a công văn's
    /// symbol, which starts with its issuer ("SLĐTBXH-LĐVL").
    public static func type(of number: DocumentNumber) -> DocumentType? {
        guard let symbol = number.symbol else { return nil }
        let party = !number.raw.startsWith("/") && number.raw.first?.isNumber == true
            && number.raw.split(separator: "/").first?.contains("-") == true
        let code = symbol.split(whereSeparator: { $0 == "-" || $0 == "/" }).first.map(String.init) ?? symbol
        if let type = DocumentTypes.type(forCode: code, party: party) { return type }
        // A National Assembly law: "15/2017/QH14".
        if number.year != nil, code.uppercased().startsWith("QH"), code.dropFirst(2).allSatisfy(\.isNumber) {
            return DocumentTypes.bySlug["luat"]
        }
        return nil
    }

    /// Puts back a hyphen lost between the type code and the issuer ("1961/QĐUBND" → "1961/QĐ-UBND")
    /// when the document's type is known from its title or type word.
    public static func repairingHyphen(_ number: DocumentNumber, knownType: DocumentType?) -> DocumentNumber {
        // Only a symbol of one group: one with a separator ("QĐ.UB", "QĐ_BKHCN") lost none.
        guard let type = knownType, let symbol = number.symbol, symbol.allSatisfy({ $0.isLetter || $0.isNumber }) else {
            return number
        }
        let upper = symbol.uppercased()
        for code in type.codes.sorted(by: { $0.count > $1.count }) {
            let key = code.uppercased()
            guard upper.startsWith(key), upper.count >= key.count + 2 else { continue }
            let cut = symbol.index(symbol.startIndex, offsetBy: code.count)
            let fixed = String(symbol[..<cut]) + "-" + String(symbol[cut...])
            let raw = String(number.raw.dropLast(symbol.count)) + fixed
            return DocumentNumber(raw: raw, seq: number.seq, year: number.year, symbol: fixed)
        }
        return number
    }

}

extension DocumentNumber {
    /// The parts of a number the grammar read.
    init(_ reading: DocumentNumberGrammar.Reading) {
        self.init(raw: reading.raw, seq: reading.sequence.isEmpty ? nil : reading.sequence, year: reading.year,
                  symbol: reading.symbol)
    }
}
