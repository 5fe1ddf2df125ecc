import CLibraryLoaders
import CPopplerCore
import Foundation

/// The text one annotation draws (a signature widget, a form field, a free-text note, a stamp),
/// its characters boxed in the page's top-left coordinates like poppler-glib's glyphs.
struct PDFAnnotationText {
    let isSignature: Bool
    let field: String?
    /// The characters as drawn, " " between words and "\n" between lines.
    let glyphs: [PDFGlyph]

    var text: String { String(String.UnicodeScalarView(glyphs.map(\.scalar))) }

    /// What a signer types into a printed blank: a number, a day, a month. One token of at most
    /// twelve characters, e.g. "156" in "Số:    /TTr-SNV" or "25" in "ngày    tháng 8".
    var isFill: Bool {
        let token = glyphs.filter { !Self.isBlank($0.scalar) }
        return !token.isEmpty && token.count <= 12 && token.count == glyphs.count
    }

    /// The lines of a longer text (a signing stamp), a line that does not start with a label
    /// ("Ký bởi:", "Thời gian ký:") joined to the one before: the stamp wraps its values.
    var stampLines: [String] {
        var out: [String] = []
        for line in text.split(separator: "\n") {
            let line = line.split(separator: " ").joined(separator: " ")
            guard !line.isEmpty else { continue }
            if let last = out.last, !Self.startsWithLabel(line) {
                out[out.count - 1] = last + " " + line
            } else {
                out.append(line)
            }
        }
        return out
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\u{A0}"
    }

    /// "Ký bởi: …", "Email: …", "Cơ quan: …": letters and spaces, then a colon, early in the line.
    private static func startsWithLabel(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let label = line[..<colon]
        return !label.isEmpty && label.count <= 30 && label.allSatisfy { $0.isLetter || $0 == " " || $0 == "-" }
    }
}

/// Reads the text of annotations with CPopplerCore (poppler's core API draws each annotation's
/// appearance, which poppler-glib's text calls never do). The document is opened on first use,
/// so files without such annotations never parse it twice.
final class PDFAnnotationReader {
    private let data: Data
    private var document: OpaquePointer?
    private var failed = false

    init(data: Data) { self.data = data }

    deinit { vb_annots_close(document) }

    /// The annotations of page `index` (0-based) that draw text; none when CPopplerCore cannot read them.
    func annotations(onPage index: Int) -> [PDFAnnotationText] {
        guard let document = open() else { return [] }
        var list: UnsafeMutablePointer<vb_annot_list>?
        guard vb_annots_page(document, Int32(index), &list) == Int32(VB_ANNOTS_OK), let list else { return [] }
        defer { vb_annots_free(list) }
        var out: [PDFAnnotationText] = []
        for i in 0..<list.pointee.count {
            let item = list.pointee.items[i]
            var glyphs: [PDFGlyph] = []
            glyphs.reserveCapacity(item.char_count)
            for k in 0..<item.char_count {
                let c = item.chars[k]
                guard let scalar = Unicode.Scalar(c.scalar), [c.x1, c.y1, c.x2, c.y2].allSatisfy(\.isFinite) else { continue }
                glyphs.append(PDFGlyph(scalar: scalar, x1: c.x1, y1: c.y1, x2: c.x2, y2: c.y2))
            }
            out.append(PDFAnnotationText(isSignature: item.is_signature != 0,
                                         field: item.field_name.map { String(cString: $0) }, glyphs: glyphs))
        }
        return out
    }

    private func open() -> OpaquePointer? {
        if let document { return document }
        if failed { return nil }
        var opened: OpaquePointer?
        let rc = data.withUnsafeBytes { raw in
            vb_annots_open(raw.baseAddress?.assumingMemoryBound(to: UInt8.self), raw.count, &opened)
        }
        guard rc == Int32(VB_ANNOTS_OK), let opened else {
            failed = true
            return nil
        }
        document = opened
        return opened
    }
}

/// Puts what annotations draw into a PDF's text: a fill ("156", "25") goes into the printed line
/// whose blank it covers, as glyphs in the blank; a longer text (a signing stamp) stays out of the
/// page's lines and is kept for the end of the body, as lines of its own.
final class PDFAnnotationLayer {
    private let handle: PDFDocumentHandle
    private let reader: PDFAnnotationReader
    /// Stamp lines in page order, for `body(appending:)`.
    private(set) var stampLines: [String] = []

    init(_ handle: PDFDocumentHandle, data: Data) {
        self.handle = handle
        reader = PDFAnnotationReader(data: data)
    }

    /// `page` (page `index`, 0-based) with the fills of its annotations in place. A page without
    /// annotations that may draw text comes back as it is, CPopplerCore never asked.
    func merge(into page: PDFPageGlyphs, page index: Int) -> PDFPageGlyphs {
        guard handle.hasTextAnnotations(at: index) else { return page }
        var glyphs = page.glyphs
        let onPage: (PDFGlyph) -> Bool = { g in
            g.x1 >= 0 && g.y1 >= 0 && g.x2 <= page.width + 1 && g.y2 <= page.height + 1 && g.x2 >= g.x1 && g.y2 >= g.y1
        }
        var fills: [[PDFGlyph]] = []
        for annotation in reader.annotations(onPage: index) {
            let drawn = annotation.glyphs.filter { PDFAnnotationText.isBlank($0.scalar) || onPage($0) }
            guard drawn.contains(where: { !PDFAnnotationText.isBlank($0.scalar) }) else { continue }
            let visible = PDFAnnotationText(isSignature: annotation.isSignature, field: annotation.field, glyphs: drawn)
            if visible.isFill {
                fills.append(drawn)
            } else {
                stampLines += visible.stampLines
            }
        }
        for fill in fills.sorted(by: { ($0.first?.x1 ?? 0) < ($1.first?.x1 ?? 0) }) {
            Self.insert(fill, into: &glyphs)
        }
        return PDFPageGlyphs(width: page.width, height: page.height, glyphs: glyphs)
    }

    /// The assembled `body` with the stamp lines after it. A body with no text (a scan read
    /// without OCR) gets none: alone, the stamp would be read as the letter's header.
    func body(appending body: String) -> String {
        guard !stampLines.isEmpty, body.contains(where: { !$0.isWhitespace }) else { return body }
        return ([body] + stampLines).joined(separator: "\n")
    }

    /// Inserts the token `fill` into `glyphs` between the glyphs left and right of it on its line
    /// (a line break poppler put in the blank between them goes), its glyphs spread over the blank;
    /// alone on a line of its own when no printed line runs through it.
    static func insert(_ fill: [PDFGlyph], into glyphs: inout [PDFGlyph]) {
        guard let ax1 = fill.map(\.x1).min(), let ax2 = fill.map(\.x2).max(),
              let ay1 = fill.map(\.y1).min(), let ay2 = fill.map(\.y2).max() else { return }
        func sameLine(_ g: PDFGlyph) -> Bool {
            let overlap = min(g.y2, ay2) - max(g.y1, ay1)
            return overlap > 0.3 * min(g.y2 - g.y1, ay2 - ay1)
        }
        // Neighbours by their middles, so that a widget set a little off its blank still finds
        // them, and no farther than 48 points (or three of its characters): a blank, not a column gap.
        let middle = (ax1 + ax2) / 2
        let reach = max(3 * (ax2 - ax1) / Double(fill.count), 48)
        var left: Int?, right: Int?
        for (i, g) in glyphs.enumerated() where !PDFAnnotationText.isBlank(g.scalar) && sameLine(g) {
            let m = (g.x1 + g.x2) / 2
            if m < middle, g.x2 <= middle, g.x2 >= ax1 - reach, left.map({ glyphs[$0].x2 < g.x2 }) ?? true { left = i }
            if m > middle, g.x1 >= middle, g.x1 <= ax2 + reach, right.map({ glyphs[$0].x1 > g.x1 }) ?? true { right = i }
        }
        guard left != nil || right != nil else {
            glyphs.append(PDFGlyph(scalar: "\n", x1: ax2, y1: ay1, x2: ax2, y2: ay2))
            glyphs += fill
            glyphs.append(PDFGlyph(scalar: "\n", x1: ax2, y1: ay1, x2: ax2, y2: ay2))
            return
        }
        let page = glyphs
        func blank(_ i: Int) -> Bool { PDFAnnotationText.isBlank(page[i].scalar) }
        // Only blanks and line ends between the two neighbours: the blank is theirs to close.
        var bridge = false
        if let l = left, let r = right, l < r { bridge = ((l + 1)..<r).allSatisfy(blank) }
        // Poppler put the part right of the blank on a line of its own elsewhere: it follows the fill.
        // The part runs to its line's end, or to where the line goes back left of it.
        var rightEnd = glyphs.endIndex
        var moveRight = false
        if !bridge, let l = left, let r = right {
            let lineStart = glyphs[..<r].lastIndex { $0.scalar == "\n" }.map { $0 + 1 } ?? 0
            rightEnd = glyphs[r...].firstIndex { $0.scalar == "\n" || $0.x2 < page[r].x1 } ?? glyphs.endIndex
            moveRight = (lineStart..<r).allSatisfy(blank) && !(r..<rightEnd).contains(l)
        }
        let start = left.map { glyphs[$0].x2 } ?? ax1
        var end = right.map { glyphs[$0].x1 } ?? max(ax2, start + (ax2 - ax1))
        if end <= start { end = start + max(ax2 - ax1, 1) }
        let neighbour = glyphs[left ?? right ?? 0]
        let y1 = neighbour.y1, y2 = neighbour.y2
        let nextScalar = right.map { glyphs[$0].scalar }
        var spaceAfter = right != nil && nextScalar != "/" && nextScalar != "-"
        if !bridge, !moveRight, let l = left, glyphs.indices.contains(l + 1), blank(l + 1) { spaceAfter = false }
        let space = min(3, (end - start) / 8)
        var x = start
        var run: [PDFGlyph] = []
        if left != nil {
            run.append(PDFGlyph(scalar: " ", x1: x, y1: y1, x2: x + space, y2: y2))
            x += space
        }
        let width = max(end - x - (spaceAfter ? space : 0), 0) / Double(fill.count)
        for g in fill {
            run.append(PDFGlyph(scalar: g.scalar, x1: x, y1: y1, x2: x + width, y2: y2))
            x += width
        }
        if spaceAfter { run.append(PDFGlyph(scalar: " ", x1: x, y1: y1, x2: x + space, y2: y2)) }
        if bridge, let l = left, let r = right {
            glyphs.replaceSubrange((l + 1)..<r, with: run)
        } else if moveRight, var l = left, let r = right {
            var moved = Array(glyphs[r..<rightEnd])
            glyphs.removeSubrange(r..<rightEnd)
            if r < l { l -= moved.count }
            // The rest of the left line, if any, starts a line again.
            if glyphs.indices.contains(l + 1), glyphs[l + 1].scalar != "\n", let last = moved.last {
                moved.append(PDFGlyph(scalar: "\n", x1: last.x2, y1: last.y1, x2: last.x2, y2: last.y2))
            }
            glyphs.insert(contentsOf: run + moved, at: l + 1)
        } else if let l = left {
            glyphs.insert(contentsOf: run, at: l + 1)
        } else if let r = right {
            glyphs.insert(contentsOf: run, at: r)
        }
    }
}

extension PDFDocumentHandle {
    /// Whether page `index` (0-based) has an annotation that may draw text (a widget, free text, a
    /// stamp): poppler-glib's annotation list, cheap next to drawing them.
    func hasTextAnnotations(at index: Int) -> Bool {
        guard let page = vanban_poppler_document_get_page(document, Int32(index)) else { return false }
        defer { vanban_g_object_unref(UnsafeMutableRawPointer(page)) }
        guard let mapping = vanban_poppler_page_get_annot_mapping(page) else { return false }
        defer { vanban_poppler_page_free_annot_mapping(mapping) }
        var node: UnsafeMutablePointer<vanban_GList>? = mapping
        while let item = node {
            if let annot = item.pointee.data?.assumingMemoryBound(to: vanban_PopplerAnnotMapping.self).pointee.annot {
                switch vanban_poppler_annot_get_annot_type(annot) {
                case VANBAN_POPPLER_ANNOT_WIDGET, VANBAN_POPPLER_ANNOT_FREE_TEXT, VANBAN_POPPLER_ANNOT_STAMP: return true
                default: break
                }
            }
            node = item.pointee.next
        }
        return false
    }
}
