import Foundation

/// What a visible signature widget draws, as signing software draws it: lines of text in
/// Helvetica (a standard font, nothing embedded) in a form XObject, the widget's /AP /N. Letters
/// outside ASCII get codes 128 and up named "uniXXXX" in the font's /Differences, so a reader
/// decodes them to their Unicode (a viewer may show Helvetica's nearest glyph or none).
public struct PDFSignatureAppearance: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var text: String
        /// The baseline's start, from the rectangle's lower left corner.
        public var x: Double
        public var y: Double

        public init(text: String, x: Double, y: Double) {
            self.text = text
            self.x = x
            self.y = y
        }
    }

    /// The widget's rectangle in PDF user space on the first page.
    public var x1: Double, y1: Double, x2: Double, y2: Double
    public var lines: [Line]
    public var fontSize: Double

    public init(x1: Double, y1: Double, x2: Double, y2: Double, lines: [Line], fontSize: Double) {
        self.x1 = x1
        self.y1 = y1
        self.x2 = x2
        self.y2 = y2
        self.lines = lines
        self.fontSize = fontSize
    }

    /// `text` typed into `blank`, centred, on the printed line's baseline.
    public static func fill(_ blank: SigningBlanks.Blank) -> PDFSignatureAppearance {
        let width = Double(blank.text.count) * 0.556 * blank.size // Helvetica's digits
        return PDFSignatureAppearance(
            x1: blank.x1, y1: blank.y1, x2: blank.x2, y2: blank.y2,
            lines: [Line(text: blank.text, x: max(0, (blank.x2 - blank.x1 - width) / 2), y: blank.baseline - blank.y1)],
            fontSize: blank.size)
    }

    /// Stamp lines, top to bottom, in a box at (`x`, `top`) (user space, the box's upper left corner).
    public static func stamp(_ texts: [String], x: Double, top: Double, width: Double, fontSize: Double) -> PDFSignatureAppearance {
        let pitch = fontSize * 1.25
        let height = pitch * Double(texts.count) + fontSize * 0.6
        let lines = texts.enumerated().map { i, text in
            Line(text: text, x: 2, y: height - pitch * Double(i + 1))
        }
        return PDFSignatureAppearance(x1: x, y1: top - height, x2: x + width, y2: top, lines: lines, fontSize: fontSize)
    }

    var rectangle: String { String(format: "[%.2f %.2f %.2f %.2f]", x1, y1, x2, y2) }

    /// Codes for the letters outside ASCII, in first-use order: 128, 129, … (at most 128 letters).
    private var codes: [Unicode.Scalar: UInt8] {
        var out: [Unicode.Scalar: UInt8] = [:]
        for line in lines {
            for c in line.text.unicodeScalars where !(c.isASCII) && out[c] == nil && out.count < 128 {
                out[c] = UInt8(128 + out.count)
            }
        }
        return out
    }

    /// The form XObject's object body, its font object being `font`.
    func form(font: Int) -> String {
        let codes = self.codes
        var content = ""
        for line in lines {
            let hex = line.text.unicodeScalars.map { c -> String in
                let byte = c.isASCII ? UInt8(c.value) : codes[c] ?? UInt8(ascii: "?")
                return String(format: "%02X", byte)
            }.joined()
            content += String(format: "BT /F1 %.2f Tf %.2f %.2f Td <%@> Tj ET\n", fontSize, line.x, line.y, hex)
        }
        return String(format: "<< /Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f] ", x2 - x1, y2 - y1)
            + "/Resources << /Font << /F1 \(font) 0 R >> >> /Length \(content.utf8.count) >>\nstream\n\(content)endstream"
    }

    /// The font object's body: Helvetica, WinAnsiEncoding with the letters outside ASCII renamed
    /// and, since Helvetica's metrics do not name them, every width given (a space 278, the rest 556).
    func font() -> String {
        let codes = self.codes.sorted { $0.value < $1.value }
        guard !codes.isEmpty else {
            return "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
        }
        let names = codes.map { String(format: "/uni%04X", $0.key.value) }.joined(separator: " ")
        let widths = (32...255).map { $0 == 32 ? "278" : "556" }.joined(separator: " ")
        return "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
            + "/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 \(names)] >> "
            + "/FirstChar 32 /LastChar 255 /Widths [\(widths)] >>"
    }
}
