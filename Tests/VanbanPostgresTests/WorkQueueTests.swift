import Foundation
import Testing
import VanbanGraph
import VanbanIngest
import VanbanPostgres
import VanbanRecord
import VanbanWorker
import VanbanTestSupport

/// Many `vanban worker`s on one queue: every file read once and stored once, whatever
/// happens to a worker.
@Suite(.enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.missing)), .serialized)
struct WorkQueueTests {
    /// A folder of `count` small text letters of our own.
    private static func letters(_ count: Int, in folder: TemporaryFolder) throws -> String {
        let path = folder.file("letters")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for n in 1...count {
            try SampleLetter.text(n).write(toFile: path + "/letter-\(n).txt", atomically: true, encoding: .utf8)
        }
        return path
    }

    /// Waits (polling the queue) until `condition` holds of its status, at most `limit` seconds.
    private static func wait(_ queue: WorkQueue, limit: Double = 600, until condition: (QueueStatus) -> Bool) throws -> Bool {
        let end = Date().addingTimeInterval(limit)
        while Date() < end {
            if condition(try queue.status()) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    private static func count(_ archive: PostgresArchive, _ sql: String) throws -> Int {
        try archive.session.withConnection { Int(try $0.rows(sql)[0].int64("n")) }
    }

    @Test func fourWorkersOneKilledEveryFileOnce() throws {
        try #require(VanbanBinary.path != nil, "the vanban binary is built with the tests")
        let database = try PostgresDatabase()
        let folder = try TemporaryFolder()
        let letters = try WorkQueueTests.letters(2000, in: folder)
        let enqueue = try VanbanBinary.run(["ingest", "--db", database.url, "--enqueue", letters])
        #expect(enqueue.status == 0, "\(enqueue.error)")
        #expect(enqueue.output.hasPrefix("2000 of 2000 files queued"), "\(enqueue.output)")

        let archive = try PostgresArchive(url: database.url, parts: [GraphSchema.postgresPart])
        defer { archive.close() }
        let queue = WorkQueue(archive: archive)
        let workers = try (1...4).map { n in
            try VanbanBinary.start(["worker", "--db", database.url, "--exit-when-empty", "--batch", "20", "--lease", "4",
                                    "--name", "w\(n)"], errorFile: folder.file("w\(n).log"))
        }
        // Kill the first worker with SIGKILL while it holds a batch, once the import is under way.
        let holding = try WorkQueueTests.wait(queue) { $0.done >= 200 && $0.running > 0 }
        var killedBatch: [Int64] = []
        if holding {
            try archive.session.withConnection { connection in
                // Wait for w1 to hold a batch, then kill it: its rows stay 'running' under its lease.
                let end = Date().addingTimeInterval(120)
                while Date() < end {
                    killedBatch = try connection.rows("SELECT id FROM work_queue WHERE worker = 'w1' AND state = 'running'")
                        .map { try $0.int64("id") }
                    if !killedBatch.isEmpty { break }
                    Thread.sleep(forTimeInterval: 0.01)
                }
            }
        }
        kill(workers[0].processIdentifier, SIGKILL)
        for worker in workers { worker.waitUntilExit() }
        #expect(holding)
        #expect(workers[0].terminationReason == .uncaughtSignal)
        for (n, worker) in workers.enumerated().dropFirst() {
            let log = (try? String(contentsOfFile: folder.file("w\(n + 1).log"), encoding: .utf8)) ?? ""
            #expect(worker.terminationStatus == 0, "w\(n + 1): \(log)")
        }

        // Exactly one row per file: none lost, none twice.
        #expect(try WorkQueueTests.count(archive, "SELECT count(*) AS n FROM files") == 2000)
        #expect(try WorkQueueTests.count(archive, "SELECT count(DISTINCT path) AS n FROM files") == 2000)
        #expect(try WorkQueueTests.count(archive, "SELECT count(*) AS n FROM documents") == 2000)
        let status = try queue.status()
        #expect(status.done == 2000)
        #expect(status.queued + status.running + status.failed == 0)
        // The killed worker's batch was finished by another worker, after its lease ran out.
        #expect(!killedBatch.isEmpty)
        let list = killedBatch.map(String.init).joined(separator: ",")
        if !killedBatch.isEmpty {
            #expect(try WorkQueueTests.count(archive, """
                SELECT count(*) AS n FROM work_queue WHERE id IN (\(list)) AND state = 'done'
                    AND worker <> 'w1' AND attempts = 2
                """) == killedBatch.count)
        }

        // Citation resolution ran after the batches: nothing is left pending, every citation resolved.
        #expect(try WorkQueueTests.count(archive, "SELECT count(*) AS n FROM graph_documents WHERE indexed = 0") == 0)
        #expect(try WorkQueueTests.count(archive, "SELECT count(*) AS n FROM citation_resolutions WHERE method = 'external'") == 2000)

        let json = try VanbanBinary.run(["status", "--db", database.url, "--format", "json"])
        #expect(json.status == 0)
        #expect(json.output.contains("\"done\":2000"), "\(json.output)")
        #expect(json.output.contains("\"queued\":0"))
    }

    @Test func sigtermFinishesTheFileAndGivesTheRestBack() throws {
        try #require(VanbanBinary.path != nil, "the vanban binary is built with the tests")
        let database = try PostgresDatabase()
        let folder = try TemporaryFolder()
        let letters = try WorkQueueTests.letters(300, in: folder)
        #expect(try VanbanBinary.run(["ingest", "--db", database.url, "--enqueue", letters]).status == 0)
        let archive = try PostgresArchive(url: database.url, parts: [GraphSchema.postgresPart])
        defer { archive.close() }
        let queue = WorkQueue(archive: archive)
        let worker = try VanbanBinary.start(["worker", "--db", database.url, "--batch", "50"],
                                            errorFile: folder.file("worker.log"))
        #expect(try WorkQueueTests.wait(queue) { $0.done >= 20 })
        kill(worker.processIdentifier, SIGTERM)
        worker.waitUntilExit()
        #expect(worker.terminationStatus == 0)
        let stopped = try queue.status()
        #expect(stopped.running == 0)
        #expect(stopped.done + stopped.queued == 300)
        #expect(try WorkQueueTests.count(archive, "SELECT count(*) AS n FROM files") == stopped.done)

        // Another worker drains the rest and exits.
        let rest = try VanbanBinary.run(["worker", "--db", database.url, "--exit-when-empty"])
        #expect(rest.status == 0, "\(rest.error)")
        #expect(try queue.status().done == 300)
        #expect(try WorkQueueTests.count(archive, "SELECT count(*) AS n FROM files") == 300)
        let table = try VanbanBinary.run(["status", "--db", database.url])
        #expect(table.output.hasPrefix("queued"))
    }

    /// Plans that each implement the next one's number: letter n cites n + 1, which another
    /// worker's batch may store before or after it.
    private static func chainedPlans(_ count: Int, in folder: TemporaryFolder) throws -> String {
        let path = folder.file("plans")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for n in 1...count {
            try """
                ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH SƠN LA                        Độc lập - Tự do - Hạnh phúc
                Số: \(n)/KH-UBND                    Sơn La, ngày 2 tháng 3 năm 2020

                KẾ HOẠCH
                Triển khai đợt thi đua số \(n) năm 2020

                Thực hiện Kế hoạch số \(n + 1)/KH-UBND ngày 2/3/2020 của UBND tỉnh Sơn La,
                Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai như sau.

                Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN
                - Như trên;                                    CHỦ TỊCH
                - Lưu: VT.
                                                             Nguyễn Văn An

                """.write(toFile: path + "/plan-\(n).txt", atomically: true, encoding: .utf8)
        }
        return path
    }

    @Test func workersResolveCitationsAfterTheirBatches() throws {
        try #require(VanbanBinary.path != nil, "the vanban binary is built with the tests")
        let database = try PostgresDatabase()
        let folder = try TemporaryFolder()
        let plans = try WorkQueueTests.chainedPlans(120, in: folder)
        #expect(try VanbanBinary.run(["ingest", "--db", database.url, "--enqueue", plans]).status == 0)
        let workers = try (1...3).map { n in
            try VanbanBinary.start(["worker", "--db", database.url, "--exit-when-empty", "--batch", "7", "--name", "w\(n)"],
                                   errorFile: folder.file("w\(n).log"))
        }
        for worker in workers { worker.waitUntilExit() }
        for (n, worker) in workers.enumerated() {
            let log = (try? String(contentsOfFile: folder.file("w\(n + 1).log"), encoding: .utf8)) ?? ""
            #expect(worker.terminationStatus == 0, "w\(n + 1): \(log)")
            #expect(!log.contains("not resolved"), "w\(n + 1): \(log)")
        }
        let archive = try PostgresArchive(url: database.url, parts: [GraphSchema.postgresPart])
        defer { archive.close() }
        // Whatever order the batches landed in, each plan links to the next (the last one's is outside).
        #expect(try WorkQueueTests.count(archive, "SELECT count(*) AS n FROM citation_resolutions WHERE method = 'exact'") == 119)
        #expect(try WorkQueueTests.count(archive, "SELECT count(*) AS n FROM citation_resolutions WHERE method = 'external'") == 1)
        #expect(try WorkQueueTests.count(archive, """
            SELECT count(*) AS n FROM citation_resolutions r JOIN documents a ON a.id = r.citing_id
            JOIN documents b ON b.id = r.cited_id WHERE b.number_seq::bigint = a.number_seq::bigint + 1
            """) == 119)
        #expect(try CitationResolver(archive: archive).hasPending() == false)
        // The chain from the first plan runs through all of them.
        let chain = try VanbanBinary.run(["chain", "1/KH-UBND", "--up", "--format", "json", "--db", database.url])
        #expect(chain.status == 0, "\(chain.error)")
        #expect((try JSONValue.parse(chain.output))["upstream"]?.arrayValue?.count == 120)
    }

    /// One resolution pass at a time: while another session holds the archive's resolution
    /// lock, a worker's pass (not waiting) does nothing; once it is free, the pass runs.
    @Test func resolutionPassesNeverOverlap() throws {
        let database = try PostgresDatabase()
        let archive = try PostgresArchive(url: database.url, parts: [GraphSchema.postgresPart])
        defer { archive.close() }
        let resolver = CitationResolver(archive: archive)
        let other = try PostgresArchive(url: database.url, parts: [GraphSchema.postgresPart])
        defer { other.close() }
        let passes = try other.session.transaction { connection -> [ResolutionSummary?] in
            // The lock resolution passes take (PostgresGraphDatabase.resolutionLock).
            let held = try connection.rows("SELECT pg_try_advisory_xact_lock($1) AS locked", [.int(0x7661_6E62_616E_0002)])
            #expect(try held.first?.bool("locked") == true)
            return [try resolver.resolvePendingUnlessBusy()]
        }
        #expect(passes == [nil])
        #expect(try resolver.resolvePendingUnlessBusy() != nil)
    }

    @Test func fileClaimedTooOftenIsStoredFailed() throws {
        let database = try PostgresDatabase()
        let folder = try TemporaryFolder()
        let letters = try WorkQueueTests.letters(1, in: folder)
        let archive = try PostgresArchive(url: database.url, parts: [GraphSchema.postgresPart])
        defer { archive.close() }
        let queue = WorkQueue(archive: archive)
        #expect(try queue.enqueue([letters + "/letter-1.txt"]) == 1)
        // Three workers claim it and die (their leases run out at once: 0 seconds would be refused, so expire them).
        for n in 1...3 {
            let batch = try #require(try queue.claim(worker: "dead\(n)", limit: 10, lease: 60))
            #expect(batch.items.map(\.attempts) == [n])
            try archive.session.withConnection { try $0.execute("UPDATE work_queue SET lease_end = now() - interval '1 second'") }
        }
        // A batch taken over is not the dead worker's any more: it cannot finish it.
        let stale = WorkQueue.Batch(id: 0, worker: "dead3", items: [WorkQueue.Item(id: 1, path: letters + "/letter-1.txt", attempts: 3)])
        #expect(try queue.finish(stale, changes: [], results: stale.items.map { ($0, WorkQueue.Ending(failed: false, error: nil)) }) == nil)

        // The fourth claim stores it failed, unread.
        let options = QueueWorker.Options(reading: ImportOptions(extractor: "test"), maxAttempts: 3, exitWhenEmpty: true)
        let summary = try QueueWorker(queue: queue, options: options, id: "w").run()
        #expect(summary.failed == 1)
        let file = try #require(try archive.file(atPath: letters + "/letter-1.txt"))
        #expect(file.error?.code == "crashed")
        #expect(try queue.status().failed == 1)
    }
}
