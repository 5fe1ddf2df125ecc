import Foundation
import VanbanRecord
import VanbanTestSupport
@testable import VanbanStore

/// An archive in a temporary folder, and records written to it directly, for tests where
/// extraction is not the point.
struct ArchiveFixture {
    let folder: TemporaryFolder
    let archive: SQLiteArchive

    init() throws {
        folder = try TemporaryFolder()
        archive = try SQLiteArchive(path: folder.file("vanban.sqlite"))
    }

    /// Stores `record` (with `text`) as a file that was read, and returns its id.
    @discardableResult
    func store(_ record: Record, text: String? = nil) throws -> Int64 {
        let outcomes = try archive.commit([.store(ExtractedFile(record: record, text: text, fingerprint: nil, extractor: "test"))])
        guard case let .stored(id) = outcomes.first else { throw ArchiveError(.missing, "not stored: \(outcomes)") }
        return id
    }

    /// The ids of the documents matching `query`, in order.
    func ids(_ query: DocumentQuery) throws -> [Int64] {
        var ids: [Int64] = []
        try archive.documents(matching: query) { ids.append($0.id) }
        return ids
    }

    /// The number of rows of `table`.
    func count(_ table: String) throws -> Int {
        try archive.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    /// A record of a document read from `name`, with a content hash of its own.
    static func record(_ name: String, type: String? = nil, number: String? = nil, date: String? = nil,
                       subject: String? = nil, issuer: Issuer? = nil, signer: Signer? = nil,
                       citations: [Citation] = []) -> Record {
        let source = Source(file: name, path: "/archive/" + name, sha256: "sha-" + name, format: "txt", bytes: 100)
        return Record(source: source, type: type, number: number.map { DocumentNumber(raw: $0, seq: nil, year: nil, symbol: nil) },
                      date: date, subject: subject, issuer: issuer, signer: signer, citations: citations)
    }

    /// A citation of `number` with the given relation.
    static func citation(_ number: String, date: String? = nil, relation: String = "mentions") -> Citation {
        Citation(type: nil, number: number, title: nil, date: date, issuer: nil, subject: nil, relation: relation,
                 mentions: [Mention(offset: 10, text: "số " + number)])
    }
}
