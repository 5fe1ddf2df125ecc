/// Tells a file's format from its first bytes, falling back on the extension only
/// where the content does not say (plain text has no magic).
public enum FormatSniffer {
    /// The format of `bytes`, or nil when the content is of no format vanban reads.
    public static func detect(_ bytes: some Collection<UInt8>, fileExtension: String) -> TextFormat? {
        let head = Array(bytes.prefix(8))
        if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .docx }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .doc }
        // A PDF may carry junk before its header (allowed within the first 1,024 bytes).
        if containsSequence(Array(bytes.prefix(1024)), Array("%PDF-".utf8)) { return .pdf }
        if looksLikeText(bytes) { return .txt }
        switch fileExtension.lowercased() {
        case "pdf": return .pdf
        case "docx": return .docx
        case "doc": return .doc
        default: return nil
        }
    }

    /// True when the first 64 KiB read as text: a BOM, or few control bytes. A few NUL bytes (at
    /// most one in a hundred: a letter damaged in copying) do not make text binary; the reader
    /// drops them with a warning.
    static func looksLikeText(_ bytes: some Collection<UInt8>) -> Bool {
        let sample = Array(bytes.prefix(65_536))
        if sample.isEmpty { return false }
        if sample.starts(with: [0xEF, 0xBB, 0xBF]) || sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) {
            return true
        }
        if looksLikeUTF16(sample) { return true }
        var control = 0
        var nul = 0
        for b in sample {
            if b == 0 { nul += 1 } else if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C { control += 1 }
        }
        return nul * 100 <= sample.count && control * 100 <= sample.count
    }

    /// UTF-16 without a BOM: NUL bytes at most even (big-endian) or odd (little-endian) offsets, none at the other.
    static func looksLikeUTF16(_ sample: [UInt8]) -> Bool {
        guard sample.count >= 8 else { return false }
        var zeros = [0, 0]
        for (i, b) in sample.enumerated() where b == 0 { zeros[i & 1] += 1 }
        let pairs = sample.count / 2
        return (zeros[0] * 10 >= pairs * 3 && zeros[1] == 0) || (zeros[1] * 10 >= pairs * 3 && zeros[0] == 0)
    }

    private static func containsSequence(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for i in 0...(haystack.count - needle.count) where haystack[i..<(i + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }
}
