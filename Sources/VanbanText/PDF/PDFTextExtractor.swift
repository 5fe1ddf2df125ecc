import Foundation

/// PDF text through poppler-glib. (Being written.)
struct PDFTextExtractor {
    let limits: ExtractionLimits
    func extract(_ data: Data) throws -> DocumentText {
        throw TextExtractionError(.unsupported, "PDF reading is not built yet")
    }
}
