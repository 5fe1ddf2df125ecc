import Foundation

/// Runs a `/bin/sh` script, for what `Process` cannot express: arguments that are not UTF-8
/// (written in the script with printf's octal escapes), output to /dev/full, pipes.
public enum ShellRun {
    /// Runs `script` with `$VANBAN` set to the built vanban binary: exit status, output, error.
    public static func run(_ script: String, in folder: String) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(["VANBAN": VanbanBinary.path ?? "vanban"]) { $1 }
        let output = folder + "/.shell-output", error = folder + "/.shell-error"
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        _ = FileManager.default.createFile(atPath: error, contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle(forWritingAtPath: error)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        defer { unlink(output); unlink(error) }
        return (process.terminationStatus,
                String(decoding: FileManager.default.contents(atPath: output) ?? Data(), as: UTF8.self),
                String(decoding: FileManager.default.contents(atPath: error) ?? Data(), as: UTF8.self))
    }
}
