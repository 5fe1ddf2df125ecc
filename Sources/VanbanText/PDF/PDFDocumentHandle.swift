import CLibraryLoaders
import Foundation
import VanbanOCR

/// An open poppler document, freed when the value goes away.
final class PDFDocumentHandle {
    let document: OpaquePointer

    /// Opens `data`; poppler's errors become `TextExtractionError`s (encrypted, corrupt).
    init(_ data: Data) throws {
        if let problem = PopplerLibrary.load() { throw TextExtractionError(.unsupported, problem) }
        let bytes = data.withUnsafeBytes { vanban_g_bytes_new($0.baseAddress, $0.count) }
        defer { vanban_g_bytes_unref(bytes) }
        var error: UnsafeMutablePointer<vanban_GError>?
        guard let doc = vanban_poppler_document_new_from_bytes(bytes, nil, &error) else {
            let code = error?.pointee.code ?? 0
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown error"
            vanban_g_clear_error(&error)
            if code == VANBAN_POPPLER_ERROR_ENCRYPTED {
                throw TextExtractionError(.encrypted, "the PDF is encrypted with a password (\(message))")
            }
            throw TextExtractionError(.corrupt, "poppler cannot open the PDF: \(message)")
        }
        document = doc
    }

    deinit { vanban_g_object_unref(UnsafeMutableRawPointer(document)) }

    var pageCount: Int { Int(vanban_poppler_document_get_n_pages(document)) }

    /// The share of page `index` (0-based) under images: near 1 on a scan, even one cut in strips.
    func imageCoverage(at index: Int) -> Double {
        guard let page = vanban_poppler_document_get_page(document, Int32(index)) else { return 0 }
        defer { vanban_g_object_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        vanban_poppler_page_get_size(page, &width, &height)
        guard width > 0, height > 0, let mapping = vanban_poppler_page_get_image_mapping(page) else { return 0 }
        defer { vanban_poppler_page_free_image_mapping(mapping) }
        var covered = 0.0
        var node: UnsafeMutablePointer<vanban_GList>? = mapping
        while let item = node {
            if let area = item.pointee.data?.assumingMemoryBound(to: vanban_PopplerImageMapping.self).pointee.area {
                let w = min(area.x2, width) - max(area.x1, 0), h = min(area.y2, height) - max(area.y1, 0)
                if w > 0, h > 0 { covered += w * h }
            }
            node = item.pointee.next
        }
        return min(covered / (width * height), 1)
    }

    /// Whether anything is drawn on page `index` (0-based): false for a blank page.
    func hasInk(at index: Int) -> Bool {
        guard let page = vanban_poppler_document_get_page(document, Int32(index)) else { return false }
        defer { vanban_g_object_unref(UnsafeMutableRawPointer(page)) }
        return PageRasterizer.hasInk(page: page)
    }

    /// Reads the pages at `indexes` (0-based) by OCR, in parallel; `data` is the file's bytes.
    func recognize(pages indexes: [Int], engine: OCREngine, data: Data, threads: Int,
                   deadline: ContinuousClock.Instant) -> [Result<OCRPage, OCRError>] {
        engine.recognize(pages: indexes, of: document, pdf: data, threads: threads, deadline: deadline)
    }

    /// The glyphs of page `index` (0-based), or nil when poppler cannot load it.
    func page(at index: Int) -> PDFPageGlyphs? {
        guard let page = vanban_poppler_document_get_page(document, Int32(index)) else { return nil }
        defer { vanban_g_object_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        vanban_poppler_page_get_size(page, &width, &height)
        guard let text = vanban_poppler_page_get_text(page) else { return PDFPageGlyphs(width: width, height: height, glyphs: []) }
        defer { vanban_g_free(text) }
        var rects: UnsafeMutablePointer<vanban_PopplerRectangle>?
        var count: UInt32 = 0
        guard vanban_poppler_page_get_text_layout(page, &rects, &count) != 0, let rects else {
            return PDFPageGlyphs(width: width, height: height, glyphs: [])
        }
        defer { vanban_g_free(rects) }
        var glyphs: [PDFGlyph] = []
        glyphs.reserveCapacity(Int(count))
        var i = 0
        let utf8 = UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text))
        var decoder = UTF8()
        var iterator = utf8.makeIterator()
        decode: while i < Int(count) {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                let r = rects[i]
                glyphs.append(PDFGlyph(scalar: scalar, x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y2))
                i += 1
            case .emptyInput: break decode
            case .error: i += 1
            }
        }
        return PDFPageGlyphs(width: width, height: height, glyphs: glyphs)
    }
}
