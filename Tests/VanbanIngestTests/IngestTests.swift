import Foundation
import Testing
import VanbanKit
import VanbanRecord
import VanbanText
@testable import VanbanIngest
import VanbanStore
import VanbanTestSupport

/// `ArchiveImporter` on folders of letters written for the test.
@Suite struct IngestTests {
    let folder: TemporaryFolder
    let archive: SQLiteArchive
    let letters: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        archive = try SQLiteArchive(path: folder.file("vanban.sqlite"))
        letters = try TemporaryFolder()
    }

    private func ingest(_ roots: [String]? = nil, force: Bool = false, retryFailed: Bool = false,
                        extractor: String = "test 1", batchSize: Int = 7) throws -> ImportSummary {
        let options = ImportOptions(jobs: 2, force: force, retryFailed: retryFailed, batchSize: batchSize,
                                    extractor: extractor, excluded: [archive.path])
        return try ArchiveImporter(store: archive, options: options).run(roots ?? [letters.path])
    }

    private func writeLetters(_ range: Range<Int>, in folder: String = "") throws {
        for n in range { try letters.write(folder + "letter-\(n).txt", SampleLetter.text(n)) }
    }

    private func storedPaths(status: Record.Status? = nil) throws -> [String] {
        var paths: [String] = []
        try archive.files(status: status) { paths.append($0.path) }
        return paths
    }

    private func documentCount() throws -> Int {
        var count = 0
        try archive.documents(matching: DocumentQuery()) { _ in count += 1 }
        return count
    }

    @Test func secondRunSkipsEverything() throws {
        try writeLetters(0..<20)
        let first = try ingest()
        #expect(first.ok == 20 && first.failed == 0 && first.skipped == 0)
        let importedAt = try storedFiles().map(\.importedAt)
        let second = try ingest()
        #expect(second.unchanged == 20 && second.ok == 0 && second.files == 20)
        #expect(try storedFiles().map(\.importedAt) == importedAt)
        #expect(try documentCount() == 20)
    }

    @Test func recordsAreTheRecordsAsExtracted() throws {
        let path = try letters.write("one.txt", SampleLetter.text(1))
        _ = try ingest()
        let stored = try #require(try storedFiles().first)
        let record = try stored.record()
        #expect(record.source.path == path)
        #expect(record.source.sha256 == stored.sha256)
        #expect(record.status == .ok)
        #expect(try fileCount(where: "text LIKE '%Kính gửi%'", in: "documents") == 1)
    }

    @Test func movedFileIsTheSameDocument() throws {
        try writeLetters(0..<5)
        _ = try ingest()
        let before = try storedFiles().first { $0.path.hasSuffix("letter-3.txt") }
        try FileManager.default.createDirectory(atPath: letters.file("sub"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: letters.file("letter-3.txt"), toPath: letters.file("sub/renamed.txt"))
        let summary = try ingest()
        #expect(summary.moved == 1 && summary.unchanged == 4 && summary.ok == 0)
        let after = try storedFiles().first { $0.path.hasSuffix("sub/renamed.txt") }
        #expect(after?.id == before?.id)
        #expect(after?.sha256 == before?.sha256)
        #expect(try after?.record().source.file == "renamed.txt")
        #expect(try storedPaths().count == 5)
        #expect(try documentCount() == 5)
    }

    @Test func copyIsNotASecondDocument() throws {
        try writeLetters(0..<3)
        _ = try ingest()
        try letters.write("copy.txt", SampleLetter.text(1))
        let summary = try ingest()
        #expect(summary.duplicates == 1 && summary.unchanged == 3)
        #expect(try documentCount() == 3)
    }

    @Test func editedFileReplacesItsDocument() throws {
        try writeLetters(0..<3)
        _ = try ingest()
        try letters.write("letter-1.txt", SampleLetter.text(100))
        let summary = try ingest()
        #expect(summary.ok == 1 && summary.unchanged == 2)
        #expect(try storedPaths().count == 3)
        #expect(try documentCount() == 3)
        #expect(try fileCount(where: "text LIKE '%thư số 1.%'", in: "documents") == 0)
        #expect(try fileCount(where: "text LIKE '%thư số 100.%'", in: "documents") == 1)
    }

    @Test func forceReadsEverythingAgainKeepingIds() throws {
        try writeLetters(0..<6)
        _ = try ingest()
        let ids = try storedFiles().map(\.id)
        let summary = try ingest(force: true)
        #expect(summary.ok == 6 && summary.skipped == 0)
        #expect(try storedFiles().map(\.id) == ids)
        #expect(try documentCount() == 6)
    }

    @Test func badFilesAreStoredAsFailuresAndNotReadAgainUnchanged() throws {
        try writeLetters(0..<2)
        try letters.write("empty.txt", Data())
        try letters.write("random.pdf", TemporaryFolder.noise(count: 5_000, seed: 7))
        let first = try ingest()
        #expect(first.ok == 2 && first.failed == 2)
        var failures: [String: String] = [:]
        try archive.files(status: .failed) { failures[($0.path as NSString).lastPathComponent] = $0.error?.code }
        #expect(failures["empty.txt"] == "empty")
        #expect(failures["random.pdf"] != nil)
        #expect(try documentCount() == 2)
        let second = try ingest()
        #expect(second.knownFailures == 2 && second.unchanged == 2 && second.failed == 0)
    }

    @Test func failuresAreReadAgainByAnotherExtractorOrOnRequest() throws {
        try letters.write("empty.txt", Data())
        _ = try ingest()
        #expect(try ingest(extractor: "test 2").failed == 1)
        #expect(try ingest(extractor: "test 2").knownFailures == 1)
        #expect(try ingest(retryFailed: true, extractor: "test 2").failed == 1)
        try letters.write("empty.txt", SampleLetter.text(5))
        let fixed = try ingest(extractor: "test 2")
        #expect(fixed.ok == 1)
        #expect(try storedPaths(status: .failed).isEmpty)
        #expect(try storedPaths().count == 1)
    }

    @Test func fileOverTheSizeLimitIsAFailureKnownByItsHash() throws {
        let path = try letters.write("big.txt", SampleLetter.text(3))
        let options = ImportOptions(jobs: 2, settings: WorkerSettings(limits: ExtractionLimits(maxFileBytes: 100), searchText: true, isolation: .inProcess), extractor: "test")
        let first = try ArchiveImporter(store: archive, options: options).run([letters.path])
        #expect(first.failed == 1)
        let stored = try #require(try storedFiles().first)
        #expect(stored.error?.code == "too-large")
        #expect(stored.sha256 == SHA256.hex(try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(try ArchiveImporter(store: archive, options: options).run([letters.path]).knownFailures == 1)
    }

    @Test func hiddenFilesAndTheArchiveItselfAreSkipped() throws {
        try writeLetters(0..<2)
        try letters.write(".hidden.txt", SampleLetter.text(50))
        try letters.write(".git/config.txt", SampleLetter.text(51))
        let inside = try SQLiteArchive(path: letters.file("vanban.sqlite"))
        let options = ImportOptions(jobs: 2, extractor: "test", excluded: [inside.path])
        let summary = try ArchiveImporter(store: inside, options: options).run([letters.path])
        #expect(summary.files == 2 && summary.ok == 2)
        let explicit = try ArchiveImporter(store: inside, options: options).run([letters.file(".hidden.txt")])
        #expect(explicit.ok == 1)
    }

    @Test func missingRootIsReported() throws {
        let summary = try ingest([letters.file("nowhere")])
        #expect(summary.files == 0)
        #expect(summary.problems.count == 1)
    }

    @Test func readersSeeWholeFilesWhileAnImportRuns() throws {
        try writeLetters(0..<150)
        let reader = try SQLiteArchive(path: archive.path, create: false)
        let done = Locked(false)
        let importer = ArchiveImporter(store: archive, options: ImportOptions(jobs: 2, batchSize: 3, extractor: "test"))
        let result = Locked<Result<ImportSummary, Error>?>(nil)
        let root = letters.path
        let thread = Thread {
            let summary = Result { try importer.run([root]) }
            result.withLock { $0 = summary }
            done.withLock { $0 = true }
        }
        thread.start()
        var seen: [Int] = []
        repeat {
            let (files, documents, searchable) = try reader.database.read { db in
                (try Int.fetchOne(db, sql: "SELECT count(*) FROM files WHERE status = 'ok'") ?? -1,
                 try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? -2,
                 try Int.fetchOne(db, sql: "SELECT count(*) FROM document_search_folded") ?? -3)
            }
            #expect(files == documents && documents == searchable)
            seen.append(documents)
        } while !done.current
        let summary = try #require(result.current).get()
        #expect(summary.ok == 150)
        #expect(seen == seen.sorted())
        #expect(try documentCount() == 150)
    }

    private func storedFiles() throws -> [StoredFile] {
        var files: [StoredFile] = []
        try archive.files(status: nil) { files.append($0) }
        return files
    }

    private func fileCount(where condition: String, in table: String) throws -> Int {
        try archive.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE \(condition)") ?? 0 }
    }
}
