import Foundation

/// DOCX text through a zip reader and libxml2. (Being written.)
struct DOCXTextExtractor {
    let limits: ExtractionLimits
    func extract(_ data: Data) throws -> DocumentText {
        throw TextExtractionError(.unsupported, "DOCX reading is not built yet")
    }
}
