import Foundation
import VanbanRecord
import VanbanStore

/// A file handed to a worker process: where it came from (the bytes travel as the next part).
struct ExtractionRequest: Codable {
    var file: String
    var path: String
    var sha256: String?
    var bytes: Int?

    init(_ source: Source) {
        file = source.file
        path = source.path
        sha256 = source.sha256
        bytes = source.bytes
    }

    init(json: Data) throws {
        self = try JSONDecoder().decode(ExtractionRequest.self, from: json)
    }

    var json: String {
        (try? String(decoding: JSONEncoder().encode(self), as: UTF8.self)) ?? "{}"
    }

    var source: Source { Source(file: file, path: path, sha256: sha256, bytes: bytes) }
}

/// A worker's answer: the record as a JSON line, the text, the folded subject and text.
enum ExtractionReply {
    static func parts(_ file: ExtractedFile) -> [Data] {
        [Data(file.recordJSON.utf8), WorkerMessage.optional(file.text), WorkerMessage.optional(file.foldedSubject),
         WorkerMessage.optional(file.foldedText)]
    }

    static func file(from parts: [Data]) throws -> ExtractedFile {
        guard parts.count == 4 else { throw WorkerError.corrupt("a reply of \(parts.count) parts") }
        let json = String(decoding: parts[0], as: UTF8.self)
        let record = try Record(json: JSONValue.parse(json))
        return ExtractedFile(record: record, recordJSON: json, text: WorkerMessage.optionalString(parts[1]),
                             foldedSubject: WorkerMessage.optionalString(parts[2]),
                             foldedText: WorkerMessage.optionalString(parts[3]), fingerprint: nil, extractor: "")
    }
}
