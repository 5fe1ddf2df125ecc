import Foundation

/// The shared folder beside the package (`<package>/../shared`), found from this file's path by
/// walking up to the folder that holds Package.swift: neither an absolute path nor the working
/// directory matters.
public enum SharedFolder {
    public static let root: String = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/", !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
            dir.deleteLastPathComponent()
        }
        return dir.deletingLastPathComponent().appendingPathComponent("shared").path
    }()

    /// `root` + "/" + `relative`.
    public static func path(_ relative: String) -> String { root + "/" + relative }

    /// Whether `relative` exists under `root`.
    public static func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative)) }
}
