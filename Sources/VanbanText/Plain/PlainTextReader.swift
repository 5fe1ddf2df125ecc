import Foundation

/// Plain text (.txt, and Markdown exported as .md or .txt): decoded by `PlainTextDecoder`, line
/// breaks (CRLF, CR, form feed) made "\n", other control characters and trailing spaces dropped,
/// light Markdown stripped by `MarkdownStripper`.
struct PlainTextReader {
    func read(_ data: Data) throws -> DocumentText {
        let decoded = data.withUnsafeBytes { PlainTextDecoder().decode($0.bindMemory(to: UInt8.self)) }
        return DocumentText(format: .txt, body: Self.lines(of: decoded.text), warnings: decoded.warnings,
                            legacyEncoding: decoded.legacyEncoding?.rawValue)
    }

    /// `text` with "\n" line breaks, without control characters or trailing spaces, Markdown stripped.
    static func lines(of text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var start = 0
            while start <= bytes.count {
                var end = start
                var special = false
                while end < bytes.count {
                    let b = bytes[end]
                    if b == 0x0A || b == 0x0D || b == 0x0C { break }
                    if b < 0x20 || b == 0x7F || MarkdownStripper.mayHaveMarkup(b) { special = true }
                    end += 1
                }
                appendLine(UnsafeBufferPointer(rebasing: bytes[start..<end]), special: special, to: &out)
                guard end < bytes.count else { break }
                out.append(0x0A)
                start = end + (bytes[end] == 0x0D && end + 1 < bytes.count && bytes[end + 1] == 0x0A ? 2 : 1)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func appendLine(_ line: UnsafeBufferPointer<UInt8>, special: Bool, to out: inout [UInt8]) {
        var end = line.count
        while end > 0, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        let trimmed = UnsafeBufferPointer(rebasing: line[0..<end])
        guard special else {
            out.append(contentsOf: trimmed)
            return
        }
        let kept = trimmed.filter { $0 >= 0x20 && $0 != 0x7F || $0 == 0x09 }
        out.append(contentsOf: MarkdownStripper().strip(String(decoding: kept, as: UTF8.self)).utf8)
    }
}
