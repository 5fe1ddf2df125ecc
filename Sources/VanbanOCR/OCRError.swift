/// Why a page could not be read by OCR.
public enum OCRError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No `<language>.traineddata` in the tessdata folders searched (listed).
    case languageDataMissing(String, searched: [String])
    /// A setting out of range or malformed (the message says which).
    case invalidSetting(String)
    /// Tesseract would not start although its data was found.
    case engineFailed(String)
    /// The page could not be turned into pixels.
    case renderFailed(String)
    /// Tesseract gave up on the page.
    case recognitionFailed(String)
    /// The time budget ran out before or while the page was read.
    case timedOut

    public var description: String {
        switch self {
        case let .languageDataMissing(language, searched):
            let places = searched.isEmpty ? "no tessdata folder" : searched.joined(separator: ", ")
            return "no Tesseract language data for \"\(language)\" (\(language).traineddata) in \(places); "
                + "install tesseract-ocr-\(language) or point TESSDATA_PREFIX at a folder that holds it"
        case let .invalidSetting(message): return "invalid OCR setting: \(message)"
        case let .engineFailed(message): return "Tesseract failed to start: \(message)"
        case let .renderFailed(message): return "cannot render the page: \(message)"
        case let .recognitionFailed(message): return "OCR failed: \(message)"
        case .timedOut: return "OCR ran out of time"
        }
    }
}
