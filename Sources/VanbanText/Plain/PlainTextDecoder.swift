/// The bytes of a text file as Unicode text: UTF-8 with or without BOM, UTF-16 with BOM or
/// plainly UTF-16 without one, UTF-8 with a few bad bytes, the Vietnamese legacy encodings,
/// and last Windows-1252. Text that went through Windows-1252 before it was saved as Unicode
/// ("Céng hoµ") is repaired.
struct PlainTextDecoder {
    struct Result {
        var text: String
        var warnings: [String] = []
        /// The legacy encoding converted from, if any.
        var legacyEncoding: LegacyVietnamese.Encoding?
    }

    /// Bytes of the start looked at to tell BOM-less UTF-16.
    static let utf16Sample = 4096
    /// Text in no legacy encoding with at least this many good UTF-8 sequences per bad byte is
    /// read as UTF-8 with the bad bytes replaced.
    static let utf8Tolerance = 4

    func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return unicode(utf8(UnsafeBufferPointer(rebasing: bytes.dropFirst(3)))) }
        if bytes.starts(with: [0xFF, 0xFE]) { return unicode(utf16(UnsafeBufferPointer(rebasing: bytes.dropFirst(2)), littleEndian: true)) }
        if bytes.starts(with: [0xFE, 0xFF]) { return unicode(utf16(UnsafeBufferPointer(rebasing: bytes.dropFirst(2)), littleEndian: false)) }
        if let littleEndian = Self.bomlessUTF16(bytes) {
            var result = unicode(utf16(bytes, littleEndian: littleEndian))
            result.warnings.insert("no byte-order mark: read as UTF-16\(littleEndian ? "LE" : "BE") by its zero bytes", at: 0)
            return result
        }
        let check = UTF8Validation(bytes)
        if check.isValid { return unicode(utf8(bytes, check)) }
        if let encoding = LegacyEncodingDetector.assess(bytes).encoding {
            return Result(text: LegacyDecoder.string(bytes, as: encoding), legacyEncoding: encoding)
        }
        if check.multibyte >= Self.utf8Tolerance * (check.invalid + (check.truncatedTail > 0 ? 1 : 0)) {
            return unicode(utf8(bytes, check))
        }
        return Result(text: LegacyDecoder.windows1252(bytes), warnings: [
            "the text is not UTF-8 and reads as none of TCVN3, VNI, VISCII, CP1258: read as Windows-1252",
        ])
    }

    /// Unicode text, repaired when it is legacy text that was read as Windows-1252 before.
    private func unicode(_ result: Result) -> Result {
        guard let (text, encoding) = LegacyVietnamese.repair(result.text) else { return result }
        return Result(text: text, warnings: result.warnings, legacyEncoding: encoding)
    }

    private func utf8(_ bytes: UnsafeBufferPointer<UInt8>, _ known: UTF8Validation? = nil) -> Result {
        let check = known ?? UTF8Validation(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        let bad = check.invalid + (check.truncatedTail > 0 ? 1 : 0)
        return Result(text: text, warnings: bad == 0 ? [] : ["\(bad) byte sequence(s) that are not UTF-8 replaced by U+FFFD"])
    }

    private func utf16(_ bytes: UnsafeBufferPointer<UInt8>, littleEndian: Bool) -> Result {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(littleEndian ? b << 8 | a : a << 8 | b)
            i += 2
        }
        var warnings: [String] = []
        if bytes.count % 2 == 1 { warnings.append("UTF-16 text with an odd number of bytes: the last byte was dropped") }
        let unpaired = Self.unpairedSurrogates(units)
        if unpaired > 0 { warnings.append("\(unpaired) unpaired UTF-16 surrogate(s) replaced by U+FFFD") }
        return Result(text: String(decoding: units, as: UTF16.self), warnings: warnings)
    }

    /// Whether the start reads as UTF-16 without a BOM: many zero bytes, nearly all at odd
    /// offsets (little-endian) or at even offsets (big-endian). Nil when it does not.
    static func bomlessUTF16(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let pairs = min(bytes.count, utf16Sample) / 2
        guard pairs >= 2 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for p in 0..<pairs {
            if bytes[2 * p] == 0 { zeroEven += 1 }
            if bytes[2 * p + 1] == 0 { zeroOdd += 1 }
        }
        if zeroOdd * 10 >= pairs * 3, zeroEven * 20 <= pairs { return true }
        if zeroEven * 10 >= pairs * 3, zeroOdd * 20 <= pairs { return false }
        return nil
    }

    private static func unpairedSurrogates(_ units: [UInt16]) -> Int {
        var count = 0
        var i = 0
        while i < units.count {
            let u = units[i]
            if u >= 0xD800, u < 0xDC00, i + 1 < units.count, units[i + 1] >= 0xDC00, units[i + 1] < 0xE000 {
                i += 2
                continue
            }
            if u >= 0xD800, u < 0xE000 { count += 1 }
            i += 1
        }
        return count
    }
}
