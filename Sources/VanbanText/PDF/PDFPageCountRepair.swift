import Foundation

/// A PDF whose page tree gives a wrong page count (`/Count 0` over pages that are there):
/// poppler then reports no page at all. The repair writes, in a copy, the number of page
/// objects the file holds as the count of its page-tree nodes; poppler rebuilds the
/// cross-reference table the edit moved. Only tried when poppler finds no page.
enum PDFPageCountRepair {
    /// A copy of `data` with its page count repaired, or nil when it has no page object or
    /// no count to repair.
    static func repaired(_ data: Data) -> Data? {
        let bytes = [UInt8](data)
        let pages = count(#"/Type\s*/Page(?![a-zA-Z])"#, in: bytes)
        guard pages > 0 else { return nil }
        // Latin-1 keeps one character per byte, so offsets in the string are offsets in the file.
        let text = String(decoding: bytes.map { UInt16($0) }, as: UTF16.self)
        guard let regex = try? NSRegularExpression(pattern: #"(/Type\s*/Pages\b[^>]*?/Count\s*)(\d+)|(/Count\s*)(\d+)([^>]*?/Type\s*/Pages\b)"#) else {
            return nil
        }
        let matches = regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
        guard !matches.isEmpty else { return nil }
        var out = bytes
        for match in matches.reversed() {
            let digits = match.range(at: 2).location != NSNotFound ? match.range(at: 2) : match.range(at: 4)
            guard digits.location != NSNotFound else { continue }
            out.replaceSubrange(digits.location..<(digits.location + digits.length), with: Array(String(pages).utf8))
        }
        return Data(out)
    }

    private static func count(_ pattern: String, in bytes: [UInt8]) -> Int {
        let text = String(decoding: bytes.map { UInt16($0) }, as: UTF16.self)
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return 0 }
        return regex.numberOfMatches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
    }
}
