import Foundation
import VanbanKit
import VanbanRecord
import VanbanStore
import VanbanText

/// Reads a file named by a `StoredPath`: opened by its exact bytes (a name that is not UTF-8
/// included), then read and hashed through that one descriptor, under the size limit, as
/// `DocumentPipeline.read(path:)` does for a path Foundation can spell.
enum FileReader {
    static func read(_ path: String, limits: ExtractionLimits) -> DocumentPipeline.FileContent {
        var source = Source(file: StoredPath.name(path), path: path)
        func failed(_ code: TextExtractionError.Code, _ message: String) -> DocumentPipeline.FileContent {
            DocumentPipeline.FileContent(source: source, data: nil, error: TextExtractionError(code, message))
        }
        let fd = StoredPath.withCString(path) { open($0, O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else { return failed(.unreadable, "cannot read the file: \(String(cString: strerror(errno)))") }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var info = stat()
        guard fstat(fd, &info) == 0 else { return failed(.unreadable, "cannot read the file: \(String(cString: strerror(errno)))") }
        if info.st_mode & S_IFMT == S_IFDIR { return failed(.unsupported, "a folder, not a file") }
        let size = Int(info.st_size)
        source.bytes = size
        do {
            if size > limits.maxFileBytes {
                source.sha256 = try hash(handle)
                return failed(.tooLarge, "the file is \(size) bytes; the limit is \(limits.maxFileBytes)")
            }
            let data = try handle.read(upToCount: limits.maxFileBytes + 1) ?? Data()
            if data.count > limits.maxFileBytes {
                try handle.seek(toOffset: 0)
                source.sha256 = try hash(handle)
                return failed(.tooLarge, "the file is over the limit of \(limits.maxFileBytes) bytes")
            }
            source.sha256 = SHA256.hex(data)
            return DocumentPipeline.FileContent(source: source, data: data, error: nil)
        } catch {
            return failed(.unreadable, "cannot read the file: \(error.localizedDescription)")
        }
    }

    /// The SHA-256 of what `handle` has left to read, a MiB at a time.
    private static func hash(_ handle: FileHandle) throws -> String {
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(chunk) }
        return hasher.finalizeHex()
    }
}
