import Foundation
import VanbanRecord
import Testing
@testable import VanbanIngest
import VanbanStore
import VanbanTestSupport

/// File names that are not UTF-8, and links out of the folders imported.
@Suite(.enabled(if: VanbanBinary.path != nil, "no vanban binary next to the tests"))
struct ArchiveEdgeTests {
    /// Latin-1 / CP1258 bytes, as names copied from an old Windows machine are.
    static let legacyNames: [[UInt8]] = [
        Array("c".utf8) + [0xF4] + Array("ng v".utf8) + [0xE3] + Array("n.txt".utf8),
        Array("quy".utf8) + [0xEA] + Array("t ".utf8) + [0xF0] + Array("inh.txt".utf8),
        Array("k".utf8) + [0xE9] + Array(" ho".utf8) + [0xE1] + Array("ch.txt".utf8),
    ]

    /// Creates `name` (bytes) in `folder` with `text`, with `open(2)` as no String can name it.
    static func create(_ folder: String, _ name: [UInt8], _ text: String) throws {
        let path = Array(folder.utf8) + [UInt8(ascii: "/")] + name + [0]
        let fd = path.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
        try #require(fd >= 0)
        _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    /// Removes what `TemporaryFolder` cannot (names FileManager cannot spell).
    static func remove(_ folder: String, _ name: [UInt8]) {
        _ = StoredPath.withCString(folder + "/" + StoredPath.string(name)) { unlink($0) }
    }

    @Test func storedPathsAreLosslessAndUnambiguous() {
        for name in Self.legacyNames + [Array("công văn.txt".utf8), Array("a\\xF4\\\\b".utf8), [0xFF, 0x5C, 0x78, 0x46, 0x46]] {
            #expect(StoredPath.bytes(of: StoredPath.string(name)) == name)
        }
        #expect(StoredPath.string(Self.legacyNames[0]) == "c\\xF4ng v\\xE3n.txt")
        #expect(StoredPath.string(text: "công văn.txt") == "công văn.txt")
        #expect(StoredPath.string(text: "a\\b") == "a\\\\b")
    }

    @Test func namesThatAreNotUTF8AreIngestedAndExtracted() throws {
        let folder = try TemporaryFolder()
        defer { for name in Self.legacyNames { Self.remove(folder.file("in"), name) } }
        try folder.write("in/letter.txt", SampleLetter.text(0))
        for (n, name) in Self.legacyNames.enumerated() { try Self.create(folder.file("in"), name, SampleLetter.text(n + 1)) }
        let db = folder.file("a.sqlite")
        let ingest = try VanbanBinary.run(["ingest", folder.file("in"), "--db", db])
        #expect(ingest.status == 0)
        #expect(ingest.output.contains("4 files in") && ingest.output.contains("4 ok, 0 failed, 0 skipped"))
        let export = try VanbanBinary.run(["export", "--db", db])
        #expect(export.output.contains("\"path\":\"\(folder.file("in"))/c\\\\xF4ng v\\\\xE3n.txt\""))
        // A second run finds every file unchanged at its (byte) path.
        #expect(try VanbanBinary.run(["ingest", folder.file("in"), "--db", db]).output.contains("0 ok, 0 failed, 4 skipped"))

        // The name given as its bytes on the command line (printf's octal escapes).
        let extract = try ShellRun.run("\"$VANBAN\" extract \"$(printf 'in/c\\364ng v\\343n.txt')\"", in: folder.path)
        #expect(extract.status == 0)
        #expect(extract.output.contains("\"status\":\"ok\""))
        #expect(extract.output.contains("\"file\":\"c\\\\xF4ng v\\\\xE3n.txt\""))
    }

    @Test func linksOutsideTheFoldersAreRefusedUnlessAsked() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/letter.txt", SampleLetter.text(0))
        try folder.write("in/sub/other.txt", SampleLetter.text(1))
        try folder.write("outside/secret.txt", SampleLetter.text(2))
        try FileManager.default.createSymbolicLink(atPath: folder.file("in/passwd"), withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: folder.file("in/secret.txt"), withDestinationPath: folder.file("outside/secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.file("in/inside.txt"), withDestinationPath: "sub/other.txt")

        var visited: [String] = [], refused: [String] = []
        FileWalker(roots: [folder.file("in")], excluded: []).walk({ visited.append($0); return true }, problem: { _, _ in },
                                                                  refusedLink: { refused.append($0) })
        #expect(visited == ["in/inside.txt", "in/letter.txt", "in/sub/other.txt"].map(folder.file))
        #expect(refused == ["in/passwd", "in/secret.txt"].map(folder.file))

        let db = folder.file("a.sqlite")
        let ingest = try VanbanBinary.run(["ingest", folder.file("in"), "--db", db])
        #expect(ingest.status == 0)
        #expect(ingest.output.contains("3 files in") && ingest.output.contains("2 links outside the folders skipped"))
        #expect(try !VanbanBinary.run(["export", "--db", db]).output.contains("root:"))

        let followed = try VanbanBinary.run(["ingest", folder.file("in"), "--db", folder.file("b.sqlite"), "--follow-links"])
        #expect(followed.output.contains("5 files in") && !followed.output.contains("outside the folders"))
        #expect(try VanbanBinary.run(["ingest", "--help"]).output.contains("--follow-links"))
    }

    @Test func fingerprintsAgreeWithFoundation() throws {
        let folder = try TemporaryFolder()
        for n in 0..<20 {
            let path = try folder.write("f\(n).txt", String(repeating: "x", count: n))
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970
            #expect(FileFingerprint.of(path: path) == FileFingerprint(size: n, modified: try #require(modified)))
            Thread.sleep(forTimeInterval: 0.003)
        }
    }
}
