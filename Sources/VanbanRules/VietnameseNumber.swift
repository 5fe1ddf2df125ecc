/// Numbers as Vietnamese documents write them: "." groups thousands and "," marks the
/// decimals ("1.600" is 1600, "7,5" is 7.5, "24.000" is 24000, "06" is 6).
public enum VietnameseNumber {
    /// The value of `text` when it is one number and nothing else.
    public static func value(of text: String) -> Double? {
        let s = Array(text.unicodeScalars)
        guard let (value, end) = read(s, at: 0), end == s.count else { return nil }
        return value
    }

    /// The number starting at `start`, with the index just past it. Nil when the digits
    /// there belong to a longer token that is not a number: a date ("03/01/2023",
    /// "15.5.2016"), a range ("2021-2025"), a phone number ("0243.7738668"), a fraction.
    static func read(_ s: [Unicode.Scalar], at start: Int) -> (value: Double, end: Int)? {
        var i = start
        var integer = 0.0
        var firstGroup = 0
        while i < s.count, ScalarText.isDigit(s[i]) {
            integer = integer * 10 + Double(s[i].value - 48)
            i += 1
            firstGroup += 1
        }
        guard firstGroup > 0, firstGroup <= 15 else { return nil }
        // Thousands: "1.600", "1.000.000" (groups of exactly three digits).
        if firstGroup <= 3 {
            while i < s.count, s[i] == ".", digitRun(s, i + 1) == 3 {
                for k in i + 1...i + 3 { integer = integer * 10 + Double(s[k].value - 48) }
                i += 4
            }
        }
        var value = integer
        // Decimals: "7,5"; "7.5" too when the dot cannot be a thousands separator.
        if i < s.count, s[i] == "," || (s[i] == "." && i == start + firstGroup), case let run = digitRun(s, i + 1),
           run > 0, run <= 4, s[i] == "," || run != 3 {
            var fraction = 0.0
            var scale = 1.0
            for k in i + 1...i + run {
                fraction = fraction * 10 + Double(s[k].value - 48)
                scale *= 10
            }
            value += fraction / scale
            i += 1 + run
        }
        // Part of a longer token: "03/01/2023", "15.5.2016", "2021-2025", "1.392/63".
        if i + 1 < s.count, s[i] == "/" || s[i] == "." || s[i] == "-" || s[i] == ",", ScalarText.isDigit(s[i + 1]) {
            return nil
        }
        return (value, i)
    }

    private static func digitRun(_ s: [Unicode.Scalar], _ start: Int) -> Int {
        var i = start
        while i < s.count, ScalarText.isDigit(s[i]) { i += 1 }
        return i - start
    }
}
