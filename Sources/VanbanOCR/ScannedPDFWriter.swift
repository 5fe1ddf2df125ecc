import CPoppler
import Foundation

/// Writes page images into a PDF of pictures only (no text layer), one image a page, the page
/// size following each image's size and resolution.
public final class ScannedPDFWriter {
    private let sink = DataSink()
    private let surface: OpaquePointer
    private var finished = false

    public init() throws(OCRError) {
        guard let surface = cairo_pdf_surface_create_for_stream(writeChunk, Unmanaged.passUnretained(sink).toOpaque(), 595, 842)
        else { throw .renderFailed("cannot start a PDF") }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw .renderFailed("cannot start a PDF")
        }
        self.surface = surface
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "vanban-scan")
    }

    deinit {
        cairo_surface_destroy(surface)
    }

    /// Adds `image` as the next page.
    public func add(_ image: PageImage) throws(OCRError) {
        guard !finished else { throw .invalidSetting("the PDF is already finished") }
        let picture = try CairoImage(image)
        defer { cairo_surface_destroy(picture.pointer) }
        let points = 72 / image.dpi
        cairo_pdf_surface_set_size(surface, Double(image.width) * points, Double(image.height) * points)
        let cr = cairo_create(surface)
        cairo_scale(cr, points, points)
        cairo_set_source_surface(cr, picture.pointer, 0, 0)
        cairo_paint(cr)
        cairo_show_page(cr)
        let status = cairo_status(cr)
        cairo_destroy(cr)
        guard status == CAIRO_STATUS_SUCCESS else { throw .renderFailed(String(cString: cairo_status_to_string(status))) }
    }

    /// Ends the PDF and gives its bytes.
    public func finish() throws(OCRError) -> Data {
        guard !finished else { throw .invalidSetting("the PDF is already finished") }
        finished = true
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw .renderFailed(String(cString: cairo_status_to_string(status))) }
        return sink.data
    }
}

/// Collects the bytes cairo writes.
private final class DataSink {
    var data = Data()
}

private func writeChunk(_ closure: UnsafeMutableRawPointer?, _ bytes: UnsafePointer<UInt8>?, _ length: UInt32) -> cairo_status_t {
    guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
    Unmanaged<DataSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
    return CAIRO_STATUS_SUCCESS
}
