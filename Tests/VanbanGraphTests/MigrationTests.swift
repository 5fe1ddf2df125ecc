import GRDB
import Testing
import VanbanGraph
@testable import VanbanStore

/// An archive written before the citation graph existed gets it on opening: every document
/// and citation it holds is pending, and the first pass resolves them.
@Suite struct MigrationTests {
    typealias F = GraphFixture

    @Test func anOlderArchiveIsResolvedAfterItsUpgrade() throws {
        let folder = try GraphFixture()
        let path = folder.folder + "/old.sqlite"
        let old = try DatabaseQueue(path: path)
        try ArchiveSchema.migrator([GraphSchema.part]).migrate(old, upTo: "v2-full-text-search")
        try old.write { db in
            for (id, record) in [
                F.document("plan", type: "ke-hoach", number: "84/KH-UBND", date: "2017-05-15"),
                F.document("letter", type: "ke-hoach", date: "2017-06-07",
                           citations: [F.cite("ke-hoach", "84/KH-UBND", date: "2017-05-15")]),
            ].enumerated() {
                try db.execute(sql: """
                    INSERT INTO files (id, path, status, extractor, imported_at, record) VALUES (?, ?, 'ok', 'old', 'then', '{}')
                    """, arguments: [id + 1, record.source.path])
                try SQLiteArchive.insertDocument(id: Int64(id + 1), ExtractedFile(record: record, text: nil, fingerprint: nil,
                                                                                 extractor: "old"), db)
            }
        }
        try old.close()
        let archive = try SQLiteArchive(path: path, create: false, parts: [GraphSchema.part])
        let resolver = CitationResolver(archive: archive)
        #expect(try resolver.hasPending())
        let summary = try resolver.resolvePending()
        #expect(summary.documents == 2 && summary.byMethod[.exact] == 1)
        #expect(try !resolver.hasPending())
    }
}
