import Foundation

/// The `vanban` executable built next to the test bundle, when there is one.
enum VanbanBinary {
    static let path: String? = {
        var folders: [String] = []
        if let executable = Bundle.main.executablePath { folders.append((executable as NSString).deletingLastPathComponent) }
        folders += Bundle.allBundles.map { ($0.bundlePath as NSString).deletingLastPathComponent }
        return folders.map { ($0 as NSString).appendingPathComponent("vanban") }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Starts `vanban arguments...` with its output discarded.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path ?? "vanban")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `vanban arguments...` to its end; returns its exit status and standard output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: path ?? "vanban")
        process.arguments = arguments
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
