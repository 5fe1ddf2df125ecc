import CLibraryLoaders
import Foundation

/// A PDF opened with poppler-glib from bytes in memory, released with the value.
final class PopplerDocument {
    let pointer: OpaquePointer

    /// - Throws: `OCRError.renderFailed` when poppler cannot open `data`.
    init(data: Data) throws(OCRError) {
        try PopplerLibrary.require()
        let bytes = data.withUnsafeBytes { vanban_g_bytes_new($0.baseAddress, $0.count) }
        defer { vanban_g_bytes_unref(bytes) }
        var error: UnsafeMutablePointer<vanban_GError>?
        guard let document = vanban_poppler_document_new_from_bytes(bytes, nil, &error) else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            vanban_g_clear_error(&error)
            throw .renderFailed("not a readable PDF: \(message)")
        }
        pointer = document
    }

    deinit {
        vanban_g_object_unref(UnsafeMutableRawPointer(pointer))
    }

    var pageCount: Int { Int(vanban_poppler_document_get_n_pages(pointer)) }

    /// Runs `body` with page `index` (0-based), released afterwards.
    func withPage<T>(_ index: Int, _ body: (OpaquePointer) throws(OCRError) -> T) throws(OCRError) -> T {
        guard index >= 0, index < pageCount, let page = vanban_poppler_document_get_page(pointer, Int32(index)) else {
            throw .renderFailed("the document has no page \(index + 1)")
        }
        defer { vanban_g_object_unref(UnsafeMutableRawPointer(page)) }
        return try body(page)
    }
}
