import Foundation
import VanbanRecord
import VanbanStore

/// Walks files and folders, in name order, without holding more than one folder's listing
/// per level. Paths are `StoredPath`s: folders are listed with `opendir`/`readdir` and names
/// kept as their bytes, so a name that is not UTF-8 is walked like any other.
///
/// Folders are walked recursively; hidden entries (names starting with ".") inside them are
/// skipped, as are links to folders (no cycles) and anything not a regular file. A link to a
/// file is followed only when its target is inside one of the folders given (links resolved),
/// unless `followLinks`: a link that leads elsewhere (`/etc/passwd`) is refused and reported.
/// A file named on its own is always visited. `excluded` paths (the archive's own files) never are.
public struct FileWalker: Sendable {
    let roots: [String]
    /// Compared as UTF-8 bytes (String's == takes NFC and NFD names as equal).
    let excluded: Set<[UInt8]>
    let followLinks: Bool
    /// The folders among `roots`, links resolved: where links may lead.
    private let folders: [String]

    /// - Parameter excluded: paths never visited, with their SQLite companions (`-wal`, `-shm`,
    ///   `-journal`), compared once made absolute and links resolved.
    public init(roots: [String], excluded: [String], followLinks: Bool = false) {
        self.roots = roots.map(StoredPath.absolute)
        self.followLinks = followLinks
        let resolved = excluded.map(FileWalker.resolvedPath)
        self.excluded = Set(resolved.flatMap { path in ["", "-wal", "-shm", "-journal"].map { Array((path + $0).utf8) } })
        folders = self.roots.filter { FileWalker.status($0, following: true).map(FileWalker.isFolder) ?? false }
            .compactMap(StoredPath.resolved)
    }

    /// Calls `visit` with the absolute path of each file until it returns false; calls
    /// `problem` with each root or folder that cannot be read, and `refusedLink` with each
    /// link not followed because it leads outside the folders.
    public func walk(_ visit: (String) -> Bool, problem: (String, String) -> Void, refusedLink: (String) -> Void = { _ in }) {
        for root in roots {
            guard let info = FileWalker.status(root, following: true) else {
                problem(root, "no such file or folder")
                continue
            }
            if FileWalker.isFolder(info) {
                guard walkFolder(root, visit, problem, refusedLink) else { return }
            } else if info.st_mode & S_IFMT != S_IFREG {
                problem(root, "not a regular file")
            } else if !excluded.contains(Array(FileWalker.resolvedPath(root).utf8)) {
                guard visit(root) else { return }
            }
        }
    }

    private func walkFolder(_ folder: String, _ visit: (String) -> Bool, _ problem: (String, String) -> Void,
                            _ refusedLink: (String) -> Void) -> Bool {
        let names: [String]
        do {
            names = try FileWalker.names(in: folder).sorted()
        } catch {
            problem(folder, "cannot list the folder: \(error)")
            return true
        }
        let resolvedFolder = StoredPath.resolved(folder) ?? folder
        for name in names where !name.hasPrefix(".") {
            let path = folder == "/" ? "/" + name : folder + "/" + name
            switch kind(of: path) {
            case .folder:
                guard walkFolder(path, visit, problem, refusedLink) else { return false }
            case .file:
                if excluded.contains(Array((resolvedFolder + "/" + name).utf8)) { continue }
                guard visit(path) else { return false }
            case .outsideLink:
                refusedLink(path)
            case .other:
                continue
            }
        }
        return true
    }

    private enum Kind { case file, folder, outsideLink, other }

    private func kind(of path: String) -> Kind {
        guard let info = FileWalker.status(path, following: false) else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK:
            guard let target = FileWalker.status(path, following: true), target.st_mode & S_IFMT == S_IFREG,
                  let resolved = StoredPath.resolved(path) else { return .other }
            // Compared as bytes: String's == and hasPrefix take canonically equivalent names
            // (NFC and NFD) as equal, which are other folders on disk.
            let inside = folders.contains { resolved.utf8.starts(with: ($0 == "/" ? "/" : $0 + "/").utf8) }
            return followLinks || inside ? .file : .outsideLink
        default: return .other
        }
    }

    /// The names in `folder` (stored form), "." and ".." left out.
    private static func names(in folder: String) throws -> [String] {
        guard let directory = StoredPath.withCString(folder, { opendir($0) }) else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                StoredPath.string(raw.prefix { $0 != 0 })
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    private static func status(_ path: String, following: Bool) -> stat? {
        var info = stat()
        let result = StoredPath.withCString(path) { following ? stat($0, &info) : lstat($0, &info) }
        return result == 0 ? info : nil
    }

    /// `path` made absolute against the working directory, with "." and ".." removed.
    static func absolute(_ path: String) -> String { StoredPath.absolute(path) }

    private static func isFolder(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFDIR }

    /// `path` absolute with its links resolved; for a file not there yet, its folder's.
    private static func resolvedPath(_ path: String) -> String {
        let absolute = StoredPath.absolute(path)
        if let resolved = StoredPath.resolved(absolute) { return resolved }
        let name = StoredPath.name(absolute)
        let folder = String(absolute.dropLast(name.count))
        return (StoredPath.resolved(folder).map { $0 == "/" ? $0 : $0 + "/" } ?? folder) + name
    }
}
