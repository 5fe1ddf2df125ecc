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
            let stripper = MarkdownStripper()
            var line: [UInt8] = []
            var markup = false
            func endLine() {
                while let last = line.last, last == 0x20 || last == 0x09 { line.removeLast() }
                if markup {
                    out.append(contentsOf: stripper.strip(String(decoding: line, as: UTF8.self)).utf8)
                } else {
                    out.append(contentsOf: line)
                }
                line.removeAll(keepingCapacity: true)
                markup = false
            }
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                switch b {
                case 0x0D:
                    if i < bytes.count, bytes[i] == 0x0A { i += 1 }
                    fallthrough
                case 0x0A, 0x0C:
                    endLine()
                    out.append(0x0A)
                case 0x09:
                    line.append(b)
                case 0..<0x20, 0x7F:
                    continue
                default:
                    if MarkdownStripper.mayHaveMarkup(b) { markup = true }
                    line.append(b)
                }
            }
            endLine()
            return String(decoding: out, as: UTF8.self)
        }
    }
}
