import Foundation
import GRDB

/// What the register reads again and again while the archive does not change, kept between
/// requests (`vanban serve`): the number of all documents (the first page's total) and the
/// matches of a search by words (the ids holding the words, ascending, from the full-text
/// indexes). The page itself is still read each time; only the count and the matches are kept.
///
/// Right when the archive changes, in this process or another: every read first asks its
/// SQLite connection for `PRAGMA data_version`, which differs from what that connection showed
/// before when any other connection has committed since; a change seen by any connection (or
/// a connection not seen before) empties the cache. What a read finds is stored under the
/// generation its read began in, and dropped when the cache was emptied meanwhile.
public final class RegisterCache: @unchecked Sendable {
    /// Most ids the cache holds over all its searches (8 bytes each); the oldest search goes first.
    public let capacity: Int
    private let lock = NSLock()
    /// Each connection's `data_version` when it was last seen, by the connection's number.
    private var versions: [Int64: Int64] = [:]
    private var generation = 0
    private var total: Int?
    private var matches: [String: [Int64]] = [:]
    private var order: [String] = []
    private var held = 0
    private var hitCount = 0

    /// How many counts and searches were answered from the cache (for tests and the log).
    public var hits: Int {
        lock.lock()
        defer { lock.unlock() }
        return hitCount
    }

    public init(capacity: Int = 4_000_000) {
        self.capacity = capacity
    }

    /// The generation the read in `db` sees: call it first in the read, before any other statement.
    func generation(_ db: Database) throws -> Int {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT vanban_connection(), data_version FROM pragma_data_version")) else {
            throw ArchiveError(.invalidQuery, "no data_version")
        }
        let connection: Int64 = row[0]
        let version: Int64 = row[1]
        lock.lock()
        defer { lock.unlock() }
        if versions[connection] != version {
            versions[connection] = version
            generation += 1
            total = nil
            matches = [:]
            order = []
            held = 0
        }
        return generation
    }

    func total(at generation: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard generation == self.generation, let total else { return nil }
        hitCount += 1
        return total
    }

    func store(total: Int, at generation: Int) {
        lock.lock()
        defer { lock.unlock() }
        if generation == self.generation { self.total = total }
    }

    func matches(_ key: String, at generation: Int) -> [Int64]? {
        lock.lock()
        defer { lock.unlock() }
        guard generation == self.generation, let ids = matches[key] else { return nil }
        hitCount += 1
        return ids
    }

    func store(matches ids: [Int64], for key: String, at generation: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard generation == self.generation, matches[key] == nil, ids.count <= capacity else { return }
        while held + ids.count > capacity, !order.isEmpty {
            let oldest = order.removeFirst()
            held -= matches.removeValue(forKey: oldest)?.count ?? 0
        }
        matches[key] = ids
        order.append(key)
        held += ids.count
    }
}

/// A number for each connection the archive opens, never given twice in a process
/// (SQL `vanban_connection()`): what `RegisterCache` pairs with the connection's `data_version`.
final class ConnectionNumbers: @unchecked Sendable {
    static let shared = ConnectionNumbers()
    private let lock = NSLock()
    private var last: Int64 = 0

    func next() -> Int64 {
        lock.lock()
        defer { lock.unlock() }
        last += 1
        return last
    }

    /// Adds `vanban_connection()` to a new connection.
    static func add(to db: Database) {
        let number = shared.next()
        db.add(function: DatabaseFunction("vanban_connection", argumentCount: 0, pure: true) { _ in number })
    }
}
