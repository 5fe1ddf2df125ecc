/// One level of a Word list definition (`w:lvl` in numbering.xml).
struct ListLevel: Equatable, Sendable {
    /// Word lists have nine levels, 0 to 8; numbering.xml's levels and overrides elsewhere are
    /// ignored (thousands of them made every numbered paragraph search them all).
    static let indices = 0..<9

    /// `index` when it is a level's, else nil.
    static func index(_ index: Int) -> Int? { indices.contains(index) ? index : nil }

    /// `w:start`; the spec's default is 0. Within 32 bits (`XMLStreamReader.decimalAttribute`), so
    /// counting on from it cannot overflow.
    var start = 0
    /// `w:numFmt`: "decimal", "lowerLetter", "upperRoman", "bullet", ...
    var format = "decimal"
    /// `w:lvlText`: the label template ("%1.", "%1.%2.", "a)") or the bullet glyph.
    var text = ""
    /// `w:lvlRestart`: the 1-based level after which this one restarts; 0 = never; nil = the one above.
    var restartAfter: Int?
    /// `w:isLgl`: every number in the label written in decimal.
    var isLegal = false
    /// `w:pStyle`: the paragraph style bound to this level.
    var style: String?
}
