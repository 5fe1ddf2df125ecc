import Foundation

/// Normalisation of Vietnamese text: what every rule sees, and the keys rules compare by.
public enum VietnameseText {
    /// The text the rules run on: NFC; "Ð" (U+00D0) and "ð" read as "Đ"/"đ"; dash variants
    /// as "-"; non-breaking and odd spaces as " "; zero-width characters and soft hyphens
    /// dropped; CRLF/CR as LF. Offsets in records are into this text.
    public static func normalize(_ text: String) -> String {
        let nfc = isNFC(text) ? text : text.precomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        out.reserveCapacity(nfc.utf8.count)
        var previousCR = false
        for s in nfc.unicodeScalars {
            defer { previousCR = s == "\r" }
            switch s.value {
            case 0x0D: out.append("\n")
            case 0x0A: if !previousCR { out.append(s) }
            case 0x00D0: out.append("Đ")
            case 0x00F0: out.append("đ")
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: out.append("-")
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: out.append(" ")
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: continue
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// Whether `text` is surely NFC already (ASCII, or no combining marks and no Hangul/decomposable starters).
    static func isNFC(_ text: String) -> Bool {
        for s in text.unicodeScalars where s.value >= 0x300 {
            if (0x300...0x36F).contains(s.value) || (0x1AB0...0x1AFF).contains(s.value) || (0x1DC0...0x1DFF).contains(s.value)
                || (0x20D0...0x20FF).contains(s.value) || s.value >= 0xAC00 && s.value <= 0xD7A3 {
                return false
            }
        }
        return true
    }

    /// Upper case, one scalar for one scalar where Vietnamese is concerned ("đ" → "Đ").
    public static func upper(_ s: some StringProtocol) -> String { s.uppercased() }

    /// The key two spellings of the same words share: lower case, new-style tone placement
    /// ("hoà" → "hòa", "uỷ" → "ủy"), single spaces, no spaces or ".,;:" at either end (dashes are
    /// already "-" in `normalize`d text).
    public static func matchKey(_ s: some StringProtocol) -> String {
        if let key = s.utf8.withContiguousStorageIfAvailable({ matchKey(utf8: $0) }) { return key }
        return Array(s.utf8).withUnsafeBufferPointer { matchKey(utf8: $0) }
    }

    /// `matchKey` over UTF-8, decoded into a scratch buffer on the stack (this runs for most
    /// lines of every document).
    private static func matchKey(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: bytes.count) { buffer in
            var n = 0
            var pendingSpace = false
            var input = bytes.makeIterator()
            var parser = UTF8.ForwardParser()
            decoding: while true {
                let c: Unicode.Scalar
                switch parser.parseScalar(from: &input) {
                case let .valid(encoded): c = UTF8.decode(encoded)
                case .error: c = "\u{FFFD}"
                case .emptyInput: break decoding
                }
                if c == " " || c == "\t" || c == "\n" {
                    pendingSpace = n > 0
                    continue
                }
                if pendingSpace {
                    buffer[n] = " "
                    n += 1
                    pendingSpace = false
                }
                buffer[n] = ScalarText.lower(c)
                n += 1
            }
            var scalars = UnsafeMutableBufferPointer(rebasing: buffer[0..<n])
            ScalarText.foldTones(&scalars)
            var start = 0, end = n
            while start < end, isKeyTrim(scalars[start]) { start += 1 }
            while end > start, isKeyTrim(scalars[end - 1]) { end -= 1 }
            return ScalarText.string(scalars[start..<end])
        }
    }

    /// What a match key drops at either end.
    private static func isKeyTrim(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "." || c == "," || c == ";" || c == ":"
    }
}
