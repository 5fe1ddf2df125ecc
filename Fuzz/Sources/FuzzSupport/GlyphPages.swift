@testable import VanbanText

/// Pages of glyph boxes decoded from fuzz bytes, for the PDF layout code (segments, rows, columns,
/// furniture, margins, paragraph joining) without poppler in the way.
///
/// The first bytes give the page size; then each glyph is 4 bytes: character, horizontal gap and
/// vertical jitter (signed, from a pen that moves like text does), width. Character byte 0xFF
/// starts a new page, 0xFE reads a glyph with four raw 16-bit coordinates (NaN, ±∞, huge and
/// negative ones included), "\n" ends a line.
public enum GlyphPages {
    public static func assemble(_ input: inout FuzzInput) -> String {
        PDFTextAssembler(pages: decode(&input).map(PDFPageLines.init)).assemble().body
    }

    static func decode(_ input: inout FuzzInput) -> [PDFPageGlyphs] {
        var pages: [PDFPageGlyphs] = []
        var width = Double(input.int16() ?? 4760) / 8
        var height = Double(input.int16() ?? 6736) / 8
        let left = Double(input.byte() ?? 70)
        let pitch = Double(input.byte() ?? 14) / 2 + 1
        var glyphs: [PDFGlyph] = []
        var x = left, y = 50.0
        while let c = input.byte(), pages.count < 64 {
            switch c {
            case 0xFF:
                pages.append(PDFPageGlyphs(width: width, height: height, glyphs: glyphs))
                glyphs = []
                x = left
                y = 50
                if let w = input.coordinate() { width = w }
                if let h = input.coordinate() { height = h }
            case 0xFE:
                guard let x1 = input.coordinate(), let y1 = input.coordinate(), let x2 = input.coordinate(),
                      let y2 = input.coordinate(), let s = input.byte() else { break }
                glyphs.append(PDFGlyph(scalar: scalar(s), x1: x1, y1: y1, x2: x2, y2: y2))
            case 0x0A:
                glyphs.append(PDFGlyph(scalar: "\n", x1: x, y1: y, x2: x, y2: y + pitch * 0.8))
                x = left + Double(Int8(bitPattern: input.byte() ?? 0))
                y += pitch * Double(1 + (input.byte() ?? 0) % 4) / 2 + pitch / 2
            default:
                let gap = Double(Int8(bitPattern: input.byte() ?? 0)) / 4
                let jitter = Double(Int8(bitPattern: input.byte() ?? 0)) / 16
                let w = Double(input.byte() ?? 48) / 8
                let x1 = x + gap
                glyphs.append(PDFGlyph(scalar: scalar(c), x1: x1, y1: y + jitter, x2: x1 + w, y2: y + jitter + pitch * 0.8))
                x = x1 + w
            }
        }
        pages.append(PDFPageGlyphs(width: width, height: height, glyphs: glyphs))
        return pages
    }

    /// Printable ASCII as itself, the rest as Vietnamese letters and the symbols letters use.
    static func scalar(_ b: UInt8) -> Unicode.Scalar {
        if b >= 0x20 && b < 0x7F { return Unicode.Scalar(b) }
        return extra[Int(b) % extra.count]
    }

    /// Vietnamese letters, dashes, bullets and odd spaces, for bytes outside printable ASCII.
    private static let extra = Array("ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ–•ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ\u{A0}\t\r".unicodeScalars)
}
