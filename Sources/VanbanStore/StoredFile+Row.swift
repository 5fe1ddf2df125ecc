import GRDB
import VanbanRecord

extension StoredFile {
    /// A row of the `files` table.
    init(row: Row) {
        let size: Int? = row["size"]
        let modified: Double? = row["modified"]
        let code: String? = row["error_code"]
        let message: String? = row["error_message"]
        self.init(id: row["id"], path: row["path"], sha256: row["sha256"],
                  fingerprint: size.flatMap { size in modified.map { FileFingerprint(size: size, modified: $0) } },
                  format: row["format"], status: VanbanRecord.Record.Status(rawValue: row["status"]) ?? .failed,
                  error: code.map { RecordError(code: $0, message: message ?? "") },
                  extractor: row["extractor"], importedAt: row["imported_at"], recordJSON: row["record"])
    }
}
