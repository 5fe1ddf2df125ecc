import ArgumentParser
import Foundation
import VanbanGraph
import VanbanStore

/// `--db`: which archive a command uses.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The archive file (default: $VANBAN_DB, else vanban.sqlite in the working folder).",
                                            valueName: "path"))
    var db: String?

    /// The archive's path: `--db`, else `$VANBAN_DB`, else `vanban.sqlite`.
    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["VANBAN_DB"], !env.isEmpty { return env }
        return "vanban.sqlite"
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

    /// Runs `body` with the archive opened for `access`. An archive that cannot be used is
    /// reported on standard error and ends the command with status 1.
    func withArchive<T>(_ access: Access = .read, _ body: (SQLiteArchive) throws -> T) throws -> T {
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
        do {
            return try body(archive)
        } catch let error as ArchiveError where error.code == .invalidQuery {
            throw ValidationError(error.message)
        } catch let error as ArchiveError {
            Terminal.error("vanban: \(path): \(error.message)")
            throw ExitCode(1)
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            if let upgrade = archive.upgradeNeeded(by: error) {
                Terminal.error("vanban: \(path): \(upgrade.message)")
                throw ExitCode(1)
            }
            Terminal.error("vanban: \(path): \(error)")
            throw ExitCode(1)
        }
    }
}
