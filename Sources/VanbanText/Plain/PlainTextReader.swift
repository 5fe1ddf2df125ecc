import Foundation

/// Plain text: UTF-8 (with or without BOM), UTF-16 with BOM. (Being written.)
struct PlainTextReader {
    func read(_ data: Data) throws -> DocumentText {
        guard let s = String(data: data, encoding: .utf8) else {
            throw TextExtractionError(.unsupported, "not UTF-8")
        }
        return DocumentText(format: .txt, body: s)
    }
}
