import CPoppler
import Foundation

/// Opens PDF bytes with poppler-glib and returns the text of each page (nil when poppler refuses them).
enum PopplerText {
    static func pages(_ data: Data) -> [String]? {
        let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(bytes) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
            g_clear_error(&error)
            return nil
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        var out: [String] = []
        for i in 0..<poppler_document_get_n_pages(document) {
            guard let page = poppler_document_get_page(document, i) else { return nil }
            if let text = poppler_page_get_text(page) {
                out.append(String(cString: text))
                g_free(text)
            } else {
                out.append("")
            }
            g_object_unref(UnsafeMutableRawPointer(page))
        }
        return out
    }
}
