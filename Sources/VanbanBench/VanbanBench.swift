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
        Prints {"stage":..,"files":..,"bytes":..,"seconds":..,"rounds":..,"mbPerSecond":..}.
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
        for key in ["bytes", "seconds", "rounds", "threads", "mbPerSecond", "msPerFile"] {
            if let value = result[key] { fields.append((key, .number(value))) }
        }
        print(JSONValue.object(fields).serialized())
    }

    private func timeText(_ inputs: [(name: String, data: Data)]) -> [String: Double] {
        let extractor = TextExtractor()
        var bytes = 0
        let started = DispatchTime.now()
        for input in inputs {
            let ext = (input.name as NSString).pathExtension
            if let document = try? extractor.extract(input.data, fileExtension: ext) {
                bytes += document.body.utf8.count
            }
        }
        let seconds = Self.seconds(since: started)
        return ["bytes": Double(bytes), "seconds": seconds, "rounds": 1, "msPerFile": seconds * 1000 / Double(inputs.count)]
    }

    private func timePipeline(_ inputs: [(name: String, data: Data)]) -> [String: Double] {
        let pipeline = DocumentPipeline()
        var bytes = 0
        let started = DispatchTime.now()
        for input in inputs {
            let source = Source(file: (input.name as NSString).lastPathComponent, path: input.name)
            let extraction = pipeline.extract(input.data, source: source)
            bytes += extraction.text?.utf8.count ?? 0
        }
        let seconds = Self.seconds(since: started)
        return ["bytes": Double(bytes), "seconds": seconds, "rounds": 1, "msPerFile": seconds * 1000 / Double(inputs.count)]
    }

    private func timeRules(_ inputs: [(name: String, data: Data)]) throws -> [String: Double] {
        let extractor = TextExtractor()
        let texts = inputs.compactMap { input -> String? in
            let ext = (input.name as NSString).pathExtension
            guard let document = try? extractor.extract(input.data, fileExtension: ext) else { return nil }
            return VietnameseText.normalize(document.body)
        }
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
        return ["bytes": Double(bytesPerRound), "seconds": elapsed, "rounds": total, "threads": Double(threadCount),
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
