import CProcess
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One worker process: started with `posix_spawn`, spoken to over its standard input and
/// output, watched for its deadline and its memory, killed and reaped.
final class ChildProcess {
    let pid: pid_t
    /// Our end of the child's standard input.
    private var input: Int32
    /// Our end of the child's standard output.
    private var output: Int32
    private var buffer = Data()
    private var reaped: Int32?

    /// What waiting for a message gave.
    enum Received {
        case message([Data])
        /// The child closed its output: it ended or died.
        case ended
        /// The deadline passed.
        case timedOut
        /// The child's resident memory passed the limit (bytes seen).
        case overMemory(Int)
        case failed(String)
    }

    private init(pid: pid_t, input: Int32, output: Int32) {
        self.pid = pid
        self.input = input
        self.output = output
    }

    deinit {
        kill()
        _ = reap()
    }

    /// Starts `command`, its standard input and output on pipes, standard error shared.
    static func spawn(_ command: WorkerCommand) throws -> ChildProcess {
        let (toChild, fromChild) = try pipes()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)

        // The child gets SIGPIPE back (ignored signals are inherited) and no blocked signals.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var environment = ProcessInfo.processInfo.environment
        environment[WorkerCommand.parentVariable] = String(getpid())
        // A crash is reported by the supervisor in the file's record; the runtime's backtrace
        // (most of a second, a page of text) only when asked for.
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        for (key, value) in command.environment { environment[key] = value }
        let argv = [command.executable] + command.arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let status = withCStrings(argv) { cArgv in
            withCStrings(envp) { cEnv in posix_spawn(&pid, command.executable, &actions, &attributes, cArgv, cEnv) }
        }
        return try started(pid: status == 0 ? pid : -1, toChild, fromChild,
                           or: "cannot start \(command.executable): \(String(cString: strerror(status)))")
    }

    /// Two pipes: to the child (its end first) and from it (our end first), closed on exec.
    private static func pipes() throws -> (toChild: [Int32], fromChild: [Int32]) {
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        guard vanban_pipe_cloexec(&toChild) == 0 else { throw WorkerError.io("cannot make a pipe: \(errnoText())") }
        guard vanban_pipe_cloexec(&fromChild) == 0 else {
            close(toChild[0]); close(toChild[1])
            throw WorkerError.io("cannot make a pipe: \(errnoText())")
        }
        return (toChild, fromChild)
    }

    /// The parent's side once the child is started (`pid` > 0): the child's pipe ends closed here,
    /// ours made non-blocking. With no child, every end is closed and `failure` thrown.
    private static func started(pid: pid_t, _ toChild: [Int32], _ fromChild: [Int32], or failure: @autoclosure () -> String) throws
        -> ChildProcess {
        close(toChild[0])
        close(fromChild[1])
        guard pid > 0 else {
            close(toChild[1]); close(fromChild[0])
            throw WorkerError.io(failure())
        }
        _ = fcntl(toChild[1], F_SETFL, fcntl(toChild[1], F_GETFL) | O_NONBLOCK)
        _ = fcntl(fromChild[0], F_SETFL, fcntl(fromChild[0], F_GETFL) | O_NONBLOCK)
        return ChildProcess(pid: pid, input: toChild[1], output: fromChild[0])
    }

    /// Forks this process into a worker that runs `serve` and exits with its status, without
    /// starting the program again (a start-up saved: most of a small file's cost). Only while this
    /// process has a single thread, the one calling: a thread that held a lock at the fork would
    /// hold it in the child forever. Nil when the process has other threads (then `spawn`).
    static func fork(environment: [String: String], serve: () -> Int32) throws -> ChildProcess? {
        guard vanban_thread_count() == 1 else { return nil }
        let (toChild, fromChild) = try pipes()
        let parent = getpid()
        fflush(nil)  // nothing buffered here is written twice, once by the child
        let pid = vanban_fork_worker(toChild[0], fromChild[1])
        if pid == 0 {
            setenv(WorkerCommand.parentVariable, String(parent), 1)
            for (key, value) in environment { setenv(key, value, 1) }
            _exit(serve())
        }
        let failure = pid < 0 ? errnoText() : ""
        return try started(pid: pid, toChild, fromChild, or: "cannot fork a worker: \(failure)")
    }

    /// What writing a message gave.
    enum Sent {
        case sent
        /// The child stopped reading before the deadline.
        case timedOut
        /// The child is gone (its input is closed).
        case broken
    }

    /// Writes one message, waiting at most until `deadline`.
    func send(_ parts: [Data], until deadline: ContinuousClock.Instant) -> Sent {
        let message = WorkerMessage.encode(parts)
        return withBrokenPipesAsErrors {
            message.withUnsafeBytes { raw -> Sent in
                var offset = 0
                while offset < raw.count {
                    let n = write(input, raw.baseAddress! + offset, raw.count - offset)
                    if n > 0 { offset += n; continue }
                    if n < 0, errno == EINTR { continue }
                    guard n < 0, errno == EAGAIN || errno == EWOULDBLOCK else { return .broken }
                    guard let wait = milliseconds(until: deadline) else { return .timedOut }
                    var fd = pollfd(fd: input, events: Int16(POLLOUT), revents: 0)
                    if poll(&fd, 1, Int32(min(wait, 100))) < 0, errno != EINTR { return .broken }
                    if fd.revents & Int16(POLLERR | POLLHUP) != 0 { return .broken }
                }
                return .sent
            }
        }
    }

    /// Waits for one message until `deadline`, looking at the child's memory every 100 ms
    /// when `memoryLimit` is given.
    func receive(until deadline: ContinuousClock.Instant, memoryLimit: Int?) -> Received {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            do {
                if let (parts, length) = try WorkerMessage.decode(buffer) {
                    buffer.removeSubrange(buffer.startIndex..<buffer.startIndex + length)
                    return .message(parts)
                }
            } catch {
                return .failed("\(error)")
            }
            let n = read(output, &chunk, chunk.count)
            if n > 0 {
                buffer.append(chunk, count: n)
                continue
            }
            if n == 0 { return .ended }
            if errno == EINTR { continue }
            guard errno == EAGAIN || errno == EWOULDBLOCK else { return .failed("cannot read from the worker: \(errnoText())") }
            if let memoryLimit, let rss = residentBytes, rss > memoryLimit { return .overMemory(rss) }
            guard let wait = milliseconds(until: deadline) else { return .timedOut }
            var fd = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            if poll(&fd, 1, Int32(min(wait, 100))) < 0, errno != EINTR {
                return .failed("cannot wait for the worker: \(errnoText())")
            }
        }
    }

    /// The child's resident memory, from /proc.
    var residentBytes: Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .ascii) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Closes the child's input: a worker ends when its input ends.
    func closeInput() {
        if input >= 0 { close(input); input = -1 }
    }

    func kill() {
        if reaped == nil { _ = Glibc.kill(pid, SIGKILL) }
    }

    /// Waits for the child to end and says how it ended ("killed by signal SIGSEGV (11)").
    func reap() -> String {
        closeInput()
        if output >= 0 { close(output); output = -1 }
        if reaped == nil {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            reaped = status
        }
        return Self.describe(reaped ?? 0)
    }

    /// A wait status in words.
    static func describe(_ status: Int32) -> String {
        let signal = status & 0x7f
        if signal == 0 { return "exited with status \((status >> 8) & 0xff)" }
        let name = signalNames[signal].map { "SIG" + $0 } ?? "signal"
        return "was killed by \(name) (\(signal))"
    }

    private static let signalNames: [Int32: String] = [
        SIGSEGV: "SEGV", SIGBUS: "BUS", SIGILL: "ILL", SIGTRAP: "TRAP", SIGABRT: "ABRT", SIGFPE: "FPE",
        SIGKILL: "KILL", SIGTERM: "TERM", SIGINT: "INT", SIGPIPE: "PIPE", SIGXCPU: "XCPU", SIGSYS: "SYS",
    ]

}

/// Runs `body` with SIGPIPE blocked on this thread, so that a write to a worker that died
/// fails with EPIPE instead of ending the process; a SIGPIPE it raised is taken back before
/// the mask is restored. (Ignoring SIGPIPE process-wide would change how `vanban extract |
/// head` ends.)
private func withBrokenPipesAsErrors<T>(_ body: () -> T) -> T {
    var pipeSignal = sigset_t()
    sigemptyset(&pipeSignal)
    sigaddset(&pipeSignal, SIGPIPE)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
    let result = body()
    var pending = sigset_t()
    sigpending(&pending)
    if sigismember(&pending, SIGPIPE) == 1, sigismember(&previous, SIGPIPE) == 0 {
        var now = timespec(tv_sec: 0, tv_nsec: 0)
        _ = sigtimedwait(&pipeSignal, nil, &now)
    }
    pthread_sigmask(SIG_SETMASK, &previous, nil)
    return result
}

private func milliseconds(until deadline: ContinuousClock.Instant) -> Int? {
    let left = ContinuousClock.now.duration(to: deadline)
    guard left > .zero else { return nil }
    let (seconds, attoseconds) = left.components
    return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000) + 1
}

private func errnoText() -> String { String(cString: strerror(errno)) }

/// Calls `body` with a NULL-terminated C array of the strings.
private func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for p in pointers { free(p) } }
    return body(pointers)
}
