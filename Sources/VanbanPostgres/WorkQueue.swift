import Foundation
import VanbanRecord
import VanbanStore

/// The files to read, kept in the archive for any number of workers on any number of
/// machines (`vanban ingest --enqueue`, `vanban worker`). A worker claims a batch of waiting
/// files with `SELECT … FOR UPDATE SKIP LOCKED` (two workers never claim the same row), holds
/// it under a lease (its id and the lease's end, renewed as it reads), and writes the batch's
/// records and its completion in one transaction. A batch whose lease ran out (its worker died)
/// is claimed again by another worker; each claim counts an attempt.
public final class WorkQueue: Sendable {
    public let archive: PostgresArchive

    public init(archive: PostgresArchive) {
        self.archive = archive
    }

    /// A file in the queue as a worker claimed it.
    public struct Item: Sendable, Equatable {
        public let id: Int64
        public let path: String
        /// Claims of this file so far, this one included.
        public let attempts: Int

        public init(id: Int64, path: String, attempts: Int) {
            self.id = id
            self.path = path
            self.attempts = attempts
        }
    }

    /// Files one worker claimed at once, under one lease.
    public struct Batch: Sendable {
        public let id: Int64
        public let worker: String
        public let items: [Item]

        public init(id: Int64, worker: String, items: [Item]) {
            self.id = id
            self.worker = worker
            self.items = items
        }
    }

    /// How a file of a batch ended: its record stored (or already archived, unchanged),
    /// `failed` when the record is a failure, with its error.
    public struct Ending: Sendable, Equatable {
        public var failed: Bool
        public var error: String?

        public init(failed: Bool, error: String?) {
            self.failed = failed
            self.error = error
        }
    }

    /// Queues `paths` (`StoredPath`s, as every worker will see them). A path already waiting
    /// or being read is left as it is; one done or failed is queued again (a worker skips it
    /// when the archive holds it unchanged). Returns how many were queued.
    @discardableResult
    public func enqueue(_ paths: [String]) throws -> Int {
        guard !paths.isEmpty else { return 0 }
        return try archive.session.withConnection { connection in
            let rows = try connection.rows("""
                INSERT INTO work_queue (path) SELECT DISTINCT p FROM unnest($1::text[]) AS p
                ON CONFLICT (path) DO UPDATE SET state = 'queued', attempts = 0, worker = NULL, batch_id = NULL,
                    lease_end = NULL, last_error = NULL, queued_at = now(), finished_at = NULL
                    WHERE work_queue.state IN ('done', 'failed')
                RETURNING id
                """, [.texts(paths)])
            return rows.count
        }
    }

    /// Claims up to `limit` files for `worker` for `lease` seconds: waiting files first, then
    /// files whose lease ran out. Nil when there is none.
    public func claim(worker: String, limit: Int, lease: Double) throws -> Batch? {
        try archive.session.transaction { connection in
            let batchID = try connection.rows("SELECT nextval('work_batches') AS id")[0].int64("id")
            let rows = try connection.rows("""
                WITH picked AS (
                    SELECT id FROM work_queue
                    WHERE state = 'queued' OR (state = 'running' AND lease_end < now())
                    ORDER BY id
                    LIMIT $1
                    FOR UPDATE SKIP LOCKED)
                UPDATE work_queue q
                SET state = 'running', worker = $2, batch_id = $3, attempts = q.attempts + 1,
                    lease_end = now() + make_interval(secs => $4)
                FROM picked WHERE q.id = picked.id
                RETURNING q.id, q.path, q.attempts
                """, [.integer(limit), .text(worker), .int(batchID), .real(lease)])
            guard !rows.isEmpty else { return nil }
            let items = try rows.map { Item(id: try $0.int64("id"), path: try $0.string("path"),
                                            attempts: Int(try $0.int64("attempts"))) }
            return Batch(id: batchID, worker: worker, items: items.sorted { $0.id < $1.id })
        }
    }

    /// Extends the batch's lease to `lease` seconds from now; false when the worker lost it
    /// (it ran out and another worker claimed the files).
    public func renew(_ batch: Batch, lease: Double) throws -> Bool {
        try archive.session.withConnection { connection in
            let rows = try connection.rows("""
                UPDATE work_queue SET lease_end = now() + make_interval(secs => $1)
                WHERE batch_id = $2 AND worker = $3 AND state = 'running'
                RETURNING id
                """, [.real(lease), .int(batch.id), .text(batch.worker)])
            return !rows.isEmpty
        }
    }

    /// Writes `changes` to the archive and marks `results` done or failed, in one
    /// transaction, when the worker still holds every one of those files; otherwise writes
    /// nothing and returns nil (another worker took the batch over: it will write them).
    public func finish(_ batch: Batch, changes: [ArchiveChange], results: [(Item, Ending)]) throws -> [ArchiveChange.Outcome]? {
        let ids = results.map(\.0.id)
        let owned = Set(ids)
        var attempt = 0
        while true {
            do {
                return try archive.session.transaction { connection -> [ArchiveChange.Outcome]? in
                    let held = try connection.rows("""
                        SELECT id FROM work_queue WHERE id = ANY($1) AND batch_id = $2 AND worker = $3 AND state = 'running'
                        FOR UPDATE
                        """, [.ints(ids), .int(batch.id), .text(batch.worker)])
                    guard Set(try held.map { try $0.int64("id") }) == owned else { return nil }
                    let outcomes = try archive.commit(changes, connection)
                    for (item, ending) in results {
                        try connection.execute("""
                            UPDATE work_queue SET state = $1, last_error = $2, lease_end = NULL, finished_at = now()
                            WHERE id = $3
                            """, [.text(ending.failed ? "failed" : "done"), .text(ending.error), .int(item.id)])
                    }
                    return outcomes
                }
            } catch let error as PostgresFailure where PostgresArchive.mayRetry(error) && attempt < 3 {
                attempt += 1
            }
        }
    }

    /// Gives files of the batch back to the queue unread (a worker told to stop), without
    /// counting the attempt.
    public func release(_ batch: Batch, _ items: [Item]) throws {
        guard !items.isEmpty else { return }
        try archive.session.withConnection { connection in
            try connection.execute("""
                UPDATE work_queue SET state = 'queued', worker = NULL, batch_id = NULL, lease_end = NULL,
                    attempts = greatest(attempts - 1, 0)
                WHERE id = ANY($1) AND batch_id = $2 AND worker = $3 AND state = 'running'
                """, [.ints(items.map(\.id)), .int(batch.id), .text(batch.worker)])
        }
    }

    /// Seconds until the first lease of a file being read runs out (0 when one has), or nil
    /// when no file is waiting or being read: the queue is drained.
    public func nextLeaseEnd() throws -> Double? {
        try archive.session.withConnection { connection in
            let row = try connection.rows("""
                SELECT EXISTS (SELECT 1 FROM work_queue WHERE state = 'queued') AS waiting,
                       EXTRACT(EPOCH FROM (SELECT min(lease_end) FROM work_queue WHERE state = 'running') - now())::float8 AS until
                """)[0]
            if try row.bool("waiting") { return 0 }
            return try row.optionalDouble("until").map { max($0, 0) }
        }
    }

    /// What the queue holds now.
    public func status() throws -> QueueStatus {
        try archive.session.withConnection { connection in
            var status = QueueStatus()
            for row in try connection.rows("SELECT state, count(*)::bigint AS n FROM work_queue GROUP BY state") {
                let n = Int(try row.int64("n"))
                switch try row.string("state") {
                case "queued": status.queued = n
                case "running": status.running = n
                case "done": status.done = n
                default: status.failed = n
                }
            }
            let row = try connection.rows("""
                SELECT (SELECT count(*) FROM work_queue WHERE finished_at > now() - interval '60 seconds')::bigint AS recent,
                       (SELECT count(DISTINCT worker) FROM work_queue WHERE state = 'running' AND lease_end >= now())::bigint AS workers,
                       (SELECT count(*) FROM work_queue WHERE state = 'running' AND lease_end < now())::bigint AS expired,
                       EXTRACT(EPOCH FROM (SELECT max(finished_at) - min(queued_at) FROM work_queue
                                           WHERE finished_at IS NOT NULL))::float8 AS span
                """)[0]
            status.lastMinute = Int(try row.int64("recent"))
            status.workers = Int(try row.int64("workers"))
            status.expired = Int(try row.int64("expired"))
            if let span = try row.optionalDouble("span"), span > 0 { status.rate = Double(status.done + status.failed) / span }
            return status
        }
    }
}

/// Counts of the work queue (`vanban status`).
public struct QueueStatus: Sendable, Equatable {
    public var queued = 0
    public var running = 0
    public var done = 0
    public var failed = 0
    /// Files finished in the last 60 seconds.
    public var lastMinute = 0
    /// Workers holding a lease now.
    public var workers = 0
    /// Files being read whose lease ran out (their worker died; another will take them).
    public var expired = 0
    /// Files finished a second, from the first file queued to the last finished.
    public var rate: Double?

    public init() {}

    public var total: Int { queued + running + done + failed }
}
