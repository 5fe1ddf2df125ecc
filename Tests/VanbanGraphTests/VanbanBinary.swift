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

    /// Runs `vanban arguments...` to its end: exit status, standard output and error.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        let output = Pipe(), error = Pipe()
        process.executableURL = URL(fileURLWithPath: path ?? "vanban")
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let errorData = Locked()
        let reader = Thread { errorData.set(error.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { Thread.sleep(forTimeInterval: 0.01) }
        return (process.terminationStatus, String(decoding: data, as: UTF8.self),
                String(decoding: errorData.value, as: UTF8.self))
    }

    /// Standard error, read on another thread so that neither pipe fills up.
    private final class Locked: @unchecked Sendable {
        private let lock = NSLock()
        private var data: Data?
        func set(_ value: Data) { lock.withLock { data = value } }
        var isSet: Bool { lock.withLock { data != nil } }
        var value: Data { lock.withLock { data ?? Data() } }
    }
}
