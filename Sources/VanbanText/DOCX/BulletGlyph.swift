/// The label a bullet list level renders as. Vietnamese letters mark list items with dashes,
/// so a dash-like glyph stays "-" (a target list keeps its dash) and "+" stays "+"; other
/// glyphs (Symbol/Wingdings private-use characters, "o", "•", "▪") become "•".
enum BulletGlyph {
    /// Dashes, minus signs and the Symbol font's minus (U+F02D) and line extender (U+F0BE).
    private static let dashes: Set<Unicode.Scalar> = [
        "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE63}",
        "\u{FF0D}", "\u{F02D}", "\u{F0BE}",
    ]

    /// The label for a bullet level whose `w:lvlText` is `text`; nil when it shows nothing.
    static func label(for text: String) -> String? {
        let glyphs = text.unicodeScalars.filter { !$0.properties.isWhitespace }
        guard let first = glyphs.first else { return nil }
        if glyphs.allSatisfy({ dashes.contains($0) }) { return "-" }
        if first == "+" || first == "\u{F02B}" { return "+" }
        return "•"
    }
}
