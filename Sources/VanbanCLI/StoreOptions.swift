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

    /// Runs `body` with the archive opened (created when `create`). An archive that cannot be
    /// used is reported on standard error and ends the command with status 1.
    func withArchive<T>(create: Bool = false, _ body: (SQLiteArchive) throws -> T) throws -> T {
        let archive: SQLiteArchive
        do {
            archive = try SQLiteArchive(path: path, create: create, parts: [GraphSchema.part])
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
            Terminal.error("vanban: \(path): \(error)")
            throw ExitCode(1)
        }
    }
}
