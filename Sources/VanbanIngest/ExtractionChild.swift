import CProcess
import Foundation
import VanbanKit
import VanbanRecord
import VanbanStore
#if canImport(Glibc)
import Glibc
#endif

/// The worker side: what `vanban extract-worker` runs. Reads the settings, then one file
/// after another from standard input, and writes each file's reply to standard output, until
/// its input ends. Standard output carries only messages: anything a library prints there
/// goes to standard error instead.
public enum ExtractionChild {
    /// Serves until the input ends; returns the exit status.
    public static func serve() -> Int32 {
        watchParent()
        var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
        setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &noCore)
        let replies = dup(1)
        dup2(2, 1)
        let input = BlockingReader(fd: 0)
        guard let hello = input.next(), let first = hello.first,
              let greeting = try? JSONDecoder().decode(WorkerGreeting.self, from: first) else {
            FileHandle.standardError.write(Data("vanban extract-worker: no settings on standard input\n".utf8))
            return 2
        }
        let pipeline = DocumentPipeline(limits: greeting.limits, ocr: greeting.ocr)
        let fault = TestFault.fromEnvironment()
        while let parts = input.next() {
            guard parts.count == 2, let request = try? ExtractionRequest(json: parts[0]) else {
                FileHandle.standardError.write(Data("vanban extract-worker: a request that cannot be read\n".utf8))
                return 2
            }
            fault?.strike(request.file)
            let content = DocumentPipeline.FileContent(source: request.source, data: parts[1], error: nil)
            let file = ExtractedFile(pipeline.extract(content), searchText: greeting.searchText)
            guard writeAll(replies, WorkerMessage.encode(ExtractionReply.parts(file))) else { return 1 }
        }
        return 0
    }

    /// Ends this process when the supervisor does (Linux's parent-death signal), also when it
    /// was gone before the signal was asked for.
    private static func watchParent() {
        _ = vanban_set_parent_death_signal(SIGKILL)
        if let expected = ProcessInfo.processInfo.environment[WorkerCommand.parentVariable].flatMap({ pid_t($0) }),
           getppid() != expected {
            exit(1)
        }
    }

    private static func writeAll(_ fd: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return false }
                offset += n
            }
            return true
        }
    }
}

/// Reads whole messages from a blocking descriptor.
private final class BlockingReader {
    let fd: Int32
    private var buffer = Data()

    init(fd: Int32) { self.fd = fd }

    /// The next message; nil at the end of the input or on a corrupt stream.
    func next() -> [Data]? {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let decoded: (parts: [Data], length: Int)?
            do { decoded = try WorkerMessage.decode(buffer) } catch { return nil }
            if let (parts, length) = decoded {
                buffer.removeSubrange(buffer.startIndex..<buffer.startIndex + length)
                return parts
            }
            let n = read(fd, &chunk, chunk.count)
            if n > 0 { buffer.append(chunk, count: n); continue }
            if n < 0, errno == EINTR { continue }
            return nil
        }
    }
}

/// A fault a test asks a worker to suffer on one file (VANBAN_WORKER_FAULT=kind:name, kind
/// one of crash, hang, grow): how the supervisor is tested against workers that die, hang or
/// take all the memory, without a file that really does.
struct TestFault {
    enum Kind: String { case crash, hang, grow }
    let kind: Kind
    let file: String

    static let variable = "VANBAN_WORKER_FAULT"

    static func fromEnvironment() -> TestFault? {
        guard let value = ProcessInfo.processInfo.environment[variable],
              let colon = value.firstIndex(of: ":"), let kind = Kind(rawValue: String(value[..<colon])) else { return nil }
        return TestFault(kind: kind, file: String(value[value.index(after: colon)...]))
    }

    func strike(_ name: String) {
        guard name == file else { return }
        switch kind {
        case .crash:
            abort()
        case .hang:
            while true { pause() }
        case .grow:
            var blocks: [UnsafeMutableRawPointer] = []
            while true {
                guard let block = malloc(64 << 20) else { abort() }
                memset(block, 1, 64 << 20)
                blocks.append(block)
                usleep(20_000)
            }
        }
    }
}
