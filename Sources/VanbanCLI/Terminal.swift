import Foundation

/// Standard output and error, and whether they are terminals.
///
/// Output is written with `write(2)`, each call's text whole (callers pass whole lines). A
/// write that fails ends the run: a closed pipe (`vanban extract … | head -1`) quietly, with
/// status 141 as if SIGPIPE had killed it (what the shell reports when it does); any other
/// error (a full disk) with "vanban: cannot write the output: REASON" on standard error and
/// status 1. Nothing is trapped, and no line is cut by vanban itself.
enum Terminal {
    /// Status of a run whose reader went away: 128 + SIGPIPE, the shell's convention.
    static let brokenPipeStatus: Int32 = 128 + SIGPIPE

    static func write(_ s: String) {
        if let errorNumber = write(s, to: 1) {
            if errorNumber == EPIPE { exit(brokenPipeStatus) }
            error("vanban: cannot write the output: \(String(cString: strerror(errorNumber)))")
            exit(1)
        }
    }

    /// Writes `s` and a line break to standard error; errors there are ignored (there is
    /// nowhere left to report them).
    static func error(_ s: String) {
        _ = write(s + "\n", to: 2)
    }

    /// Writes `s` to standard error as it is (progress), ignoring errors.
    static func errorText(_ s: String) {
        _ = write(s, to: 2)
    }

    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// Writes all of `s` to `descriptor`; the errno of a failed write, nil when all was written.
    private static func write(_ s: String, to descriptor: Int32) -> Int32? {
        var s = s
        return s.withUTF8 { bytes -> Int32? in
            var offset = 0
            while offset < bytes.count {
                let n = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
    }
}
