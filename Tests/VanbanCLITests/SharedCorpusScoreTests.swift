import Foundation
import Testing

/// The shared development corpus and hostile set, scored by the shared scorer, when they are next to
/// the project (`../shared/eval`) and python3 is there; skipped otherwise. A floor under today's figures,
/// so that a rule change that loses accuracy fails here.
@Suite(.enabled(if: SharedEval.available, "../shared/eval or python3 is absent"))
struct SharedCorpusScoreTests {
    @Test func developmentCorpusStaysAboveItsFloor() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: SharedEval.root + "/corpus/dev").sorted()
        let result = try CLIRunner.run(["extract"] + files.map { SharedEval.root + "/corpus/dev/" + $0 })
        let records = try TemporaryFolder()
        let path = try records.write("dev.jsonl", Data(result.stdout.utf8))
        let score = try SharedEval.score(["--gold", SharedEval.root + "/gold/dev", path,
                                          "--min", "header_accuracy=0.97", "--min", "citations.f1=0.95",
                                          "--min", "targets.f1=0.90", "--min", "distribution.f1=0.95"])
        #expect(score.status == 0, "\(score.stdout)")
    }

    @Test func hostileFilesGetTheirExpectedOutcome() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: SharedEval.root + "/bad").sorted()
        let result = try CLIRunner.run(["extract"] + files.map { SharedEval.root + "/bad/" + $0 })
        #expect(result.status == 1)
        let records = try TemporaryFolder()
        let path = try records.write("bad.jsonl", Data(result.stdout.utf8))
        let score = try SharedEval.score(["--expect", SharedEval.root + "/bad.expect.json", path, "--min", "handled_ratio=1"])
        #expect(score.status == 0, "\(score.stdout)")
    }
}

enum SharedEval {
    static let root: String = {
        // This file is <package>/Tests/VanbanCLITests/…; shared/ sits beside the package.
        var dir = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { dir = dir.deletingLastPathComponent() }
        return dir.appendingPathComponent("shared/eval").path
    }()

    /// python3 found on PATH.
    static let python: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/usr/local/bin")
        .split(separator: ":").map { $0 + "/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    static var available: Bool {
        CLIRunner.binary != nil && python != nil && FileManager.default.fileExists(atPath: root + "/score.py")
    }

    static func score(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python!)
        process.arguments = [root + "/score.py"] + arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
