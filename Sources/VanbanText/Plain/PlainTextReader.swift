import Foundation

/// Plain text (.txt, and Markdown exported as .md or .txt): decoded by `PlainTextDecoder`, line
/// breaks (CRLF, CR, form feed) made "\n", other control characters and trailing spaces dropped,
/// light Markdown stripped by `MarkdownStripper`.
///
/// Only the bytes that can hold the first `maxTextCharacters` scalars are decoded (4 bytes a
/// scalar at most, in every encoding read), so a huge file costs no more than a capped one.
struct PlainTextReader {
    func read(_ data: Data, limits: ExtractionLimits = .standard, deadline: Deadline? = nil) throws -> DocumentText {
        let decoded = try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let prefix = Self.prefixLength(bytes, characters: limits.maxTextCharacters)
            var result = PlainTextDecoder().decode(UnsafeBufferPointer(rebasing: bytes[0..<prefix]))
            try deadline?.check()
            if prefix < bytes.count { result.warnings.append(limits.textCutWarning) }
            return result
        }
        var warnings = decoded.warnings
        let nul = decoded.text.unicodeScalars.lazy.filter { $0.value == 0 }.count
        if nul > 0 { warnings.append("\(nul) NUL byte\(nul == 1 ? "" : "s") removed (the file was damaged in copying?)") }
        return DocumentText(format: .txt, body: PipeTable.columns(try Self.lines(of: decoded.text, deadline: deadline)), warnings: warnings,
                            legacyEncoding: decoded.legacyEncoding?.rawValue)
    }

    /// How many bytes of `bytes` to decode for `characters` scalars: all of them when they are
    /// few enough, else `4 * characters` moved back to a character boundary (off a UTF-8
    /// continuation byte; for UTF-16 to an even count, off a high surrogate).
    static func prefixLength(_ bytes: UnsafeBufferPointer<UInt8>, characters: Int) -> Int {
        let (most, overflow) = max(characters, 0).multipliedReportingOverflow(by: 4)
        guard !overflow, most < bytes.count else { return bytes.count }
        var end = most
        let bigEndian = bytes.starts(with: [0xFE, 0xFF]) || PlainTextDecoder.bomlessUTF16(bytes) == false
        if bigEndian || bytes.starts(with: [0xFF, 0xFE]) || PlainTextDecoder.bomlessUTF16(bytes) == true {
            end &= ~1
            if end >= 4, (bigEndian ? bytes[end - 2] : bytes[end - 1]) & 0xFC == 0xD8 { end -= 2 }
            return end
        }
        while end > 0, bytes[end] & 0xC0 == 0x80, most - end < 3 { end -= 1 }
        return end
    }

    /// `text` with "\n" line breaks, without control characters or trailing spaces, Markdown stripped.
    /// - Throws: `.timeout` once `deadline` is past (checked every 64 KiB).
    static func lines(of text: String, deadline: Deadline? = nil) throws -> String {
        var text = text
        return try text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var start = 0
            var nextCheck = 1 << 16
            while start <= bytes.count {
                if start >= nextCheck {
                    try deadline?.check()
                    nextCheck = start + 1 << 16
                }
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
