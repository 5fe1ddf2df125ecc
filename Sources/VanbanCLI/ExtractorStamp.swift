import Foundation
import VanbanRecord
import VanbanStore

/// The extractor stamp stored with each record: this vanban's version and build, and the
/// limits and OCR it reads with (`vanban ingest`, `vanban worker`, and uploads to `vanban serve`).
enum ExtractorStamp {
    static func make(limits: LimitOptions, ocr: OCROptionGroup) -> String {
        let version = VanbanCommand.configuration.version
        let binary = Bundle.main.executablePath.flatMap { FileFingerprint.of(path: StoredPath.string(text: $0)) }
        let build = binary.map { "\($0.size)-\(Int($0.modified))" } ?? "unknown"
        let l = limits.extractionLimits
        let reading = ocr.noOCR ? "ocr off" : "ocr \(ocr.language ?? "vie")"
        return "vanban \(version) build \(build) limits \(l.maxFileBytes)/\(l.maxInflatedBytes)/\(l.maxPartBytes)/\(l.maxPages)/\(l.maxTextCharacters)/\(l.timeBudget) \(reading)"
    }
}
