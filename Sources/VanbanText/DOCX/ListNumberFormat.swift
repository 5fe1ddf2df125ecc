/// Writes a list counter in a Word number format (`w:numFmt`).
enum ListNumberFormat {
    /// `value` written as `format`; formats not listed here fall back to decimal.
    static func render(_ value: Int, format: String) -> String {
        switch format {
        case "none", "bullet": return ""
        case "decimalZero": return value >= 0 && value < 10 ? "0\(value)" : String(value)
        case "lowerLetter": return letters(value, uppercase: false)
        case "upperLetter": return letters(value, uppercase: true)
        case "lowerRoman": return roman(value).lowercased()
        case "upperRoman": return roman(value)
        default: return String(value)
        }
    }

    /// Word's letters: a...z, then aa...zz, aaa...: the letter repeats.
    private static func letters(_ value: Int, uppercase: Bool) -> String {
        guard value > 0 else { return String(value) }
        let base = uppercase ? UInt8(ascii: "A") : UInt8(ascii: "a")
        let letter = Character(Unicode.Scalar(base + UInt8((value - 1) % 26)))
        return String(repeating: letter, count: min((value - 1) / 26 + 1, 100))
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var result = ""
        for (amount, digits) in table {
            while rest >= amount {
                result += digits
                rest -= amount
            }
        }
        return result
    }
}
