/// Numbers as Vietnamese letters print them: "." groups thousands, "," marks decimals
/// ("1.600", "7,5", "24.000").
struct VietnameseNumber: Sendable, Equatable {
    /// The value times 10^decimals, so formatting never meets floating-point noise.
    let scaled: Int
    let decimals: Int

    var value: Double {
        var divisor = 1.0
        for _ in 0..<decimals { divisor *= 10 }
        return Double(scaled) / divisor
    }

    var text: String {
        var divisor = 1
        for _ in 0..<decimals { divisor *= 10 }
        let whole = Self.grouped(scaled / divisor)
        guard decimals > 0 else { return whole }
        let fraction = scaled % divisor
        if fraction == 0 { return whole }
        var digits = String(fraction)
        digits = String(repeating: "0", count: decimals - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return whole + "," + digits
    }

    /// A round-looking value in [low, high]: large counts keep two or three significant digits.
    static func random(_ low: Double, _ high: Double, decimals: Int, using rng: inout SeededRandom) -> VietnameseNumber {
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let lo = Int((low * factor).rounded()), hi = Int((high * factor).rounded())
        var raw = rng.int(lo...max(lo, hi))
        if decimals == 0, raw >= 1000 {
            var step = 1
            while raw / step >= 100 { step *= 10 }
            raw = max(lo, raw / step * step)
        }
        return VietnameseNumber(scaled: raw, decimals: decimals)
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return out
    }
}
