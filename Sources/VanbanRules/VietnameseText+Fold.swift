import Foundation

extension VietnameseText {
    /// Diacritics removed and "đ" as "d", lower case: "Thi đua, khen thưởng" → "thi dua, khen thuong".
    /// Table-driven for the Latin blocks where Vietnamese letters live, so whole documents fold fast.
    public static func fold(_ s: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            let value = Int(scalar.value)
            if value < 0x80 {
                out.unicodeScalars.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
            } else if value < 0x250 || (0x1E00..<0x1F00).contains(value) {
                out += foldTable[value]
            } else if !(0x300...0x36F).contains(value) {
                out += decomposingFold(String(scalar))
            }
        }
        return out
    }

    /// Folds of U+0000–U+024F and U+1E00–U+1EFF, by scalar value.
    private static let foldTable: [String] = (0..<0x1F00).map { value in
        guard value < 0x250 || value >= 0x1E00, let scalar = Unicode.Scalar(value) else { return "" }
        return decomposingFold(String(scalar))
    }

    /// The reference fold: lower case, canonical decomposition, combining marks dropped, "đ" as "d".
    static func decomposingFold(_ s: String) -> String {
        let lowered = s.lowercased().replacingOccurrences(of: "đ", with: "d")
        var out = String.UnicodeScalarView()
        for c in lowered.decomposedStringWithCanonicalMapping.unicodeScalars where !(0x300...0x36F).contains(c.value) {
            out.append(c)
        }
        return String(out)
    }
}
