import CLibraryLoaders
import Foundation

/// An OLE2 / Compound File Binary container (a Word 97–2003 .doc), read with libgsf: its
/// streams by name, each read whole within a size cap.
final class CompoundFile {
    private let infile: OpaquePointer

    /// libgsf's types are registered once, before any thread uses them; its complaints about
    /// damaged containers (which the reader reports as `corrupt`) are kept off standard error.
    private static let initialized: Void = {
        vanban_gsf_init()
        let levels = VANBAN_G_LOG_LEVEL_CRITICAL | VANBAN_G_LOG_LEVEL_WARNING
        for domain in ["libgsf:msole", "libgsf"] {
            vanban_g_log_set_handler(domain, levels, { _, _, _, _ in }, nil)
        }
    }()

    /// Opens `data` (kept alive by the caller for the life of this value).
    init(_ data: Data) throws {
        guard vanban_gsf_load() != 0 else { throw TextExtractionError(.unsupported, String(cString: vanban_gsf_error())) }
        _ = Self.initialized
        let input = data.withUnsafeBytes { raw in
            vanban_gsf_input_memory_new(raw.bindMemory(to: UInt8.self).baseAddress, Int64(raw.count), 0)
        }
        guard let input else { throw TextExtractionError(.corrupt, "cannot read the .doc container") }
        defer { vanban_g_object_unref(UnsafeMutableRawPointer(input)) }
        var error: UnsafeMutablePointer<vanban_GError>?
        guard let infile = vanban_gsf_infile_msole_new(input, &error) else {
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "not an OLE2 file"
            vanban_g_clear_error(&error)
            throw TextExtractionError(.corrupt, "the .doc container is damaged: \(message)")
        }
        self.infile = infile
    }

    deinit { vanban_g_object_unref(UnsafeMutableRawPointer(infile)) }

    /// The whole stream `name` at the top level, or nil when there is none.
    /// - Throws: `too-large` past `limit` bytes, `corrupt` when it cannot be read whole.
    func stream(_ name: String, limit: Int) throws -> [UInt8]? {
        guard let child = vanban_gsf_infile_child_by_name(infile, name) else { return nil }
        defer { vanban_g_object_unref(UnsafeMutableRawPointer(child)) }
        let size = Int(vanban_gsf_input_size(child))
        guard size >= 0 else { throw TextExtractionError(.corrupt, "the \(name) stream has no size") }
        guard size <= limit else {
            throw TextExtractionError(.tooLarge, "the \(name) stream is \(size) bytes; the limit is \(limit)")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        guard size == 0 || bytes.withUnsafeMutableBufferPointer({ vanban_gsf_input_read(child, size, $0.baseAddress) != nil }) else {
            throw TextExtractionError(.corrupt, "the \(name) stream cannot be read whole")
        }
        return bytes
    }
}
