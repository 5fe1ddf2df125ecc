import CPoppler
import Foundation

/// Draws small text PDFs with cairo (DejaVu Serif), the way an office's PDF export would.
struct LetterPDF {
    /// One line of text on a page: where it is centred (or starts) and how it looks.
    struct Line {
        var text: String
        var x: Double
        var y: Double
        var size: Double = 13
        var bold = false
        var centred = false
        /// Red, green, blue from 0 to 1: black print by default.
        var colour = (red: 0.0, green: 0.0, blue: 0.0)
    }

    /// A round seal in red ink, centred at (`x`, `y`), as stamped over a signer's block.
    struct Seal {
        var x: Double
        var y: Double
        var radius: Double = 60
    }

    /// An A4 PDF with `pages`, each a list of lines.
    static func make(_ pages: [[Line]], seals: [Int: [Seal]] = [:]) -> Data {
        final class Sink { var data = Data() }
        let sink = Sink()
        let write: cairo_write_func_t = { closure, bytes, length in
            Unmanaged<Sink>.fromOpaque(closure!).takeUnretainedValue().data.append(bytes!, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }
        let surface = cairo_pdf_surface_create_for_stream(write, Unmanaged.passUnretained(sink).toOpaque(), 595, 842)
        let cr = cairo_create(surface)
        for (number, page) in pages.enumerated() {
            for line in page {
                cairo_set_source_rgb(cr, line.colour.red, line.colour.green, line.colour.blue)
                cairo_select_font_face(cr, "DejaVu Serif", CAIRO_FONT_SLANT_NORMAL,
                                       line.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
                cairo_set_font_size(cr, line.size)
                var extents = cairo_text_extents_t()
                cairo_text_extents(cr, line.text, &extents)
                cairo_move_to(cr, line.centred ? line.x - extents.x_advance / 2 : line.x, line.y)
                cairo_show_text(cr, line.text)
            }
            for seal in seals[number] ?? [] { draw(seal, on: cr) }
            cairo_show_page(cr)
        }
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        return sink.data
    }

    /// Two red rings with a star and letters between them, over whatever is drawn there.
    private static func draw(_ seal: Seal, on cr: OpaquePointer?) {
        // Stamp ink is a glaze: over black print it stays black (multiply), as on paper.
        cairo_set_operator(cr, CAIRO_OPERATOR_MULTIPLY)
        cairo_set_source_rgb(cr, 0.85, 0.1, 0.15)
        cairo_set_line_width(cr, 3)
        for radius in [seal.radius, seal.radius * 0.72] {
            cairo_new_path(cr)
            cairo_arc(cr, seal.x, seal.y, radius, 0, 2 * .pi)
            cairo_stroke(cr)
        }
        cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD)
        cairo_set_font_size(cr, 9)
        let ring = Array("ỦY BAN NHÂN DÂN TỈNH SƠN LA * ")
        for (i, letter) in ring.enumerated() {
            let angle = Double(i) / Double(ring.count) * 2 * .pi
            cairo_save(cr)
            cairo_translate(cr, seal.x + cos(angle) * seal.radius * 0.86, seal.y + sin(angle) * seal.radius * 0.86)
            cairo_rotate(cr, angle + .pi / 2)
            cairo_move_to(cr, -3, 3)
            cairo_show_text(cr, String(letter))
            cairo_restore(cr)
        }
        cairo_set_font_size(cr, 26)
        cairo_move_to(cr, seal.x - 9, seal.y + 9)
        cairo_show_text(cr, "★")
        cairo_set_operator(cr, CAIRO_OPERATOR_OVER)
    }

    /// A two-page decision of a provincial People's Committee: the usual header table on
    /// page 1, the closing article and the recipients | signature table on page 2.
    static let decision: Data = make([
        [
            Line(text: "ỦY BAN NHÂN DÂN", x: 150, y: 70, centred: true),
            Line(text: "TỈNH SƠN LA", x: 150, y: 88, bold: true, centred: true),
            Line(text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", x: 410, y: 70, size: 12, bold: true, centred: true),
            Line(text: "Độc lập - Tự do - Hạnh phúc", x: 410, y: 88, bold: true, centred: true),
            Line(text: "Số: 12/QĐ-UBND", x: 150, y: 120, centred: true),
            Line(text: "Sơn La, ngày 05 tháng 3 năm 2024", x: 410, y: 120, centred: true),
            Line(text: "QUYẾT ĐỊNH", x: 297, y: 175, size: 15, bold: true, centred: true),
            Line(text: "Về việc ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh", x: 297, y: 195, bold: true, centred: true),
            Line(text: "ỦY BAN NHÂN DÂN TỈNH SƠN LA", x: 297, y: 235, bold: true, centred: true),
            Line(text: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", x: 70, y: 270),
            Line(text: "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh.", x: 70, y: 292),
            Line(text: "QUYẾT ĐỊNH:", x: 297, y: 330, bold: true, centred: true),
            Line(text: "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.", x: 70, y: 365),
        ],
        [
            Line(text: "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", x: 70, y: 80),
            Line(text: "Nơi nhận:", x: 70, y: 140, size: 11, bold: true),
            Line(text: "- Như Điều 3;", x: 70, y: 156, size: 10),
            Line(text: "- Lưu: VT.", x: 70, y: 170, size: 10),
            Line(text: "TM. ỦY BAN NHÂN DÂN", x: 420, y: 140, bold: true, centred: true),
            Line(text: "CHỦ TỊCH", x: 420, y: 158, bold: true, centred: true),
            Line(text: "Nguyễn Hữu Đông", x: 420, y: 240, bold: true, centred: true),
        ],
    ])

    /// The text layer of every page, through poppler.
    static func textLayer(of pdf: Data) -> [String] {
        withDocument(pdf) { document in
            (0..<poppler_document_get_n_pages(document)).map { index in
                let page = poppler_document_get_page(document, index)!
                defer { g_object_unref(UnsafeMutableRawPointer(page)) }
                let text = poppler_page_get_text(page)
                defer { g_free(text) }
                return text.map { String(cString: $0) } ?? ""
            }
        }
    }

    /// Page sizes in points, through poppler.
    static func pageSizes(of pdf: Data) -> [(Double, Double)] {
        withDocument(pdf) { document in
            (0..<poppler_document_get_n_pages(document)).map { index in
                let page = poppler_document_get_page(document, index)!
                defer { g_object_unref(UnsafeMutableRawPointer(page)) }
                var size = (0.0, 0.0)
                poppler_page_get_size(page, &size.0, &size.1)
                return size
            }
        }
    }

    /// Runs `body` with `pdf` opened by poppler (a `PopplerDocument *`).
    static func withDocument<T>(_ pdf: Data, _ body: (OpaquePointer) throws -> T) rethrows -> T {
        let bytes = pdf.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(bytes) }
        let document = poppler_document_new_from_bytes(bytes, nil, nil)!
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        return try body(document)
    }
}
