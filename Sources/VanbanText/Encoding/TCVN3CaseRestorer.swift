/// Restores capitals in TCVN3 text typed in the capital fonts (.VnTimeH), which reuse the
/// lower-case codes: "TØNH" decodes to "TỉNH" and should read "TỈNH".
///
/// Without the font name, case is taken from the letters around. A capital word has a lower-case
/// code, no ASCII lower-case letter, and a capital after its first letter ("ñY" → "ỦY") or two
/// capitals ("TØNH" → "TỈNH"). A line with a capital word and no ASCII lower-case letter is a
/// capital line, title-shaped words included ("Tê TR×NH" → "TỜ TRÌNH"). Elsewhere title-shaped
/// words stay as they are ("Sè: 15/Q§-UBND" → "Số: 15/QĐ-UBND").
struct TCVN3CaseRestorer<Base: ScalarSink>: ScalarSink {
    var base: Base
    private var line: [UInt32] = []

    init(_ base: Base) {
        self.base = base
        line.reserveCapacity(256)
    }

    @inline(__always)
    mutating func put(_ scalar: UInt32) {
        if scalar == 0x0A || scalar == 0x0D {
            flush()
            base.put(scalar)
        } else {
            line.append(scalar)
        }
    }

    mutating func finish() {
        flush()
        base.finish()
    }

    private mutating func flush() {
        if line.contains(where: { $0 >= 0x80 }) { restore() }
        for scalar in line { base.put(scalar) }
        line.removeAll(keepingCapacity: true)
    }

    private mutating func restore() {
        var lineLowerASCII = 0
        var capitalWords: [Range<Int>] = []
        var start = 0
        while start < line.count {
            guard Self.kind(line[start]) != .other else { start += 1; continue }
            var end = start
            var lowerASCII = 0, lowerOther = 0, upper = 0, upperInside = false
            scan: while end < line.count {
                switch Self.kind(line[end]) {
                case .other: break scan
                case .lowerASCII: lowerASCII += 1
                case .lowerOther: lowerOther += 1
                case .upper:
                    upper += 1
                    if end > start { upperInside = true }
                }
                end += 1
            }
            lineLowerASCII += lowerASCII
            if lowerASCII == 0, lowerOther > 0, upperInside || upper >= 2 { capitalWords.append(start..<end) }
            start = end
        }
        if lineLowerASCII == 0, !capitalWords.isEmpty {
            uppercase(line.indices)
        } else {
            for word in capitalWords { uppercase(word) }
        }
    }

    private mutating func uppercase(_ range: Range<Int>) {
        for i in range where line[i] >= 0x80 {
            line[i] = VietnameseAlphabet.uppercase(line[i])
        }
    }

    private enum Kind { case lowerASCII, lowerOther, upper, other }

    @inline(__always)
    private static func kind(_ scalar: UInt32) -> Kind {
        if scalar >= 0x61, scalar <= 0x7A { return .lowerASCII }
        if scalar >= 0x41, scalar <= 0x5A { return .upper }
        if scalar < 0x80 { return .other }
        guard let (_, upper) = VietnameseAlphabet.locate(scalar) else { return .other }
        return upper ? .upper : .lowerOther
    }
}
