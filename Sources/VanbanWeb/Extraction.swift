import Foundation
import HTTPTypes
import Hummingbird
import VanbanIngest
import VanbanKit
import VanbanRecord

/// Files that arrive in a request body: read to a record (nothing kept), or kept for the archive.
enum Extraction {
    /// The record of `body` read as the pipeline reads a file named `name` (a temporary file,
    /// removed after), by a worker of `settings` (a process of its own in `vanban serve`).
    static func record(of body: ByteBuffer, named name: String, settings: WorkerSettings) throws -> Record {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-serve-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(body.readableBytesView).write(to: file)
        let worker = settings.makeWorker()
        defer { worker.close() }
        var record = worker.extract(path: StoredPath.string(text: file.path), limits: settings.limits).record
        record.source.path = name
        return record
    }

    /// Keeps `body` as `folder/SHA256/name` (once per content) and returns that path and the SHA-256.
    static func keep(_ body: ByteBuffer, named name: String, in folder: String) throws -> (path: String, sha256: String) {
        let bytes = Array(body.readableBytesView)
        let sha = SHA256.hex(bytes)
        let directory = URL(fileURLWithPath: folder).appendingPathComponent(sha)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent(name)
        if !FileManager.default.fileExists(atPath: file.path) {
            try Data(bytes).write(to: file, options: .atomic)
        }
        return (StoredPath.string(text: file.path), sha)
    }

    /// The error a failed record is answered with: 415 for a format vanban does not read,
    /// 413 for a file past the limits, 422 for the rest (empty, corrupt, encrypted, no text…).
    static func error(for record: Record) -> WebError {
        let code = record.error?.code ?? "failed"
        let message = record.error?.message ?? "the file could not be read"
        switch code {
        case "unsupported": return WebError(.unsupportedMediaType, code, message)
        case "too-large": return WebError(.contentTooLarge, code, message)
        default: return WebError(.unprocessableContent, code, message)
        }
    }

    /// A file name safe to keep: its last component, without control characters, at most 120
    /// characters; "upload" when nothing is left.
    static func safeName(_ given: String) -> String {
        let last = given.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var name = String(last.unicodeScalars.filter { $0.properties.generalCategory != .control }.map(Character.init))
        name = String(name.prefix(120))
        if name.isEmpty || name == "." || name == ".." { return "upload" }
        return name
    }

    /// The draft of a lookup: the body as UTF-8 text, or `{"text": …}` when it is JSON.
    static func draftText(_ body: ByteBuffer, contentType: String?) throws -> String {
        guard let text = String(validating: body.readableBytesView, as: UTF8.self) else {
            throw WebError.badRequest("bad-text", "the body is not UTF-8 text")
        }
        if contentType?.lowercased().hasPrefix("application/json") == true {
            guard let value = try? JSONValue.parse(text), let draft = value["text"]?.stringValue else {
                throw WebError.badRequest("bad-json", "the body must be {\"text\": \"…\"}")
            }
            return draft
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw WebError.badRequest("empty-body", "the body holds no text")
        }
        return text
    }
}

/// The original file of a document, answered as it is with its media type.
enum OriginalFile {
    static let mediaTypes = [
        "pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "doc": "application/msword",
        "txt": "text/plain; charset=utf-8", "text": "text/plain; charset=utf-8", "plain": "text/plain; charset=utf-8",
        "html": "text/plain; charset=utf-8",
        "xml": "application/xml",
    ]

    static func response(path: String, format: String?) throws -> Response {
        let data: Data
        do {
            data = try StoredPath.withCString(path) { pointer in
                try Data(contentsOf: URL(fileURLWithPath: String(cString: pointer)))
            }
        } catch {
            throw WebError(.gone, "file-missing", "the original file is no longer at \(path)")
        }
        let type = format.flatMap { mediaTypes[$0.lowercased()] } ?? "application/octet-stream"
        var headers: HTTPFields = [.contentType: type]
        let name = StoredPath.name(path).unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 32 ? String($0) : "_" }.joined()
        headers[.contentDisposition] = "inline; filename=\"\(name)\""
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
