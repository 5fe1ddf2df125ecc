import ArgumentParser
import Foundation
import VanbanGraph
import VanbanPostgres
import VanbanStore

/// `--db`: which archive a command uses: a SQLite file, or a PostgreSQL database given as
/// `postgres://user@host/database`.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("""
        The archive: a SQLite file, or postgres://user@host[:port]/database (default: $VANBAN_DB, \
        else vanban.sqlite in the working folder).
        """, valueName: "path-or-url"))
    var db: String?

    /// The archive's path or URL: `--db`, else `$VANBAN_DB`, else `vanban.sqlite`.
    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["VANBAN_DB"], !env.isEmpty { return env }
        return "vanban.sqlite"
    }

    /// Whether the archive is a PostgreSQL database.
    var isPostgres: Bool { PostgresLocation.isURL(path) }

    /// The archive as messages name it (a URL without its password).
    var name: String {
        guard isPostgres, let location = try? PostgresLocation(url: path) else { return path }
        return location.description
    }

    /// How a command uses the archive.
    enum Access {
        /// Read only: never migrated, opened read-only when it cannot be written
        /// (`SQLiteArchive.init(readingAt:parts:)`).
        case read
        /// Written, and migrated first.
        case write
        /// Written, created when missing.
        case create
    }

    /// Runs `body` with the citation graph of the archive, SQLite or PostgreSQL, opened for
    /// `access` (the commands `chain`, `check`, `resolve`).
    func withGraph<T>(_ access: Access = .read, _ body: (any GraphDatabase) throws -> T) throws -> T {
        if isPostgres {
            return try withPostgres(migrate: access != .read) { try body(PostgresGraphDatabase($0)) }
        }
        return try withArchive(access) { try body(SQLiteGraphDatabase($0)) }
    }

    /// Runs `body` with the SQLite archive opened for `access`. An archive that cannot be used
    /// is reported on standard error and ends the command with status 1.
    func withArchive<T>(_ access: Access = .read, _ body: (SQLiteArchive) throws -> T) throws -> T {
        precondition(!isPostgres, "withArchive is for SQLite archives")
        let archive: SQLiteArchive
        do {
            switch access {
            case .read: archive = try SQLiteArchive(readingAt: path, parts: [GraphSchema.part])
            case .write, .create: archive = try SQLiteArchive(path: path, create: access == .create, parts: [GraphSchema.part])
            }
        } catch {
            Terminal.error("vanban: \(path): \(error)")
            throw ExitCode(1)
        }
        return try run(body, archive, upgrade: archive.upgradeNeeded(by:))
    }

    /// Runs `body` with the archive, SQLite or PostgreSQL, opened for `access`.
    func withStore<T>(_ access: Access = .read, _ body: (any ArchiveStore) throws -> T) throws -> T {
        guard isPostgres else { return try withArchive(access) { try body($0) } }
        return try withPostgres(migrate: access != .read) { try body($0) }
    }

    /// Runs `body` with the PostgreSQL archive (the work queue's commands), with the citation
    /// graph's tables; migrated first unless `migrate` is false.
    func withPostgres<T>(migrate: Bool = true, _ body: (PostgresArchive) throws -> T) throws -> T {
        guard isPostgres else {
            Terminal.error("vanban: \(path): the work queue lives in a PostgreSQL archive: give --db postgres://…")
            throw ExitCode(1)
        }
        let archive: PostgresArchive
        do {
            archive = try PostgresArchive(url: path, migrate: migrate, parts: [GraphSchema.postgresPart])
        } catch {
            Terminal.error("vanban: \(name): \(error)")
            throw ExitCode(1)
        }
        defer { archive.close() }
        return try run(body, archive, upgrade: archive.upgradeNeeded(by:))
    }

    /// Runs `body`, turning the archive's errors into a message and status 1 (a query that
    /// cannot be asked is a usage error).
    private func run<A, T>(_ body: (A) throws -> T, _ archive: A, upgrade: (any Error) -> ArchiveError?) throws -> T {
        do {
            return try body(archive)
        } catch let error as ArchiveError where error.code == .invalidQuery {
            throw ValidationError(error.message)
        } catch let error as ArchiveError {
            Terminal.error("vanban: \(name): \(error.message)")
            throw ExitCode(1)
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            if let upgrade = upgrade(error) {
                Terminal.error("vanban: \(name): \(upgrade.message)")
                throw ExitCode(1)
            }
            Terminal.error("vanban: \(name): \(error)")
            throw ExitCode(1)
        }
    }
}
