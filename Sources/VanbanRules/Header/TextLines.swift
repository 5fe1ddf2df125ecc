/// A document's text as lines cleaned for the header rules: trimmed, inner runs of
/// spaces folded, Markdown emphasis and heading marks removed. Blank lines are kept
/// (as "") because runs of them separate the title block from the body.
struct TextLines {
    let lines: [String]
    /// `VietnameseText.matchKey` of each line (lower case, new-style tones), worked out when first
    /// asked for: the rules read the keys of the header and the end, rarely of the whole body.
    let keys: Keys

    init(_ text: String) {
        var lines: [String] = []
        var text = text
        // Split on the bytes: splitting a String on a Character walks grapheme clusters.
        text.withUTF8 { bytes in
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                lines.append(TextLines.clean(line[...]))
                start = i + 1
            }
        }
        self.lines = lines
        keys = Keys(lines)
    }

    init(lines: [String]) {
        self.lines = lines
        keys = Keys(lines)
    }

    /// These lines with the lines at `indexes` left blank.
    func blanking(_ indexes: [Int]) -> TextLines {
        var lines = self.lines
        for i in indexes where lines.indices.contains(i) { lines[i] = "" }
        return TextLines(lines: lines)
    }

    /// The match keys of the lines, each made once on first use.
    final class Keys {
        private let lines: [String]
        private var cache: [String?]

        init(_ lines: [String]) {
            self.lines = lines
            cache = Array(repeating: nil, count: lines.count)
        }

        subscript(_ i: Int) -> String {
            if let key = cache[i] { return key }
            let key = VietnameseText.matchKey(lines[i])
            cache[i] = key
            return key
        }

        /// The last line whose key satisfies `predicate`, searching from the end.
        func lastIndex(where predicate: (String) -> Bool) -> Int? {
            var i = lines.count - 1
            while i >= 0 {
                if predicate(self[i]) { return i }
                i -= 1
            }
            return nil
        }
    }

    var count: Int { lines.count }

    subscript(_ i: Int) -> String { lines[i] }

    /// The key of the nearest non-blank line before (`step` -1) or after (`step` 1) line `i`.
    func neighbourKey(_ i: Int, _ step: Int) -> String? {
        var j = i + step
        while j >= 0, j < lines.count {
            if !lines[j].isEmpty { return keys[j] }
            j += step
        }
        return nil
    }

    /// The index of the next non-blank line at or after `i`.
    /// The index of the last non-blank line at or before `i`, not before `limit`.
    func previousNonBlank(from i: Int, limit: Int = 0) -> Int? {
        var j = min(i, lines.count - 1)
        while j >= max(limit, 0) {
            if !lines[j].isEmpty { return j }
            j -= 1
        }
        return nil
    }

    func nextNonBlank(from i: Int, limit: Int? = nil) -> Int? {
        var j = i
        let end = min(limit ?? lines.count, lines.count)
        while j < end {
            if !lines[j].isEmpty { return j }
            j += 1
        }
        return nil
    }

    /// Whether `clean` would give the line back unchanged: no "#", "*", "_", tab or carriage
    /// return, no space at either end or twice in a row (most lines; checked on the bytes).
    private static func isClean(_ raw: Substring) -> Bool {
        raw.utf8.withContiguousStorageIfAvailable(isClean) ?? isClean(Array(raw.utf8))
    }

    private static func isClean(_ bytes: some Collection<UInt8>) -> Bool {
        var previousSpace = true
        for b in bytes {
            switch b {
            case 0x23, 0x2A, 0x5F, 0x09, 0x0D: return false
            case 0x20:
                if previousSpace { return false }
                previousSpace = true
            default: previousSpace = false
            }
        }
        return !previousSpace || bytes.isEmpty
    }

    /// One line without list-independent decoration: "**KẾ HOẠCH**" → "KẾ HOẠCH", "## I. MỤC ĐÍCH" → "I. MỤC ĐÍCH".
    static func clean(_ raw: Substring) -> String {
        if isClean(raw) { return String(raw) }
        var s = raw.unicodeScalars[...]
        while let f = s.first, f == "#" { s = s.dropFirst() }
        var out: [UInt8] = []
        out.reserveCapacity(raw.utf8.count)
        var lastSpace = true
        var previous: Unicode.Scalar = " "
        for c in s {
            if c == "*" || (c == "_" && (previous == "_" || previous == " ")) {
                previous = c
                continue
            }
            previous = c
            if c == " " || c == "\t" || c == "\r" {
                if !lastSpace { out.append(0x20) }
                lastSpace = true
            } else {
                out.append(contentsOf: UTF8.encode(c)!)
                lastSpace = false
            }
        }
        while out.last == 0x20 || out.last == 0x5F { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// The share of letters that are upper case (0 when there are no letters).
    var upperCaseShare: Double {
        var letters = 0
        var upper = 0
        for s in unicodeScalars where ScalarText.isLetter(s) {
            letters += 1
            if ScalarText.isUpper(s) { upper += 1 }
        }
        return letters == 0 ? 0 : Double(upper) / Double(letters)
    }

    /// Mostly capital letters, as header and signature lines are printed.
    var isCapitalised: Bool { upperCaseShare >= 0.6 }

    /// Trailing punctuation, spaces and list terminators removed.
    func trimmingListPunctuation() -> String {
        let u = utf8
        var start = u.startIndex, end = u.endIndex
        while end > start {
            let b = u[u.index(before: end)]
            guard b == 0x20 || b == 0x3B || b == 0x2E || b == 0x2C || b == 0x3A else { break }
            end = u.index(before: end)
        }
        while start < end, u[start] == 0x20 { start = u.index(after: start) }
        return String(Substring(u[start..<end]))
    }
}
