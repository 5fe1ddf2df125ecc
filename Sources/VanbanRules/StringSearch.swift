/// Substring search over UTF-8 bytes. Foundation's `contains`/`range(of:)` on Linux go through
/// NSString and fold character clusters: measured at a third of the header rules' time. The
/// rules' text is NFC (`VietnameseText.normalize`), so comparing bytes finds the same matches.
extension StringProtocol {
    /// Whether `needle` occurs in the text, byte for byte.
    func includes(_ needle: some StringProtocol) -> Bool {
        utf8Offset(of: needle) != nil
    }

    /// The first range of `needle` in the text at or after `from`, byte for byte.
    func firstMatch(of needle: some StringProtocol, from: Index? = nil) -> Range<Index>? {
        let start = from.map { utf8.distance(from: utf8.startIndex, to: $0) } ?? 0
        guard let offset = utf8Offset(of: needle, from: start) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// The UTF-8 offset of the first `needle` at or after byte `start`.
    func utf8Offset(of needle: some StringProtocol, from start: Int = 0) -> Int? {
        let n = Array(needle.utf8)
        guard let first = n.first else { return start }
        let found: Int?? = utf8.withContiguousStorageIfAvailable { hay in
            Self.search(hay, n, first, start)
        }
        if let found { return found }
        return Array(utf8).withUnsafeBufferPointer { Self.search($0, n, first, start) }
    }

    private static func search(_ hay: UnsafeBufferPointer<UInt8>, _ n: [UInt8], _ first: UInt8, _ start: Int) -> Int? {
        let last = hay.count - n.count
        guard start <= last else { return nil }
        var i = start
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < n.count, hay[i + k] == n[k] { k += 1 }
                if k == n.count { return i }
            }
            i += 1
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without the spaces and tabs at either end.
    func trimmingSpaces() -> SubSequence {
        var start = startIndex, end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" { start = index(after: start) }
        while end > start {
            let before = index(before: end)
            guard self[before] == " " || self[before] == "\t" else { break }
            end = before
        }
        return self[start..<end]
    }
}

extension StringProtocol {
    /// `hasPrefix` on the UTF-8 bytes: the standard one compares Characters, breaking
    /// grapheme clusters on every call (an eighth of the rules' time before this).
    func startsWith(_ prefix: some StringProtocol) -> Bool {
        utf8.starts(with: prefix.utf8)
    }

    /// `hasSuffix` on the UTF-8 bytes.
    func endsWith(_ suffix: some StringProtocol) -> Bool {
        let n = suffix.utf8.count
        guard n <= utf8.count else { return false }
        return utf8.suffix(n).elementsEqual(suffix.utf8)
    }
}
