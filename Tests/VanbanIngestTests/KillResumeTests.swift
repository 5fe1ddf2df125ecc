import Foundation
import GRDB
import Testing
import VanbanGraph
import VanbanRecord
@testable import VanbanIngest
import VanbanStore
import VanbanTestSupport

/// `vanban ingest` killed with SIGKILL in the middle of an import, then run again: nothing
/// half-written, nothing lost. Runs the `vanban` binary built next to the test bundle, and is
/// skipped when there is none (build it with `swift build` first). The test watches the
/// archive through a read-only connection: it never migrates or writes the file the run is
/// making.
@Suite(.serialized) struct KillResumeTests {
    static let letterCount = 400

    @Test(.enabled(if: VanbanBinary.path != nil, "no vanban binary next to the tests"))
    func killedImportResumesWithOneRowPerFile() throws {
        let letters = try TemporaryFolder()
        var expected: Set<String> = []
        for n in 0..<KillResumeTests.letterCount {
            expected.insert(try letters.write("batch-\(n % 7)/letter-\(n).txt", SampleLetter.text(n)))
        }
        let bad = [try letters.write("batch-3/empty.txt", Data()),
                   try letters.write("batch-5/random.pdf", TemporaryFolder.noise(count: 20_000, seed: 11))]
        expected.formUnion(bad)
        let place = try TemporaryFolder()
        let db = place.file("archive.sqlite")

        // Kill two runs at different points, each once something has been written.
        let errors = place.file("stderr.txt")
        for threshold in [1, 120] {
            let run = try VanbanBinary.start(["ingest", letters.path, "--db", db, "--batch", "5", "--jobs", "2", "--quiet"],
                                             errorFile: errors)
            let seen = waitForRows(db, atLeast: threshold, while: run, deadline: .now + .seconds(120))
            #expect(seen >= threshold || !run.isRunning,
                    "no \(threshold) rows within 2 minutes: \((try? String(contentsOfFile: errors, encoding: .utf8)) ?? "")")
            kill(run.processIdentifier, SIGKILL)
            run.waitUntilExit()
            if run.terminationReason != .uncaughtSignal {
                // The run ended on its own before the signal came: then it imported every file.
                #expect(rowCount(db) == expected.count)
            }
            try checkConsistent(db)
        }

        let last = try VanbanBinary.run(["ingest", letters.path, "--db", db, "--batch", "5", "--jobs", "2", "--quiet"])
        #expect(last.status == 0 || last.status == 1, "\(last.error)")
        try checkConsistent(db)

        let archive = try SQLiteArchive(path: db, create: false, parts: [GraphSchema.part])
        var paths: [String] = []
        var failed: [String] = []
        try archive.files(status: nil) { file in
            paths.append(file.path)
            if file.status == .failed { failed.append(file.path) }
        }
        #expect(paths.count == expected.count)
        #expect(Set(paths) == expected)
        #expect(Set(failed) == Set(bad))
        var documents = 0
        try archive.documents(matching: DocumentQuery()) { _ in documents += 1 }
        #expect(documents == KillResumeTests.letterCount)

        let again = try VanbanBinary.run(["ingest", letters.path, "--db", db])
        #expect(again.status == 0)
        #expect(again.output.contains("0 ok, 0 failed, \(expected.count) skipped"))
    }

    /// Polls the archive until it has `count` files, the run ends or the deadline passes;
    /// returns the count seen. (Polling is the point here: the run is another process.)
    private func waitForRows(_ db: String, atLeast count: Int, while run: Process,
                             deadline: ContinuousClock.Instant) -> Int {
        var seen = 0
        while run.isRunning && ContinuousClock.now < deadline {
            seen = rowCount(db)
            if seen >= count { break }
            usleep(2_000)
        }
        return seen
    }

    /// The files stored so far, read without migrating or writing (0 before the table exists).
    private func rowCount(_ db: String) -> Int {
        guard FileManager.default.fileExists(atPath: db) else { return 0 }
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: db, configuration: configuration) else { return 0 }
        return (try? queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM files") ?? 0 }) ?? 0
    }

    /// Every file read is whole: a document for each ok file and none for a failed one, its
    /// rows indexed, the database sound.
    private func checkConsistent(_ db: String) throws {
        guard FileManager.default.fileExists(atPath: db) else { return }
        let archive = try SQLiteArchive(path: db, create: false, parts: [GraphSchema.part])
        try archive.database.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            let okFiles = try Int.fetchOne(db, sql: "SELECT count(*) FROM files WHERE status = 'ok'") ?? -1
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") == okFiles)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM document_search_folded") == okFiles)
            #expect(try Int.fetchOne(db, sql: """
                SELECT count(*) FROM documents d JOIN files f ON f.id = d.id WHERE f.status <> 'ok'
                """) == 0)
        }
        try archive.database.write { db in
            try db.execute(sql: "INSERT INTO document_search(document_search) VALUES ('integrity-check')")
        }
    }
}
