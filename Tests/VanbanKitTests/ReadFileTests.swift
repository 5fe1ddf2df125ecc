import Foundation
import Testing
import VanbanKit
import VanbanRecord

/// `DocumentPipeline` reads regular files only: a FIFO, a socket, a device or a folder gives a
/// `failed` record with code `unsupported`, decided from the opened descriptor before any read,
/// so a FIFO without a writer cannot block.
@Suite struct ReadFileTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-kit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aFIFOIsUnsupportedWithoutBlocking() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("letter.txt").path
        try #require(mkfifo(path, 0o600) == 0)
        let record = DocumentPipeline().record(forFileAt: path)
        #expect(record.status == .failed)
        #expect(record.error?.code == "unsupported")
        #expect(record.error?.message.contains("FIFO") == true)
        #expect(throws: (any Error).self) { try DocumentPipeline().text(forFileAt: path) }
    }

    @Test func aFolderIsUnsupported() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = DocumentPipeline().record(forFileAt: folder.path)
        #expect(record.error?.code == "unsupported")
        #expect(record.error?.message.contains("folder") == true)
    }

    @Test func aCharacterDeviceIsUnsupported() {
        let record = DocumentPipeline().record(forFileAt: "/dev/null")
        #expect(record.error?.code == "unsupported")
        #expect(record.error?.message.contains("device") == true)
    }

    @Test func aMissingFileIsUnreadable() {
        let record = DocumentPipeline().record(forFileAt: "/nonexistent-\(UUID().uuidString).txt")
        #expect(record.error?.code == "unreadable")
    }

    @Test func aRegularFileIsRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("letter.txt")
        let text = "ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 215/UBND-VX\nSơn La, ngày 14 tháng 3 năm 2024\n"
        try Data(text.utf8).write(to: url)
        let record = DocumentPipeline().record(forFileAt: url.path)
        #expect(record.status == .ok)
        #expect(record.source.bytes == text.utf8.count)
        #expect(record.number?.raw == "215/UBND-VX")
    }
}
