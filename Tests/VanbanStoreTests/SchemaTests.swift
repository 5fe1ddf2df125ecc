import Foundation
import GRDB
import Testing
import VanbanTestSupport
import VanbanRecord
@testable import VanbanStore

/// The schema: migrations, views, and what other programs meet in the file.
@Suite struct SchemaTests {
    @Test func reopeningMigratesNothingAndKeepsTheData() throws {
        let fixture = try ArchiveFixture()
        let id = try fixture.store(ArchiveFixture.record("a.txt", subject: "Thi đua"), text: "Nội dung")
        let reopened = try SQLiteArchive(path: fixture.archive.path, create: false)
        let applied = try reopened.pool.read { db in try ArchiveSchema.migrator().appliedMigrations(db) }
        #expect(applied == ["v1-files-and-documents", "v2-full-text-search", "v5-read-attempts", "v8-renditions"])
        var ids: [Int64] = []
        try reopened.documents(matching: DocumentQuery(text: ["thi dua"])) { ids.append($0.id) }
        #expect(ids == [id])
    }

    @Test func archiveIsInWALMode() throws {
        let fixture = try ArchiveFixture()
        let mode = try fixture.archive.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func missingArchiveIsNotCreatedForReading() throws {
        let folder = try TemporaryFolder()
        #expect(throws: ArchiveError(.missing, "there is no archive at \(folder.file("none.sqlite")) (vanban ingest makes one)")) {
            try SQLiteArchive(path: folder.file("none.sqlite"), create: false)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("none.sqlite")))
    }

    @Test func archiveOfANewerVanbanIsRefused() throws {
        let fixture = try ArchiveFixture()
        try fixture.archive.pool.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        #expect { try SQLiteArchive(path: fixture.archive.path) } throws: { error in
            (error as? ArchiveError)?.code == .newerSchema
        }
    }

    @Test func fullTextSearchMigrationIndexesExistingDocuments() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try ArchiveSchema.migrator().migrate(queue, upTo: "v1-files-and-documents")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO files (id, path, status, extractor, imported_at, record) VALUES (1, '/a.txt', 'ok', 'x', 'now', '{}');
                INSERT INTO documents (id, subject, text) VALUES (1, 'Kế hoạch', 'Phong trào thi đua');
                """)
        }
        try queue.close()
        let archive = try SQLiteArchive(path: path)
        var ids: [Int64] = []
        try archive.documents(matching: DocumentQuery(text: ["thi dua"])) { ids.append($0.id) }
        try archive.documents(matching: DocumentQuery(text: ["thi đua"])) { ids.append($0.id) }
        #expect(ids == [1, 1])
    }

    @Test func deletingAFileDeletesEverythingItHeld() throws {
        let fixture = try ArchiveFixture()
        var record = ArchiveFixture.record("a.txt", number: "1/KH-UBND",
                                           citations: [ArchiveFixture.citation("84/KH-UBND")])
        record.addressees = ["Các phòng"]
        record.distribution = ["Như trên"]
        record.targets = [Target(text: "tăng 7,5%", metric: nil, value: 7.5, unit: "%", comparison: "tăng")]
        try fixture.store(record, text: "Thi đua")
        for table in ["documents", "citations", "citation_mentions", "targets", "addressees", "distribution"] {
            #expect(try fixture.count(table) == 1, "\(table)")
        }
        try fixture.archive.pool.write { db in try db.execute(sql: "DELETE FROM files") }
        for table in ["documents", "citations", "citation_mentions", "targets", "addressees", "distribution",
                      "document_search_folded"] {
            #expect(try fixture.count(table) == 0, "\(table)")
        }
        #expect(try fixture.ids(DocumentQuery(text: ["thi dua"])).isEmpty)
    }

    @Test func viewsAnswerTheQuestionsOfSchemaMd() throws {
        let fixture = try ArchiveFixture()
        let plan = try fixture.store(ArchiveFixture.record("kh.txt", type: "ke-hoach", number: "84/KH-UBND", date: "2017-05-15"))
        let report = try fixture.store(ArchiveFixture.record(
            "bc.txt", type: "bao-cao", number: "5/BC-UBND", date: "2017-09-01",
            citations: [ArchiveFixture.citation("84/KH-UBND", date: "2017-05-15", relation: "implements"),
                        ArchiveFixture.citation("99/QĐ-TTg")]))
        let links = try fixture.archive.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT citing_id, cited_number, relation, cited_id FROM citation_links ORDER BY position")
        }
        #expect(links.count == 2)
        #expect(links[0]["citing_id"] == report && links[0]["cited_id"] == plan && links[0]["relation"] == "implements")
        #expect(links[1]["cited_id"] == nil as Int64?)
        let inYear = try fixture.archive.pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM document_files WHERE type = 'ke-hoach' AND date LIKE '2017-%'")
        }
        #expect(inYear == [plan])
    }
}
