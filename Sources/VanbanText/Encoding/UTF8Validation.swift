/// A strict UTF-8 check over bytes (no overlongs, no surrogates, nothing above U+10FFFF) that
/// counts rather than stops, so "UTF-8 with a few bad bytes" can be told from "not UTF-8".
struct UTF8Validation: Equatable, Sendable {
    /// Well-formed sequences of two to four bytes.
    var multibyte = 0
    /// Bytes that start no well-formed sequence.
    var invalid = 0
    /// Bytes at the very end that start a sequence cut short (a sample boundary).
    var truncatedTail = 0

    /// True when every byte belongs to a well-formed sequence.
    var isValid: Bool { invalid == 0 && truncatedTail == 0 }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: invalid += 1; i += 1; continue
            }
            var j = 1
            while j < length, i + j < n {
                let c = bytes[i + j]
                let (lo, hi) = j == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                if c < lo || c > hi { break }
                j += 1
            }
            if j == length {
                multibyte += 1
                i += length
            } else if i + j == n {
                truncatedTail = n - i
                i = n
            } else {
                invalid += 1
                i += 1
            }
        }
    }
}
