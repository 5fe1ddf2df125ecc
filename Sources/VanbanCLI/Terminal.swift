import Foundation

/// Standard output and error, and whether they are terminals.
enum Terminal {
    static func write(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }

    static func error(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }

    static var stderrIsTerminal: Bool { isatty(2) == 1 }
}
