import Foundation
import Testing
@testable import VanbanIngest
import VanbanKit
import VanbanRecord
import VanbanStore
import VanbanText
import VanbanTestSupport

/// Worker processes that die, hang or take all the memory on one file: that file fails with
/// its code, every other file is read, and a second import skips the failed one. The faults
/// are a test-only switch of the worker (`VANBAN_WORKER_FAULT`), so no real crashing file is
/// needed; the workers are the `vanban` binary built next to the tests.
@Suite(.serialized, .enabled(if: VanbanBinary.path != nil, "no vanban binary next to the tests (swift build first)"))
struct SupervisorTests {
    /// A worker command that suffers `fault` ("crash:name", "hang:name", "grow:name").
    static func command(fault: String? = nil) -> WorkerCommand {
        WorkerCommand(executable: VanbanBinary.path ?? "vanban", arguments: ["extract-worker"],
                      environment: fault.map { [TestFault.variable: $0] } ?? [:])
    }

    static func settings(fault: String? = nil, budget: Double = 120, memory: Int? = WorkerSettings.defaultMemoryLimit) -> WorkerSettings {
        WorkerSettings(limits: ExtractionLimits(timeBudget: budget), ocr: .off, searchText: true,
                       isolation: .processes(command(fault: fault)), memoryLimit: memory)
    }

    private func importFolder(_ letters: TemporaryFolder, into archive: SQLiteArchive,
                              _ settings: WorkerSettings) throws -> ImportSummary {
        let options = ImportOptions(jobs: 2, batchSize: 4, settings: settings, extractor: "test", excluded: [archive.path])
        return try ArchiveImporter(store: archive, options: options).run([letters.path])
    }

    private func letters(_ count: Int, bad: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for n in 0..<count { try folder.write("letter-\(n).txt", SampleLetter.text(n)) }
        try folder.write(bad, SampleLetter.text(99))
        return folder
    }

    private func stored(_ archive: SQLiteArchive) throws -> [String: StoredFile] {
        var files: [String: StoredFile] = [:]
        try archive.files(status: nil) { files[($0.path as NSString).lastPathComponent] = $0 }
        return files
    }

    @Test func aWorkerThatDiesCostsOneFileAndTheNextImportSkipsIt() throws {
        let letters = try letters(12, bad: "letter-bad.txt")
        let place = try TemporaryFolder()
        let archive = try SQLiteArchive(path: place.file("archive.sqlite"))
        let first = try importFolder(letters, into: archive, Self.settings(fault: "crash:letter-bad.txt"))
        #expect(first.ok == 12 && first.failed == 1)
        let files = try stored(archive)
        #expect(files.count == 13)
        let bad = try #require(files["letter-bad.txt"])
        #expect(bad.status == .failed && bad.error?.code == "crashed")
        #expect(bad.error?.message.contains("SIGABRT") == true)
        #expect(files.values.filter { $0.status == .ok }.count == 12)

        let second = try importFolder(letters, into: archive, Self.settings(fault: "crash:letter-bad.txt"))
        #expect(second.ok == 0 && second.failed == 0 && second.knownFailures == 1 && second.unchanged == 12)
        #expect(try stored(archive).count == 13)
    }

    @Test(.timeLimit(.minutes(1)))
    func aHangingWorkerIsStoppedAtTheBudgetAndTheRunGoesOn() throws {
        let letters = try letters(3, bad: "letter-hang.txt")
        let place = try TemporaryFolder()
        let archive = try SQLiteArchive(path: place.file("archive.sqlite"))
        let summary = try importFolder(letters, into: archive, Self.settings(fault: "hang:letter-hang.txt", budget: 1))
        #expect(summary.ok == 3 && summary.failed == 1)
        let hung = try #require(try stored(archive)["letter-hang.txt"])
        #expect(hung.error?.code == "timeout")
        #expect(hung.error?.message.contains("more than 2 s") == true)
    }

    @Test func extractPrintsEveryRecordWhenOneFileKillsItsWorker() throws {
        let folder = try TemporaryFolder()
        let bad = try folder.write("bad.txt", "A\nChương 1\nB\n")
        let good = try folder.write("good.txt", SampleLetter.text(3))
        let run = try VanbanBinary.run(["extract", "--jobs", "1", bad, good], environment: [TestFault.variable: "crash:bad.txt"])
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("\"code\":\"crashed\"") == true)
        #expect(lines.last?.contains("\"status\":\"ok\"") == true)
    }

    /// The file of the first report (a "Chương" line between two one-word lines): whatever the
    /// rules make of it, it never takes the good letter's record down with it.
    @Test func extractOfTheChapterFileAndAGoodLetterPrintsTwoRecords() throws {
        let folder = try TemporaryFolder()
        let chapter = try folder.write("chuong.txt", "A\nChương 1\nB\n")
        let good = try folder.write("good.txt", SampleLetter.text(4))
        let run = try VanbanBinary.run(["extract", chapter, good])
        #expect(run.status == 0 || run.status == 1)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.last?.contains("\"status\":\"ok\"") == true)
    }

    @Test func ingestArchivesAroundADeadlyFileAndSkipsItNextTime() throws {
        let letters = try letters(5, bad: "letter-bad.txt")
        let place = try TemporaryFolder()
        let db = place.file("archive.sqlite")
        let fault = [TestFault.variable: "crash:letter-bad.txt"]
        let first = try VanbanBinary.run(["ingest", letters.path, "--db", db], environment: fault)
        #expect(first.status == 1)
        #expect(first.output.contains("6 files") && first.output.contains("5 ok, 1 failed"), "\(first.output)")
        let second = try VanbanBinary.run(["ingest", letters.path, "--db", db], environment: fault)
        #expect(second.status == 0)
        #expect(second.output.contains("0 ok, 0 failed, 6 skipped"), "\(second.output)")
        #expect(second.output.contains("1 known failures"))
        let failures = try VanbanBinary.run(["failures", "--db", db])
        #expect(failures.output.contains("letter-bad.txt") && failures.output.contains("crashed"))
    }

    @Test func aWorkerPastTheMemoryLimitFailsItsFileTooLarge() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.txt", SampleLetter.text(1))
        let greedy = try folder.write("greedy.txt", SampleLetter.text(2))
        let pool = OrderedExtraction(settings: Self.settings(fault: "grow:greedy.txt", memory: 256 << 20), jobs: 2)
        var records: [Record] = []
        pool.run([greedy, good]) { _, file in records.append(file.record) }
        #expect(records.map(\.status) == [.failed, .ok])
        #expect(records.first?.error?.code == "too-large")
        #expect(records.map(\.source.file) == ["greedy.txt", "good.txt"])
    }

    @Test func extractGivesEveryRecordInOrderWhenAWorkerDies() throws {
        let folder = try TemporaryFolder()
        var paths: [String] = []
        for n in 0..<9 { paths.append(try folder.write("l\(n).txt", SampleLetter.text(n))) }
        let pool = OrderedExtraction(settings: Self.settings(fault: "crash:l4.txt"), jobs: 2)
        var seen: [(Int, Record)] = []
        pool.run(paths) { i, file in seen.append((i, file.record)) }
        #expect(seen.map(\.0) == Array(0..<9))
        #expect(seen.map(\.1.source.path) == paths)
        #expect(seen.filter { $0.1.status == .failed }.map(\.1.source.file) == ["l4.txt"])
        #expect(seen[4].1.error?.code == "crashed")
    }

    @Test func workersGiveTheSameRecordsAsTheInProcessPipeline() throws {
        let folder = try TemporaryFolder()
        var paths: [String] = []
        for n in 0..<6 { paths.append(try folder.write("l\(n).txt", SampleLetter.text(n))) }
        paths.append(try folder.write("empty.txt", Data()))
        var isolated: [String] = []
        var inProcess: [String] = []
        OrderedExtraction(settings: Self.settings(), jobs: 2).run(paths) { _, file in isolated.append(file.recordJSON) }
        let local = WorkerSettings(limits: ExtractionLimits(), ocr: .off, searchText: true, isolation: .inProcess)
        OrderedExtraction(settings: local, jobs: 2).run(paths) { _, file in inProcess.append(file.recordJSON) }
        #expect(isolated == inProcess)
        #expect(isolated.count == 7)
    }

    @Test func aFileThatTwoRunsDiedOnIsStoredCrashedUnread() throws {
        let letters = try letters(2, bad: "letter-deadly.txt")
        let place = try TemporaryFolder()
        let archive = try SQLiteArchive(path: place.file("archive.sqlite"))
        let deadly = DocumentPipeline().read(path: letters.file("letter-deadly.txt"))
        let sha256 = try #require(deadly.source.sha256)
        // Two runs were killed while this file was being read.
        #expect(try archive.beginAttempt(sha256: sha256, path: deadly.source.path) == 0)
        #expect(try archive.beginAttempt(sha256: sha256, path: deadly.source.path) == 1)
        let summary = try importFolder(letters, into: archive, Self.settings())
        #expect(summary.ok == 2 && summary.failed == 1)
        let file = try #require(try stored(archive)["letter-deadly.txt"])
        #expect(file.error?.code == "crashed")
        #expect(file.error?.message.contains("2 earlier runs") == true)
        // Storing the record cleared the count: --retry-failed reads it again, and it is fine.
        let options = ImportOptions(jobs: 2, retryFailed: true, settings: Self.settings(), extractor: "test",
                                    excluded: [archive.path])
        let retried = try ArchiveImporter(store: archive, options: options).run([letters.path])
        #expect(retried.ok == 1)
        #expect(try stored(archive)["letter-deadly.txt"]?.status == .ok)
    }
}

/// The messages between supervisor and workers.
@Suite struct WorkerMessageTests {
    @Test func messagesRoundTripWhateverTheirParts() throws {
        for parts in [[], [Data()], [Data("Số: 12/UBND".utf8), Data([0, 1, 2, 255])], Array(repeating: Data([7]), count: 64)] {
            let encoded = WorkerMessage.encode(parts)
            let decoded = try #require(try WorkerMessage.decode(encoded))
            #expect(decoded.parts == parts && decoded.length == encoded.count)
            // Any strict prefix is an incomplete message, never a wrong one.
            for cut in [0, 1, 3, 4, encoded.count - 1] where cut < encoded.count && cut >= 0 {
                #expect(try WorkerMessage.decode(encoded.prefix(cut)) == nil)
            }
        }
    }

    @Test func corruptHeadersAreRefused() {
        var tooMany = Data()
        withUnsafeBytes(of: UInt32(1000).littleEndian) { tooMany.append(contentsOf: $0) }
        #expect(throws: WorkerError.self) { try WorkerMessage.decode(tooMany) }
        var huge = Data()
        withUnsafeBytes(of: UInt32(1).littleEndian) { huge.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt64.max.littleEndian) { huge.append(contentsOf: $0) }
        #expect(throws: WorkerError.self) { try WorkerMessage.decode(huge) }
    }

    @Test func optionalStringsKeepNilApartFromEmpty() {
        #expect(WorkerMessage.optionalString(WorkerMessage.optional(nil)) == nil)
        #expect(WorkerMessage.optionalString(WorkerMessage.optional("")) == "")
        #expect(WorkerMessage.optionalString(WorkerMessage.optional("Nơi nhận")) == "Nơi nhận")
    }

    @Test func waitStatusesInWords() {
        #expect(ChildProcess.describe(Int32(SIGSEGV)) == "was killed by SIGSEGV (11)")
        #expect(ChildProcess.describe(3 << 8) == "exited with status 3")
    }
}
