import Foundation
import VanbanRecord
import VanbanStore

/// The command line as bytes. `CommandLine.arguments` decodes each argument as UTF-8 and
/// replaces what is not (a file name in Latin-1) by U+FFFD, which names no file; here such an
/// argument is given in its `StoredPath` form instead (`c\xF4ng.txt`), which keeps its bytes.
enum CommandLineBytes {
    /// The arguments after the program's name, those that are not UTF-8 in `StoredPath` form.
    static let arguments: [String] = raw.map { $0.text }

    /// The `StoredPath` form of a path argument: as it is when it was not UTF-8 (it is in that
    /// form already), else its text with `\` escaped.
    static func storedPath(_ argument: String) -> String {
        escaped.contains(argument) ? argument : StoredPath.string(text: argument)
    }

    /// Each argument as given to the parser, and whether it was escaped (not UTF-8).
    private static let raw: [(text: String, escaped: Bool)] = argv().dropFirst().map { bytes in
        if let text = String(validating: bytes, as: UTF8.self) { return (text, false) }
        return (StoredPath.string(bytes), true)
    }

    /// The process's arguments as bytes, program name first: from /proc/self/cmdline (a
    /// binary linked with the static Swift runtime has no `CommandLine.unsafeArgv`), else argv.
    private static func argv() -> [[UInt8]] {
        if let data = FileManager.default.contents(atPath: "/proc/self/cmdline"), !data.isEmpty {
            var arguments = data.split(separator: 0, omittingEmptySubsequences: false).map { Array($0) }
            if arguments.last?.isEmpty == true { arguments.removeLast() }
            if !arguments.isEmpty { return arguments }
        }
        return (0..<max(0, Int(CommandLine.argc))).map { i in
            CommandLine.unsafeArgv[i].map { Array(UnsafeRawBufferPointer(start: $0, count: strlen($0))) } ?? []
        }
    }

    private static let escaped = Set(raw.filter(\.escaped).map(\.text))
}
