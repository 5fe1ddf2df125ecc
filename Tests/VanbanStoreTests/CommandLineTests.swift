import Foundation
import Testing
import VanbanTestSupport

/// The archive commands as people run them: outputs and exit statuses (0 ok, 1 no match or
/// failures, 64 usage). Skipped when no `vanban` binary was built next to the tests.
@Suite(.enabled(if: VanbanBinary.path != nil, "no vanban binary next to the tests"))
struct CommandLineTests {
    let letters: TemporaryFolder
    let db: String

    init() throws {
        letters = try TemporaryFolder()
        for n in 0..<4 { try letters.write("letter-\(n).txt", SampleLetter.text(n)) }
        try letters.write("bad/empty.txt", Data())
        db = letters.file(".archive.sqlite")
        _ = try VanbanBinary.run(["ingest", letters.path, "--db", db, "--quiet"])
    }

    @Test func ingestSummarisesAndSecondRunSkips() throws {
        let again = try VanbanBinary.run(["ingest", letters.path, "--db", db])
        #expect(again.status == 0)
        #expect(again.output.contains("5 files in"))
        #expect(again.output.contains("0 ok, 0 failed, 5 skipped"))
    }

    @Test func queryText() throws {
        let found = try VanbanBinary.run(["query", "--db", db, "--text", "thi dua khen thuong", "--format", "jsonl"])
        #expect(found.status == 0)
        #expect(found.output.split(separator: "\n").count == 1)
        #expect(found.output.contains("\"file\":\"letter-0.txt\""))
        let none = try VanbanBinary.run(["query", "--db", db, "--text", "không có chữ này"])
        #expect(none.status == 1)
        #expect(none.output.isEmpty)
    }

    @Test func queryFormats() throws {
        let csv = try VanbanBinary.run(["query", "--db", db, "--format", "csv"])
        #expect(csv.output.hasPrefix("id,path,status,"))
        #expect(csv.output.split(separator: "\r\n").count == 5)
        let table = try VanbanBinary.run(["query", "--db", db, "--format", "table", "--limit", "2"])
        #expect(table.output.split(separator: "\n").count == 4)
    }

    @Test(arguments: [["--from", "yesterday"], ["--limit", "0"], ["--format", "xml"], ["--text", ",,"]])
    func usageErrors(_ arguments: [String]) throws {
        #expect(try VanbanBinary.run(["query", "--db", db] + arguments).status == 64)
    }

    @Test func missingArchive() throws {
        #expect(try VanbanBinary.run(["query", "--db", letters.file("none.sqlite")]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: letters.file("none.sqlite")))
    }

    @Test func showAndExport() throws {
        let csv = try VanbanBinary.run(["query", "--db", db, "--format", "csv", "--limit", "1"])
        let id = try #require(csv.output.split(separator: "\r\n").last?.split(separator: ",").first.map(String.init))
        let shown = try VanbanBinary.run(["show", id, "--db", db])
        #expect(shown.status == 0)
        #expect(shown.output.hasPrefix("#\(id) "))
        let json = try VanbanBinary.run(["show", id, "--db", db, "--format", "json"])
        #expect(json.output.contains("\"status\": \"ok\""))
        #expect(try VanbanBinary.run(["show", "999", "--db", db]).status == 1)
        let export = try VanbanBinary.run(["export", "--db", db])
        #expect(export.status == 0)
        #expect(export.output.split(separator: "\n").count == 5)
    }

    @Test func failures() throws {
        let listed = try VanbanBinary.run(["failures", "--db", db, "--format", "table"])
        #expect(listed.status == 1)
        #expect(listed.output.contains("empty.txt"))
        #expect(listed.output.contains("empty"))
    }

    @Test func environmentChoosesTheArchive() throws {
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: VanbanBinary.path!)
        process.arguments = ["export", "--format", "csv"]
        process.environment = ["VANBAN_DB": db]
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.split(separator: "\r\n").count == 6)
    }
}
