import ArgumentParser
import Foundation
import VanbanKit
import VanbanRecord
import VanbanRules
import VanbanText

/// `vanban-bench`: times one stage of the pipeline inside one process, without process start-up,
/// and prints one JSON object. `scripts/bench.sh` calls it beside the reference tools.
@main
struct VanbanBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban-bench",
        abstract: "Time one stage of vanban in-process (text extraction, rules, or the whole pipeline).",
        discussion: """
        text: read every file to text, once each, one thread. \
        rules: read the files to text first, then run only the Vietnamese rules over those texts \
        for at least --seconds, on --threads threads (MB/s counts the UTF-8 bytes of the text). \
        pipeline: the whole extraction (text, rules, record) of every file, one thread. \
        Prints {"stage":..,"files":..,"failed":..,"bytes":..,"seconds":..,"rounds":..,"mbPerSecond":..}; \
        a file that cannot be read counts as failed, and its time is still in the total.
        """)

    enum Stage: String, ExpressibleByArgument, CaseIterable {
        case text, rules, pipeline
    }

    @Argument(help: "The stage to time: text, rules or pipeline.")
    var stage: Stage

    @Argument(help: "The files to read.")
    var files: [String]

    @Option(help: "Least time to spend timing the rules, in seconds.")
    var seconds: Double = 3

    @Option(help: "Threads for the rules stage (each runs over all the texts).")
    var threads: Int = 1

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("no files given") }
        guard threads >= 1, threads <= 64 else { throw ValidationError("--threads must be between 1 and 64") }
    }

    func run() throws {
        let inputs = try files.map { path -> (name: String, data: Data) in
            (path, try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        let result: [String: Double]
        switch stage {
        case .text: result = timeText(inputs)
        case .pipeline: result = timePipeline(inputs)
        case .rules: result = try timeRules(inputs)
        }
        var fields: [(String, JSONValue)] = [("stage", .string(stage.rawValue)), ("files", .number(Double(files.count)))]
        for key in ["failed", "bytes", "seconds", "rounds", "threads", "mbPerSecond", "msPerFile"] {
            if let value = result[key] { fields.append((key, .number(value))) }
        }
        print(JSONValue.object(fields).serialized())
    }

    /// The text of one file as the extractor gives it, nil when it cannot be read.
    private static func text(of input: (name: String, data: Data)) -> String? {
        try? TextExtractor().extract(input.data, fileExtension: (input.name as NSString).pathExtension).body
    }

    private func timeText(_ inputs: [(name: String, data: Data)]) -> [String: Double] {
        var bytes = 0, failed = 0
        let started = DispatchTime.now()
        for input in inputs {
            if let text = Self.text(of: input) { bytes += text.utf8.count } else { failed += 1 }
        }
        let seconds = Self.seconds(since: started)
        return ["failed": Double(failed), "bytes": Double(bytes), "seconds": seconds, "rounds": 1,
                "msPerFile": seconds * 1000 / Double(inputs.count)]
    }

    private func timePipeline(_ inputs: [(name: String, data: Data)]) -> [String: Double] {
        let pipeline = DocumentPipeline()
        var bytes = 0, failed = 0
        let started = DispatchTime.now()
        for input in inputs {
            let source = Source(file: (input.name as NSString).lastPathComponent, path: input.name)
            if let text = pipeline.extract(input.data, source: source).text { bytes += text.utf8.count } else { failed += 1 }
        }
        let seconds = Self.seconds(since: started)
        return ["failed": Double(failed), "bytes": Double(bytes), "seconds": seconds, "rounds": 1,
                "msPerFile": seconds * 1000 / Double(inputs.count)]
    }

    private func timeRules(_ inputs: [(name: String, data: Data)]) throws -> [String: Double] {
        let texts = inputs.compactMap { Self.text(of: $0).map(VietnameseText.normalize) }
        guard !texts.isEmpty else { throw ValidationError("no file could be read to text") }
        let bytesPerRound = texts.reduce(0) { $0 + $1.utf8.count }
        let threadCount = threads
        let budget = seconds
        let rounds = Counter()
        let started = DispatchTime.now()
        DispatchQueue.concurrentPerform(iterations: threadCount) { _ in
            let analyzer = DocumentAnalyzer()
            var count = 0
            repeat {
                for text in texts {
                    var record = Record(source: Source(file: "", path: ""))
                    analyzer.analyze(text, into: &record)
                }
                count += 1
            } while Self.seconds(since: started) < budget
            rounds.add(count)
        }
        let elapsed = Self.seconds(since: started)
        let total = Double(rounds.value)
        let megabytes = Double(bytesPerRound) * total / 1_000_000
        return ["failed": Double(inputs.count - texts.count), "bytes": Double(bytesPerRound), "seconds": elapsed, "rounds": total, "threads": Double(threadCount),
                "mbPerSecond": megabytes / elapsed]
    }

    private static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var total = 0
        func add(_ n: Int) { lock.lock(); total += n; lock.unlock() }
        var value: Int { lock.lock(); defer { lock.unlock() }; return total }
    }
}
