/// One character poppler placed on a page, with its box in points (origin top left).
struct PDFGlyph {
    let scalar: Unicode.Scalar
    let x1: Double
    let y1: Double
    let x2: Double
    let y2: Double
}

/// A page's size and glyphs, in poppler's text order ("\n" glyphs end its lines).
struct PDFPageGlyphs {
    let width: Double
    let height: Double
    let glyphs: [PDFGlyph]
}
