/// One level of a Word list definition (`w:lvl` in numbering.xml).
struct ListLevel: Equatable, Sendable {
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
