import CPoppler
import Foundation

/// A cairo PDF surface with the little page layout letters need: measured words, line wrapping,
/// justified or centred lines, page breaks with running page numbers at the top.
final class PDFCanvas {
    enum Face: Int { case regular, bold, italic, boldItalic }
    enum Align { case left, center, justify }

    /// A4 in points; margins after Nghị định 30/2020 (left 30 mm, right 15 mm, top and bottom 20 mm).
    static let pageWidth = 595.28, pageHeight = 841.89
    static let left = 85.0, right = 42.5, top = 57.0, bottom = 57.0
    static var textWidth: Double { pageWidth - left - right }

    private final class Sink {
        var data = Data()
    }

    private let sink = Sink()
    private let surface: OpaquePointer
    private let cr: OpaquePointer
    private var faces: [OpaquePointer] = []
    private struct WidthKey: Hashable {
        let face: Int
        let centipoints: Int
        let text: String
    }

    private var widths: [WidthKey: Double] = [:]
    private(set) var pages = 1
    var y = PDFCanvas.top

    init(created: String, title: String) throws {
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        surface = cairo_pdf_surface_create_for_stream({ closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
            sink.data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, closure, PDFCanvas.pageWidth, PDFCanvas.pageHeight)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw CorpusError(code: "pdf", message: "cairo could not create a PDF surface")
        }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, created)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, created)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "vanban-gen")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cr = cairo_create(surface)
        for (slant, weight) in [(CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL), (CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD),
                                (CAIRO_FONT_SLANT_ITALIC, CAIRO_FONT_WEIGHT_NORMAL), (CAIRO_FONT_SLANT_ITALIC, CAIRO_FONT_WEIGHT_BOLD)] {
            faces.append(cairo_toy_font_face_create("DejaVu Serif", slant, weight))
        }
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_set_line_width(cr, 0.6)
    }

    deinit {
        faces.forEach { cairo_font_face_destroy($0) }
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    /// Ends the document and returns the PDF bytes.
    func finish() throws -> Data {
        cairo_show_page(cr)
        cairo_surface_finish(surface)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, cairo_status(cr) == CAIRO_STATUS_SUCCESS else {
            throw CorpusError(code: "pdf", message: "cairo failed: \(String(cString: cairo_status_to_string(cairo_surface_status(surface))))")
        }
        return sink.data
    }

    private func use(_ face: Face, _ size: Double) {
        cairo_set_font_face(cr, faces[face.rawValue])
        cairo_set_font_size(cr, size)
    }

    /// Advance width of `text` in points.
    func width(_ text: String, _ face: Face, _ size: Double) -> Double {
        let key = WidthKey(face: face.rawValue, centipoints: Int(size * 100), text: text)
        if let w = widths[key] { return w }
        use(face, size)
        var extents = cairo_text_extents_t()
        cairo_text_extents(cr, text, &extents)
        widths[key] = extents.x_advance
        return extents.x_advance
    }

    /// The largest size up to `size` (and down to 9 points) at which `text` fits in `width` on one line.
    func fit(_ text: String, _ face: Face, _ size: Double, width: Double) -> Double {
        var s = size
        while s > 9, self.width(text, face, s) > width { s -= 0.5 }
        return s
    }

    func draw(_ text: String, x: Double, baseline: Double, _ face: Face, _ size: Double) {
        use(face, size)
        cairo_move_to(cr, x, baseline)
        cairo_show_text(cr, text)
    }

    func rule(from x0: Double, to x1: Double, at yy: Double) {
        cairo_move_to(cr, x0, yy)
        cairo_line_to(cr, x1, yy)
        cairo_stroke(cr)
    }

    /// Starts a new page when `height` more points do not fit on this one.
    func ensure(_ height: Double) {
        if y + height > PDFCanvas.pageHeight - PDFCanvas.bottom { newPage() }
    }

    /// A new page, numbered at the top centre from page 2 on.
    func newPage() {
        cairo_show_page(cr)
        pages += 1
        let label = String(pages)
        draw(label, x: (PDFCanvas.pageWidth - width(label, .regular, 12)) / 2, baseline: 36, .regular, 12)
        y = PDFCanvas.top
    }

    /// Words of a paragraph with the face of each ("Điều 1." bold, the rest regular).
    typealias Word = (text: String, face: Face)

    /// Lines of at most `width` points, the first `firstIndent` points narrower.
    func wrap(_ words: [Word], size: Double, width: Double, firstIndent: Double) -> [[Word]] {
        var lines: [[Word]] = []
        var current: [Word] = []
        var used = 0.0
        for word in words {
            let w = self.width(word.text, word.face, size)
            let space = current.isEmpty ? 0 : self.width(" ", .regular, size)
            let limit = width - (lines.isEmpty ? firstIndent : 0)
            if !current.isEmpty, used + space + w > limit {
                lines.append(current)
                current = [word]
                used = w
            } else {
                current.append(word)
                used += space + w
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Draws one wrapped line at the current `y` baseline.
    func drawLine(_ line: [Word], x: Double, width: Double, size: Double, align: Align, last: Bool) {
        let total = line.reduce(0) { $0 + self.width($1.text, $1.face, size) }
        let space = self.width(" ", .regular, size)
        var gap = space
        var start = x
        switch align {
        case .center: start = x + (width - total - space * Double(line.count - 1)) / 2
        case .justify where !last && line.count > 1: gap = (width - total) / Double(line.count - 1)
        default: break
        }
        var cursor = start
        for word in line {
            draw(word.text, x: cursor, baseline: y, word.face, size)
            cursor += self.width(word.text, word.face, size) + gap
        }
    }

    /// A paragraph in the text column, breaking pages between lines.
    func paragraph(_ words: [Word], size: Double, align: Align, firstIndent: Double = 0, leftIndent: Double = 0,
                   after: Double = 4) {
        let lineHeight = size * 1.3
        let width = PDFCanvas.textWidth - leftIndent
        let lines = wrap(words, size: size, width: width, firstIndent: firstIndent)
        for (i, line) in lines.enumerated() {
            ensure(lineHeight)
            y += lineHeight
            let indent = i == 0 ? firstIndent : 0
            drawLine(line, x: PDFCanvas.left + leftIndent + indent, width: width - indent, size: size, align: align,
                     last: i == lines.count - 1)
        }
        y += after
    }

    static func words(_ text: String, _ face: Face) -> [Word] {
        text.split(separator: " ", omittingEmptySubsequences: true).map { (String($0), face) }
    }
}
