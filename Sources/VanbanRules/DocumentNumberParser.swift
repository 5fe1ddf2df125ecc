import VanbanRecord

/// Reads a number and symbol as printed ("12/QĐ-UBND", "30/2020/NĐ-CP", "34-CT/TW", "/CSĐTNMT-TCHCKT")
/// into its parts, and tells the document type its symbol names.
public enum DocumentNumberParser {
    /// The parts of `printed` (spaces are removed first), or nil when it is not a number and symbol.
    public static func parse(_ printed: String) -> DocumentNumber? {
        let raw = compact(printed)
        guard isPlausible(raw) else { return nil }
        let scalars = Array(raw.unicodeScalars)
        var i = 0
        while i < scalars.count, isDigit(scalars[i]) { i += 1 }
        // A letter after the sequence: "30c/NQ-CP".
        if i > 0, i + 1 < scalars.count, scalars[i].properties.isAlphabetic, scalars[i + 1] == "/" || scalars[i + 1] == "-" { i += 1 }
        let seq = i > 0 ? ScalarText.string(scalars[0..<i]) : nil
        guard i < scalars.count else { return nil }
        let rest = ScalarText.string(scalars[(i + 1)...])
        if scalars[i] == "-", rest.contains("/"), seq != nil || i == 0 && rest.first?.isUppercase == true {
            // Party form: sequence-type/issuer ("34-CT/TW"), or its sequence left blank ("-CV/BTGDVTU").
            return DocumentNumber(raw: raw, seq: seq, year: nil, symbol: rest)
        }
        guard scalars[i] == "/" else { return nil }
        // Legal form: sequence/year/type-issuer ("30/2020/NĐ-CP").
        let parts = rest.split(separator: "/", maxSplits: 1)
        if parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), VietnameseDate.plausibleYears.contains(year) {
            return DocumentNumber(raw: raw, seq: seq, year: year, symbol: String(parts[1]))
        }
        return DocumentNumber(raw: raw, seq: seq, year: nil, symbol: rest)
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
        guard let type = knownType, let symbol = number.symbol, !symbol.contains("-"), !symbol.contains("/") else {
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

    static func isPlausible(_ raw: String) -> Bool {
        guard raw.count >= 3, raw.count <= 60 else { return false }
        var letters = 0
        for s in raw.unicodeScalars {
            if s.properties.isAlphabetic { letters += 1; continue }
            if isDigit(s) || s == "/" || s == "-" || s == "." || s == "&" || s == "_" { continue }
            return false
        }
        return letters > 0 && (raw.contains("/") || raw.contains("-"))
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
}
