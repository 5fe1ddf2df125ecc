import Foundation

/// The `vanban` executable built next to the test bundle, when there is one.
public enum VanbanBinary {
    public static let path: String? = {
        var folders: [String] = []
        if let executable = Bundle.main.executablePath { folders.append((executable as NSString).deletingLastPathComponent) }
        folders += Bundle.allBundles.map { ($0.bundlePath as NSString).deletingLastPathComponent }
        return folders.map { ($0 as NSString).appendingPathComponent("vanban") }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Starts `vanban arguments...` with its standard output discarded and its standard error
    /// written to `errorFile` (discarded when nil).
    public static func start(_ arguments: [String], errorFile: String? = nil,
                             environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path ?? "vanban")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        if let errorFile {
            FileManager.default.createFile(atPath: errorFile, contents: nil)
            process.standardError = FileHandle(forWritingAtPath: errorFile)
        } else {
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        return process
    }

    /// Runs `vanban arguments...` to its end: exit status, standard output and error.
    public static func run(_ arguments: [String], environment: [String: String] = [:],
                           input: Data? = nil) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        let output = Pipe(), error = Pipe()
        process.executableURL = URL(fileURLWithPath: path ?? "vanban")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = output
        process.standardError = error
        if input != nil { process.standardInput = Pipe() } else { process.standardInput = FileHandle.nullDevice }
        try process.run()
        if let input, let pipe = process.standardInput as? Pipe {
            pipe.fileHandleForWriting.write(input)
            try? pipe.fileHandleForWriting.close()
        }
        // Standard error is read on another thread so that neither pipe fills up.
        let errorData = ErrorData()
        let done = DispatchGroup()
        done.enter()
        Thread {
            errorData.value = error.fileHandleForReading.readDataToEndOfFile()
            done.leave()
        }.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        done.wait()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), String(decoding: errorData.value, as: UTF8.self))
    }

    /// Written by one thread before `done.leave()`, read after `done.wait()`.
    private final class ErrorData: @unchecked Sendable {
        var value = Data()
    }
}
