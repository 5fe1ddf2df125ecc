import Foundation
import GRDB
import Testing
@testable import VanbanStore
import VanbanTestSupport

/// Reading commands on an archive this user cannot write: they read it, write nothing and
/// leave no `-wal`/`-shm` file. The tests run as root, whom permission bits do not stop:
/// `asNobody` runs the commands as `nobody` (setpriv) on a copy mode 444 in a folder mode
/// 555, what a user meets on another's archive; `immutableFile` makes the copy immutable
/// (chattr +i), which stops root too, in a folder that root can still write.
@Suite(.enabled(if: VanbanBinary.path != nil, "no vanban binary next to the tests"))
struct ReadOnlyArchiveTests {
    let letters: TemporaryFolder
    let db: String

    static let readingCommands: [[String]] = [
        ["query", "--format", "csv"], ["export"], ["show", "1"], ["failures", "--format", "jsonl"], ["chain", "1"], ["check"],
    ]

    init() throws {
        letters = try TemporaryFolder()
        for n in 0..<4 { try letters.write("in/letter-\(n).txt", SampleLetter.text(n)) }
        db = letters.file("archive.sqlite")
        _ = try VanbanBinary.run(["ingest", letters.file("in"), "--db", db, "--quiet"])
    }

    /// A copy of the archive in a folder of its own.
    private func copy() throws -> String {
        try FileManager.default.createDirectory(atPath: letters.file("ro"), withIntermediateDirectories: true)
        let copy = letters.file("ro/archive.sqlite")
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        return copy
    }

    private func companions() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: letters.file("ro"))) ?? []).filter { $0 != "archive.sqlite" }
    }

    static let canRunAsNobody = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    @Test(.enabled(if: canRunAsNobody, "needs root and setpriv"), arguments: readingCommands)
    func asNobody(_ command: [String]) throws {
        let archive = try copy()
        chmod(archive, 0o444)
        chmod(letters.file("ro"), 0o555)
        chmod(letters.path, 0o755)
        defer { chmod(letters.file("ro"), 0o755) }
        let quoted = (command + ["--db", archive]).map { "'\($0)'" }.joined(separator: " ")
        let run = try ShellRun.run("exec setpriv --reuid=nobody --regid=nogroup --clear-groups \"$VANBAN\" \(quoted) 2>&1 >/dev/null",
                                   in: "/")
        #expect(run.status == 0, "\(command): \(run.output)")
        #expect(!run.output.contains("readonly database"))
        #expect(companions().isEmpty)
    }

    static let canMakeImmutable: Bool = {
        guard getuid() == 0, let folder = try? TemporaryFolder() else { return false }
        let file = folder.file("probe")
        _ = FileManager.default.createFile(atPath: file, contents: nil)
        defer { _ = try? ShellRun.run("chattr -i probe", in: folder.path) }
        return (try? ShellRun.run("chattr +i probe", in: folder.path).status) == 0
    }()

    @Test(.enabled(if: canMakeImmutable, "needs root and chattr on this file system"), arguments: readingCommands)
    func immutableFile(_ command: [String]) throws {
        let archive = try copy()
        #expect(try ShellRun.run("chattr +i archive.sqlite", in: letters.file("ro")).status == 0)
        defer { _ = try? ShellRun.run("chattr -i archive.sqlite", in: letters.file("ro")) }
        let run = try VanbanBinary.run(command + ["--db", archive])
        #expect(run.status == 0, "\(command): \(run.error)")
        #expect(companions().isEmpty)
    }
}

/// An archive older than this vanban, which reading commands do not migrate: read as it is,
/// and a command that needs a table it lacks says that the archive needs an upgrade.
@Suite(.enabled(if: VanbanBinary.path != nil, "no vanban binary next to the tests"))
struct OutdatedArchiveTests {
    @Test func readAsItIsOrAnUpgradeIsAskedFor() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("old.sqlite")
        let old = try DatabasePool(path: path)
        try ArchiveSchema.migrator().migrate(old, upTo: "v2-full-text-search")
        try old.close()
        let query = try VanbanBinary.run(["query", "--db", path, "--format", "jsonl"])
        #expect(query.status == 1 && query.error.isEmpty, "\(query.error)")
        let check = try VanbanBinary.run(["check", "--db", path])
        #expect(check.status == 1)
        #expect(check.error.contains("the archive needs an upgrade: run vanban ingest"), "\(check.error)")
        // Not migrated.
        let applied = try DatabaseQueue(path: path).read { try ArchiveSchema.migrator().appliedIdentifiers($0) }
        #expect(applied == ["v1-files-and-documents", "v2-full-text-search"])
    }
}
