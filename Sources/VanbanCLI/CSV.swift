/// CSV rows as RFC 4180 writes them: fields with commas, quotes or line breaks are quoted,
/// quotes doubled, rows ended by CRLF.
///
/// Unless `raw`, a field that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets
/// a single quote before it (OWASP's defence against CSV formula injection: a spreadsheet
/// would run such a cell as a formula). The rule is the same for every field, numbers
/// included: `-5` is written `'-5` (the archive's numbers are never negative).
struct CSV {
    /// Write fields as they are (`--raw-csv`).
    var raw = false

    /// The characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    func row(_ fields: [String]) -> String {
        fields.map { CSV.quote(raw ? $0 : CSV.neutralised($0)) }.joined(separator: ",") + "\r\n"
    }

    /// `field` with a `'` before it when it starts like a formula.
    static func neutralised(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, formulaStarts.contains(Character(first)) else { return field }
        return "'" + field
    }

    private static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
