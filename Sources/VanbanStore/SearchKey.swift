import VanbanRules

/// The folded keys the archive compares numbers and names by, so that "12/QĐ-UBND",
/// "12/qđ-ubnd" and "12 / QD-UBND" find the same document.
public enum SearchKey {
    /// A document number without spaces, diacritics folded and "đ" as "d", lower case, and
    /// look-alike letters, dashes and slashes taken for what they look like ("КН" in Cyrillic
    /// is "kh"; see `Confusables`).
    public static func number(_ raw: String) -> String {
        let folded = VietnameseText.fold(Confusables.fold(VietnameseText.normalize(raw)))
        return String(folded.unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    /// A name with diacritics folded, lower case, single spaces.
    public static func name(_ text: String) -> String {
        words(VietnameseText.fold(VietnameseText.normalize(text))).joined(separator: " ")
    }

    /// The words of `text` as a full-text index sees them: runs of letters and digits.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// The year a citation refers to: from its number ("30/2020/NĐ-CP") or else its date.
    public static func year(number: String?, date: String?) -> Int? {
        if let number {
            for part in number.split(whereSeparator: { $0 == "/" || $0 == "-" }) where part.count == 4 {
                if let year = Int(part), (1945...2100).contains(year) { return year }
            }
        }
        if let date, date.count >= 4, let year = Int(date.prefix(4)) { return year }
        return nil
    }
}
