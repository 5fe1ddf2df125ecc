import CPoppler
import Foundation

/// Writes small PDFs with cairo for the PDF reader's tests: text placed where a letter's layout
/// puts it (two header cells side by side, justified paragraphs, page numbers), in DejaVu Serif.
final class TestPDFBuilder {
    static let pageWidth = 595.0
    static let pageHeight = 842.0
    static let left = 70.0
    static let right = 525.0
    let fontSize = 12.0
    private let path: String
    private let surface: OpaquePointer
    private let cr: OpaquePointer
    /// The baseline of the next line.
    private(set) var y = 70.0

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-\(UUID().uuidString).pdf").path
        surface = cairo_pdf_surface_create(path, Self.pageWidth, Self.pageHeight)
        cr = cairo_create(surface)
        cairo_select_font_face(cr, "DejaVu Serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, fontSize)
    }

    private func width(_ text: String) -> Double {
        var extents = cairo_text_extents_t()
        cairo_text_extents(cr, text, &extents)
        return extents.x_advance
    }

    private func show(_ text: String, at x: Double, _ baseline: Double) {
        cairo_move_to(cr, x, baseline)
        cairo_show_text(cr, text)
    }

    /// One row of a borderless two-cell table: `leftCell` centred in 40–250, `rightCell` in 270–560.
    func tableRow(_ leftCell: String?, _ rightCell: String?) {
        if let l = leftCell { show(l, at: 145 - width(l) / 2, y) }
        if let r = rightCell { show(r, at: 415 - width(r) / 2, y) }
        y += fontSize * 1.4
    }

    /// A line centred on the page.
    func centred(_ text: String) {
        show(text, at: Self.pageWidth / 2 - width(text) / 2, y)
        y += fontSize * 1.4
    }

    /// A paragraph filled to the margins: words wrapped greedily, every line but the last justified,
    /// the first line indented by `indent`. Words are drawn one by one, as word processors do.
    func paragraph(_ text: String, indent: Double = 28, spacingAfter: Double = 6) {
        var lines: [[String]] = [[]]
        var lineStart = Self.left + indent
        for word in text.split(separator: " ").map(String.init) {
            let candidate = (lines[lines.count - 1] + [word]).joined(separator: " ")
            if !lines[lines.count - 1].isEmpty, lineStart + width(candidate) > Self.right {
                lines.append([word])
                lineStart = Self.left
            } else {
                lines[lines.count - 1].append(word)
            }
        }
        for (i, words) in lines.enumerated() {
            let start = i == 0 ? Self.left + indent : Self.left
            let isLast = i == lines.count - 1
            let natural = words.map(width).reduce(0, +)
            let gap = isLast || words.count < 2 ? width(" ") : (Self.right - start - natural) / Double(words.count - 1)
            var x = start
            for word in words {
                show(word, at: x, y)
                x += width(word) + gap
            }
            y += fontSize * 1.4
        }
        y += spacingAfter
    }

    /// A line at the left margin plus `indent`; `justified` stretches it to the right margin.
    func line(_ text: String, indent: Double = 28, justified: Bool = false) {
        guard justified else {
            show(text, at: Self.left + indent, y)
            y += fontSize * 1.4
            return
        }
        let words = text.split(separator: " ").map(String.init)
        let natural = words.map(width).reduce(0, +)
        let gap = (Self.right - Self.left - indent - natural) / Double(max(words.count - 1, 1))
        var x = Self.left + indent
        for word in words {
            show(word, at: x, y)
            x += width(word) + gap
        }
        y += fontSize * 1.4
    }

    /// Ends the page, printing `pageNumber` centred in the footer first.
    func newPage(pageNumber: Int? = nil) {
        if let n = pageNumber { show(String(n), at: Self.pageWidth / 2, Self.pageHeight - 30) }
        cairo_show_page(cr)
        y = 70
    }

    /// The finished PDF's bytes.
    func finish(pageNumber: Int? = nil) -> Data {
        if let n = pageNumber { show(String(n), at: Self.pageWidth / 2, Self.pageHeight - 30) }
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
    }
}
