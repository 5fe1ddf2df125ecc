import CTesseract
import Foundation

/// One Tesseract instance: reads page images one at a time. Not thread-safe: use one per
/// thread (`OCREngine.makeRecognizer()`), and reuse it for many pages, since starting one
/// loads the language model.
public final class TextRecognizer {
    private let handle: OpaquePointer

    /// Starts Tesseract with `language` (e.g. "vie" or "vie+eng") from the data in `tessdata`,
    /// with automatic page segmentation.
    init(language: String, tessdata: String) throws(OCRError) {
        guard let handle = TessBaseAPICreate() else { throw .engineFailed("cannot create a Tesseract instance") }
        // Tesseract's diagnostics ("Detected 7 diacritics", resolution notes) go nowhere.
        _ = TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        guard TessBaseAPIInit3(handle, tessdata, language) == 0 else {
            TessBaseAPIDelete(handle)
            throw .engineFailed("cannot load \"\(language)\" from \(tessdata)")
        }
        TessBaseAPISetPageSegMode(handle, PSM_AUTO)
        // Set last: once every property is set, a throw would run deinit and free the handle twice.
        self.handle = handle
    }

    deinit {
        TessBaseAPIDelete(handle)
    }

    /// Reads the text on `image`, giving up when `deadline` passes.
    public func recognize(_ image: PageImage, deadline: ContinuousClock.Instant? = nil) throws(OCRError) -> OCRPage {
        guard image.width <= Int(Int32.max), image.height <= Int(Int32.max) else {
            throw .invalidSetting("the image is too large (\(image.width)×\(image.height))")
        }
        vanban_tesseract_single_threaded()
        image.pixels.withUnsafeBufferPointer { pixels in
            TessBaseAPISetImage(handle, pixels.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
        }
        TessBaseAPISetSourceResolution(handle, Int32(image.dpi.rounded()))
        defer { TessBaseAPIClear(handle) }

        let monitor = TessMonitorCreate()
        defer { TessMonitorDelete(monitor) }
        if let deadline {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { throw .timedOut }
            let milliseconds = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
            TessMonitorSetDeadlineMSecs(monitor, Int32(clamping: milliseconds))
        }
        let status = TessBaseAPIRecognize(handle, monitor)
        if let deadline, ContinuousClock.now >= deadline { throw .timedOut }
        guard status == 0 else { throw .recognitionFailed("Tesseract returned \(status)") }

        guard let utf8 = TessBaseAPIGetUTF8Text(handle) else { throw .recognitionFailed("no text came back") }
        defer { TessDeleteText(utf8) }
        let text = String(cString: utf8)
        let confidence = text.contains(where: { !$0.isWhitespace }) ? Double(TessBaseAPIMeanTextConf(handle)) / 100 : 0
        return OCRPage(text: text, meanConfidence: min(max(confidence, 0), 1))
    }
}
