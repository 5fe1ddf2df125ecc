import Foundation

/// The sizes a PDF's images declare, read from the bytes without decoding any image. Poppler
/// decodes an image whole to tell its size (`poppler_page_get_image`), and a few kilobytes of
/// compressed zeros can declare 32,767 × 32,767 pixels: 4 GB. Image dictionaries are always
/// stream dictionaries, which PDF never compresses, so their /Width and /Height can be read.
enum PDFImageCensus {
    /// The most pixels any image in `pdf` declares: 0 without images, nil when an image's size
    /// cannot be read (given by reference, or missing).
    static func largestImage(in pdf: Data) -> Int? {
        pdf.withUnsafeBytes { raw -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var largest = 0
            var from = 0
            while let subtype = find(subtypeKey, in: bytes, from: from) {
                from = subtype + subtypeKey.count
                var at = skipSpace(bytes, from)
                guard starts(with: imageName, in: bytes, at: at) else { continue }
                at += imageName.count
                guard at >= bytes.count || isDelimiter(bytes[at]) else { continue }
                let start = objectStart(bytes, before: subtype), end = objectEnd(bytes, after: at)
                guard let width = integer(after: widthKey, in: bytes, start..<end),
                      let height = integer(after: heightKey, in: bytes, start..<end) else { return nil }
                let (pixels, overflow) = width.multipliedReportingOverflow(by: height)
                largest = overflow ? Int.max : max(largest, pixels)
            }
            return largest
        }
    }

    private static let subtypeKey = Array("/Subtype".utf8)
    private static let imageName = Array("/Image".utf8)
    private static let widthKey = Array("/Width".utf8)
    private static let heightKey = Array("/Height".utf8)
    private static let objKeyword = Array("obj".utf8)
    private static let streamKeyword = Array("stream".utf8)
    /// How far an image dictionary reaches around its /Subtype.
    private static let reach = 4_096

    /// The value of `key` in `range`: a direct non-negative integer, nil otherwise.
    private static func integer(after key: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var from = range.lowerBound
        while let found = find(key, in: bytes, from: from), found < range.upperBound {
            from = found + key.count
            guard from < range.upperBound, isDelimiter(bytes[from]) else { continue }
            var at = skipSpace(bytes, from)
            var value = 0
            let digits = at
            while at < range.upperBound, (48...57).contains(bytes[at]), value < 1 << 40 {
                value = value * 10 + Int(bytes[at] - 48)
                at += 1
            }
            guard at > digits else { return nil }
            // "12 0 R" is a reference to the value, not the value.
            var next = skipSpace(bytes, at)
            let generation = next
            while next < range.upperBound, (48...57).contains(bytes[next]) { next += 1 }
            if next > generation, skipSpace(bytes, next) < range.upperBound, bytes[skipSpace(bytes, next)] == UInt8(ascii: "R") {
                return nil
            }
            return value
        }
        return nil
    }

    /// Just after the last "obj" keyword before `index`, within reach.
    private static func objectStart(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
        var at = index - objKeyword.count
        while at >= max(0, index - reach) {
            if starts(with: objKeyword, in: bytes, at: at) { return at + objKeyword.count }
            at -= 1
        }
        return max(0, index - reach)
    }

    /// The first "stream" keyword after `index`, within reach.
    private static func objectEnd(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Int {
        let limit = min(bytes.count, index + reach)
        return find(streamKeyword, in: bytes, from: index).map { min($0, limit) } ?? limit
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let first = needle.first, let base = bytes.baseAddress else { return nil }
        var at = max(from, 0)
        while at <= bytes.count - needle.count {
            guard let hit = memchr(base + at, Int32(first), bytes.count - at) else { return nil }
            at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if starts(with: needle, in: bytes, at: at) { return at }
            at += 1
        }
        return nil
    }

    private static func starts(with prefix: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index >= 0, index + prefix.count <= bytes.count else { return false }
        for offset in prefix.indices where bytes[index + offset] != prefix[offset] { return false }
        return true
    }

    private static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        var at = index
        while at < bytes.count, isSpace(bytes[at]) { at += 1 }
        return at
    }

    /// PDF white space: NUL, tab, line feed, form feed, carriage return, space.
    private static func isSpace(_ byte: UInt8) -> Bool {
        switch byte {
        case 0, 9, 10, 12, 13, 32: true
        default: false
        }
    }

    /// White space or one of ( ) < > [ ] { } / %.
    private static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 40, 41, 60, 62, 91, 93, 123, 125, 47, 37: true
        default: isSpace(byte)
        }
    }
}
