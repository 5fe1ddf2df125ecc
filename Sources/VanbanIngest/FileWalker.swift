import Foundation

/// Walks files and folders, in name order, without holding more than one folder's listing
/// per level. Folders are walked recursively; hidden entries (names starting with ".") inside
/// them are skipped, as are links to folders (no cycles) and anything not a regular file.
/// A file named on its own is always visited. `excluded` paths (the archive's own files) never are.
struct FileWalker: Sendable {
    let roots: [String]
    let excluded: Set<String>

    /// - Parameter excluded: paths never visited, with their SQLite companions (`-wal`, `-shm`,
    ///   `-journal`), compared once made absolute and links resolved.
    init(roots: [String], excluded: [String]) {
        self.roots = roots.map(FileWalker.absolute)
        let resolved = excluded.map { (FileWalker.absolute($0) as NSString).resolvingSymlinksInPath }
        self.excluded = Set(resolved.flatMap { path in ["", "-wal", "-shm", "-journal"].map { path + $0 } })
    }

    /// Calls `visit` with the absolute path of each file until it returns false; calls
    /// `problem` with each root or folder that cannot be read.
    func walk(_ visit: (String) -> Bool, problem: (String, String) -> Void) {
        for root in roots {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder) else {
                problem(root, "no such file or folder")
                continue
            }
            if isFolder.boolValue {
                guard walkFolder(root, visit, problem) else { return }
            } else if FileWalker.kind(of: root) != .file {
                problem(root, "not a regular file")
            } else if !isExcluded(root) {
                guard visit(root) else { return }
            }
        }
    }

    private func walkFolder(_ folder: String, _ visit: (String) -> Bool, _ problem: (String, String) -> Void) -> Bool {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            problem(folder, "cannot list the folder: \(error.localizedDescription)")
            return true
        }
        let resolvedFolder = (folder as NSString).resolvingSymlinksInPath
        for name in names where !name.hasPrefix(".") {
            let path = folder == "/" ? "/" + name : folder + "/" + name
            switch FileWalker.kind(of: path) {
            case .folder:
                guard walkFolder(path, visit, problem) else { return false }
            case .file:
                if excluded.contains(resolvedFolder + "/" + name) { continue }
                guard visit(path) else { return false }
            case .other:
                continue
            }
        }
        return true
    }

    private enum Kind { case file, folder, other }

    private static func kind(of path: String) -> Kind {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return .other }
        switch attributes[.type] as? FileAttributeType {
        case .typeRegular?: return .file
        case .typeDirectory?: return .folder
        case .typeSymbolicLink?:
            let target = (path as NSString).resolvingSymlinksInPath
            let resolved = try? FileManager.default.attributesOfItem(atPath: target)
            return resolved?[.type] as? FileAttributeType == .typeRegular ? .file : .other
        default: return .other
        }
    }

    private func isExcluded(_ path: String) -> Bool {
        excluded.contains((path as NSString).resolvingSymlinksInPath)
    }

    /// `path` made absolute against the working directory, with "." and ".." removed.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
