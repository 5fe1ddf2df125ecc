import Foundation

/// A letter printed on one line (a portal or a PDF that lost every line break): the header's
/// cells and the lists are found again by breaking the line at the anchors every letter has —
/// the motto, "Số", the place before ", ngày", "V/v", "Kính gửi", list dashes, "Nơi nhận",
/// signing prefixes and sentence ends. Only the header rules read the text so broken; offsets
/// into the document's text are not affected.
enum FlatLetter {
    /// The shortest first line taken for a whole letter run together.
    static let minimumLength = 300
    /// The longest: a letter is a few pages; a longer line is left as it is (no regular expressions
    /// over megabytes of untrusted text).
    static let maximumLength = 200_000

    /// `text` with its run-together header broken into lines, or nil when its first line is not such.
    static func unflattened(_ text: String) -> String? {
        // Most letters: a short first line, told from the bytes.
        let bytes = text.utf8
        let lineStart = bytes.firstIndex(where: { $0 != 0x0A && $0 != 0x0D && $0 != 0x20 }) ?? bytes.endIndex
        let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
        let length = bytes.distance(from: lineStart, to: lineEnd)
        guard length >= minimumLength, length <= maximumLength * 4 else { return nil }
        let first = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first ?? ""
        guard (minimumLength...maximumLength).contains(first.unicodeScalars.count) else { return nil }
        let key = VietnameseText.matchKey(first.prefix(600))
        guard HeaderVocabulary.mottoPrefixes.contains(where: { key.includes($0) }) || key.includes("độc lập") else { return nil }
        var s = String(first)
        // Tone marks left standing alone between spaces (a font's marks set apart from their letters).
        s = s.unicodeScalars.split(separator: " ").filter { !$0.allSatisfy { $0.properties.isGraphemeExtend } }
            .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
        for (pattern, template) in breaks {
            s = pattern.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: template)
        }
        let rest = text.dropFirst(first.count)
        return s.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n") + rest
    }

    private static let breaks: [(NSRegularExpression, String)] = [
        // words glued to a number: "tháng11" → "tháng 11"
        (#"(?i)\b(ngày|tháng|năm)(\d)"#, "$1 $2"),
        // the motto, a line of its own: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"
        (#"(?i)\s*(CỘNG\s+H[OÒ][AÀ]\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM)\s*"#, "\n$1\n"),
        (#"(?i)\s*(Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc)\s*"#, "\n$1\n"),
        // the number's field
        (#"\s+(Số\s*:?\s*[\d/])"#, "\n$1"),
        // the place before ", ngày D tháng": capitalised words (a hyphen inside: "Phan Rang-Tháp Chàm")
        (#"\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*,\s*ngày\s+\d{1,2}\s+tháng)"#, "\n$1"),
        // the subject of a công văn, the addressees, the lists and the signature
        (#"\s+(V/v|Về việc|Kính gửi|Nơi nhận|KT\.|TM\.|TL\.|TUQ\.)"#, "\n$1"),
        (#"(?<=[:;])\s+(-\s+)"#, "\n$1"),
        // a sentence's end after a small letter: the body's sentences
        (#"(?<=\p{Ll})\.\s+(?=\p{Lu})"#, ".\n"),
        // the year that ends the place-and-date line
        (#"(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s+"#, "$1\n"),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }
}
