/// Fonts that turn Latin-1 code points into Vietnamese letters: text typed in them (letters of
/// about 1995–2012) is stored as those code points, and only the font's name says how to read
/// it. Compared without case, by prefix.
enum LegacyFonts {
    /// How text in a font is to be read.
    struct Reading: Equatable {
        let encoding: LegacyVietnamese.Encoding
        /// The font draws every letter as a capital (the ABC ".VnTimeH" family draws them from
        /// the lower-case codes).
        let capitals: Bool
    }

    /// Name prefixes of the ABC (TCVN3) fonts: ".VnTime", ".VnArial", ".VnCentury Schoolbook"…
    static let tcvn3Prefixes = [".vn"]
    /// Name prefixes of the VNI fonts: "VNI-Times", "VNI-Helve"…
    static let vniPrefixes = ["vni-", "vni "]
    /// Name prefixes of VISCII fonts (only fonts that name the encoding are trusted).
    static let visciiPrefixes = ["viscii"]

    /// How text set in `font` is read, or nil for a Unicode font.
    static func reading(_ font: String) -> Reading? {
        let name = font.lowercased()
        if tcvn3Prefixes.contains(where: name.hasPrefix) {
            // The capital faces end in "H" (".VnTimeH", ".VnArialH", ".VnArial NarrowH").
            return Reading(encoding: .tcvn3, capitals: font.hasSuffix("H"))
        }
        if vniPrefixes.contains(where: name.hasPrefix) { return Reading(encoding: .vni, capitals: false) }
        if visciiPrefixes.contains(where: name.hasPrefix) { return Reading(encoding: .viscii, capitals: false) }
        return nil
    }
}
