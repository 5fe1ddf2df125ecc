import Foundation
import Testing
@testable import VanbanIngest
import VanbanTestSupport

/// What `vanban ingest` walks into, and what it leaves alone.
@Suite struct FileWalkerTests {
    private func walk(_ roots: [String], excluded: [String] = []) -> (files: [String], problems: [String]) {
        var files: [String] = []
        var problems: [String] = []
        FileWalker(roots: roots, excluded: excluded).walk({ files.append($0); return true }, problem: { path, _ in problems.append(path) })
        return (files, problems)
    }

    @Test func regularFilesInNameOrderHiddenSkipped() throws {
        let folder = try TemporaryFolder()
        for name in ["b.txt", "a/z.pdf", "a/.hidden", ".git/HEAD", "c.docx"] { try folder.write(name, "x") }
        #expect(walk([folder.path]).files == ["a/z.pdf", "b.txt", "c.docx"].map(folder.file))
    }

    @Test func linksToFoldersAreNotFollowedAndPipesAreSkipped() throws {
        let folder = try TemporaryFolder()
        try folder.write("sub/letter.txt", "x")
        try FileManager.default.createSymbolicLink(atPath: folder.file("sub/loop"), withDestinationPath: folder.path)
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.txt"), withDestinationPath: folder.file("sub/letter.txt"))
        #expect(mkfifo(folder.file("pipe"), 0o644) == 0)
        #expect(walk([folder.path]).files == [folder.file("link.txt"), folder.file("sub/letter.txt")])
        #expect(walk([folder.file("pipe")]).problems == [folder.file("pipe")])
    }

    @Test func archiveAndItsCompanionsAreExcluded() throws {
        let folder = try TemporaryFolder()
        for name in ["db.sqlite", "db.sqlite-wal", "db.sqlite-shm", "db.sqlite-journal", "letter.txt"] { try folder.write(name, "x") }
        #expect(walk([folder.path], excluded: [folder.file("db.sqlite")]).files == [folder.file("letter.txt")])
        #expect(walk([folder.file("db.sqlite")], excluded: [folder.file("db.sqlite")]).files.isEmpty)
    }

    @Test func namedFilesAreVisitedEvenHiddenAndMissingOnesReported() throws {
        let folder = try TemporaryFolder()
        try folder.write(".hidden.txt", "x")
        let result = walk([folder.file(".hidden.txt"), folder.file("missing.txt")])
        #expect(result.files == [folder.file(".hidden.txt")])
        #expect(result.problems == [folder.file("missing.txt")])
    }

    @Test func relativeRootsBecomeAbsolute() {
        #expect(FileWalker.absolute("a/../b/./c.txt") == FileManager.default.currentDirectoryPath + "/b/c.txt")
    }
}
