import CLibraryLoaders
import Foundation

/// Writes page images into a PDF of pictures only (no text layer), one image a page, the page
/// size following each image's size and resolution.
public final class ScannedPDFWriter {
    private let sink = DataSink()
    private let surface: OpaquePointer
    private var finished = false

    public init() throws(OCRError) {
        try PopplerLibrary.require()
        guard let surface = vanban_cairo_pdf_surface_create_for_stream(writeChunk, Unmanaged.passUnretained(sink).toOpaque(), 595, 842)
        else { throw .renderFailed("cannot start a PDF") }
        guard vanban_cairo_surface_status(surface) == VANBAN_CAIRO_STATUS_SUCCESS else {
            vanban_cairo_surface_destroy(surface)
            throw .renderFailed("cannot start a PDF")
        }
        self.surface = surface
        vanban_cairo_pdf_surface_set_metadata(surface, VANBAN_CAIRO_PDF_METADATA_CREATOR, "vanban-scan")
    }

    deinit {
        vanban_cairo_surface_destroy(surface)
    }

    /// Adds `image` as the next page.
    public func add(_ image: PageImage) throws(OCRError) {
        guard !finished else { throw .invalidSetting("the PDF is already finished") }
        let picture = try CairoImage(image)
        defer { vanban_cairo_surface_destroy(picture.pointer) }
        let points = 72 / image.dpi
        vanban_cairo_pdf_surface_set_size(surface, Double(image.width) * points, Double(image.height) * points)
        let cr = vanban_cairo_create(surface)
        vanban_cairo_scale(cr, points, points)
        vanban_cairo_set_source_surface(cr, picture.pointer, 0, 0)
        vanban_cairo_paint(cr)
        vanban_cairo_show_page(cr)
        let status = vanban_cairo_status(cr)
        vanban_cairo_destroy(cr)
        guard status == VANBAN_CAIRO_STATUS_SUCCESS else { throw .renderFailed(String(cString: vanban_cairo_status_to_string(status))) }
    }

    /// Ends the PDF and gives its bytes.
    public func finish() throws(OCRError) -> Data {
        guard !finished else { throw .invalidSetting("the PDF is already finished") }
        finished = true
        vanban_cairo_surface_finish(surface)
        let status = vanban_cairo_surface_status(surface)
        guard status == VANBAN_CAIRO_STATUS_SUCCESS else { throw .renderFailed(String(cString: vanban_cairo_status_to_string(status))) }
        return sink.data
    }
}

/// Collects the bytes cairo writes.
private final class DataSink {
    var data = Data()
}

private func writeChunk(_ closure: UnsafeMutableRawPointer?, _ bytes: UnsafePointer<UInt8>?, _ length: UInt32) -> vanban_cairo_status_t {
    guard let closure, let bytes else { return VANBAN_CAIRO_STATUS_WRITE_ERROR }
    Unmanaged<DataSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
    return VANBAN_CAIRO_STATUS_SUCCESS
}
