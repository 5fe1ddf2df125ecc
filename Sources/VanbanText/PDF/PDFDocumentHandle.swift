import CPoppler
import Foundation

/// An open poppler document, freed when the value goes away.
final class PDFDocumentHandle {
    private let document: OpaquePointer

    /// Opens `data`; poppler's errors become `TextExtractionError`s (encrypted, corrupt).
    init(_ data: Data) throws {
        let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(bytes) }
        var error: UnsafeMutablePointer<GError>?
        guard let doc = poppler_document_new_from_bytes(bytes, nil, &error) else {
            let code = error?.pointee.code ?? 0
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown error"
            g_clear_error(&error)
            if code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw TextExtractionError(.encrypted, "the PDF is encrypted with a password (\(message))")
            }
            throw TextExtractionError(.corrupt, "poppler cannot open the PDF: \(message)")
        }
        document = doc
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(document)) }

    var pageCount: Int { Int(poppler_document_get_n_pages(document)) }

    /// The glyphs of page `index` (0-based), or nil when poppler cannot load it.
    func page(at index: Int) -> PDFPageGlyphs? {
        guard let page = poppler_document_get_page(document, Int32(index)) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard let text = poppler_page_get_text(page) else { return PDFPageGlyphs(width: width, height: height, glyphs: []) }
        defer { g_free(text) }
        var rects: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rects, &count) != 0, let rects else {
            return PDFPageGlyphs(width: width, height: height, glyphs: [])
        }
        defer { g_free(rects) }
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
