import Foundation
import Testing
import VanbanTestSupport

/// `vanban` with `--db postgres://…`: the same folder imported into SQLite and into
/// PostgreSQL gives the same export, byte for byte, and the same answers.
@Suite(.enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.missing)))
struct CommandLineParityTests {
    @Test func sameFolderSameExportAndAnswers() throws {
        try #require(VanbanBinary.path != nil, "the vanban binary is built with the tests")
        let database = try PostgresDatabase()
        let folder = try TemporaryFolder()
        let letters = folder.file("letters")
        try FileManager.default.createDirectory(atPath: letters, withIntermediateDirectories: true)
        for n in 1...24 {
            try SampleLetter.text(n).write(toFile: letters + "/letter-\(n).txt", atomically: true, encoding: .utf8)
        }
        FileManager.default.createFile(atPath: letters + "/empty.txt", contents: Data())
        let sqlite = folder.file("vanban.sqlite")

        for db in [sqlite, database.url] {
            // One reader: both archives store the files in the same order (the same ids).
            let ingest = try VanbanBinary.run(["ingest", "--db", db, "--quiet", "--jobs", "1", letters])
            #expect(ingest.status == 1, "one file fails: \(ingest.error)")
        }
        func both(_ arguments: [String]) throws -> (String, String, Int32) {
            let a = try VanbanBinary.run(arguments + ["--db", sqlite])
            let b = try VanbanBinary.run(arguments + ["--db", database.url])
            #expect(a.status == b.status, "\(arguments): \(a.error) | \(b.error)")
            return (a.output, b.output, a.status)
        }
        let export = try both(["export"])
        #expect(export.0.split(separator: "\n").count == 25)
        #expect(export.0 == export.1)
        for arguments in [["query", "--text", "thi dua", "--format", "jsonl"], ["query", "--text", "thi đua", "--format", "csv"],
                          ["query", "--text", "phong chong thien tai", "--format", "jsonl"],
                          ["query", "--type", "cong-van", "--format", "csv"], ["query", "--issuer", "muong la", "--format", "csv"],
                          ["query", "--cites", "105/KH-UBND", "--format", "jsonl"],
                          ["failures", "--format", "jsonl"], ["export", "--format", "csv"], ["export", "--format", "register"],
                          ["show", "5/UBND-VP", "--format", "json"]] {
            let (a, b, _) = try both(arguments)
            #expect(!a.isEmpty, "\(arguments)")
            // The same records; ids (the first CSV column) and the order among undated
            // documents (by id) depend on which file each import wrote first.
            #expect(CommandLineParityTests.withoutIDs(a, csv: arguments.contains("csv"))
                    == CommandLineParityTests.withoutIDs(b, csv: arguments.contains("csv")), "\(arguments)")
        }
        let text = try both(["query", "--text", "thi dua", "--format", "jsonl"])
        #expect(text.0.split(separator: "\n").count == 6)

        // A second import reads nothing: every file is known, unchanged.
        let again = try VanbanBinary.run(["ingest", "--db", database.url, letters])
        #expect(again.output.contains("25 unchanged") || again.output.contains("24 unchanged"), "\(again.output)")

        // The citation graph: the same findings and chains, also after everything is resolved again.
        for arguments in [["check", "--format", "json"], ["check"], ["chain", "5/UBND-VP", "--format", "json"],
                          ["chain", "105/KH-UBND"], ["chain", "7/UBND-VP", "--format", "mermaid"],
                          ["resolve", "--all"], ["check", "--format", "json"]] {
            let (a, b, status) = try both(arguments)
            #expect(status == 0, "\(arguments)")
            #expect(!a.isEmpty, "\(arguments)")
            let timeless = { (text: String) in text.replacingOccurrences(of: #"in [0-9.]+ s"#, with: "in … s", options: .regularExpression) }
            #expect(timeless(a) == timeless(b), "\(arguments)")
        }
        let check = try VanbanBinary.run(["check", "--format", "json", "--db", database.url])
        #expect(check.output.contains("\"unresolved\""))
    }

    /// The lines of `output`, sorted, without their first CSV field when `csv`.
    static func withoutIDs(_ output: String, csv: Bool) -> [String] {
        output.split(whereSeparator: \.isNewline).map { line in
            guard csv, let comma = line.firstIndex(of: ",") else { return String(line) }
            return String(line[line.index(after: comma)...])
        }.sorted()
    }

    @Test func vanbanDBSelectsPostgres() throws {
        try #require(VanbanBinary.path != nil, "the vanban binary is built with the tests")
        let database = try PostgresDatabase()
        let folder = try TemporaryFolder()
        try SampleLetter.text(3).write(toFile: folder.file("a.txt"), atomically: true, encoding: .utf8)
        let ingest = try VanbanBinary.run(["ingest", "--quiet", folder.file("a.txt")], environment: ["VANBAN_DB": database.url])
        #expect(ingest.status == 0, "\(ingest.error)")
        let query = try VanbanBinary.run(["query", "--format", "csv"], environment: ["VANBAN_DB": database.url])
        #expect(query.status == 0)
        #expect(query.output.contains("3/UBND-VP"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("vanban.sqlite")))
    }

    @Test func unreachableServerIsAClearError() throws {
        try #require(VanbanBinary.path != nil, "the vanban binary is built with the tests")
        // Port 1 on this machine: nothing listens there.
        let result = try VanbanBinary.run(["query", "--db", "postgres://nobody@127.0.0.1:1/none"])
        #expect(result.status == 1)
        #expect(result.error.contains("cannot connect to postgres://nobody@127.0.0.1:1/none"), "\(result.error)")
    }
}
