import VanbanRules

/// `VietnameseText.fold` (lower case, diacritics removed, "đ" as "d") made fast for whole
/// documents: the folds of the Latin letters are worked out once, in a table, and every other
/// letter is folded on its own. The index and the queries both fold with it.
enum FoldedText {
    /// Folds of U+0000–U+024F and U+1E00–U+1EFF (Vietnamese letters live there), by scalar.
    private static let table: [String] = (0..<0x1F00).map { value in
        guard value < 0x250 || value >= 0x1E00, let scalar = Unicode.Scalar(value) else { return "" }
        return VietnameseText.fold(String(scalar))
    }

    static func fold(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = Int(scalar.value)
            if value < 0x80 {
                out.unicodeScalars.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
            } else if value < 0x250 || (0x1E00..<0x1F00).contains(value) {
                out += table[value]
            } else if !(0x300...0x36F).contains(value) {
                out += VietnameseText.fold(String(scalar))
            }
        }
        return out
    }
}
