import Foundation
import Testing
@testable import VanbanText

/// Hostile and damaged DOCX files: each fails with a clear code, fast, reading nothing it should not.
@Suite struct DOCXBadInputTests {
    typealias B = DOCXBuilder

    private func failure(_ data: Data, limits: ExtractionLimits = .standard) -> TextExtractionError? {
        do {
            _ = try DOCXTextExtractor(limits: limits).extract(data)
            return nil
        } catch {
            return error as? TextExtractionError
        }
    }

    private let letter = B(body: B.paragraph("Kế hoạch số 12/KH-UBND ngày 15/01/2024 của Ủy ban nhân dân tỉnh."))

    @Test func notAZip() {
        let error = failure(Data("Đây không phải là tệp DOCX.".utf8))
        #expect(error?.code == .corrupt)
        #expect(error?.message.contains("not a zip") == true)
    }

    @Test(arguments: [0.3, 0.6, 0.95])
    func truncatedZip(fraction: Double) {
        let data = letter.data()
        let error = failure(data.prefix(Int(Double(data.count) * fraction)))
        #expect(error?.code == .corrupt)
        #expect(error?.message.contains("cut short") == true)
    }

    @Test func zipWithoutDocumentXML() {
        var zip = DOCXZipWriter()
        zip.add("[Content_Types].xml", "<Types/>")
        zip.add("readme.txt", "Không có word/document.xml")
        let error = failure(zip.data())
        #expect(error?.code == .corrupt)
        #expect(error?.message.contains("word/document.xml") == true)
    }

    @Test func malformedXML() {
        var builder = letter
        builder.rawDocument = "<w:document \(B.namespaces)><w:body><w:p><w:r><w:t>Kế hoạch số 12/KH"
        let error = failure(builder.data())
        #expect(error?.code == .corrupt)
        #expect(error?.message.contains("word/document.xml is not well-formed XML") == true)
    }

    @Test func notWordprocessingML() {
        var builder = letter
        builder.rawDocument = "<html><body>Kế hoạch</body></html>"
        #expect(failure(builder.data())?.code == .corrupt)
    }

    @Test func externalEntityIsRefusedAndNeverRead() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-xxe-\(UUID().uuidString).txt")
        try "BÍ MẬT NỘI BỘ".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        var builder = letter
        builder.rawDocument = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE w:document [<!ENTITY secret SYSTEM "\(secret.absoluteString)">]>
            <w:document \(B.namespaces)><w:body><w:p><w:r><w:t>Lộ: &secret;</w:t></w:r></w:p></w:body></w:document>
            """
        let error = failure(builder.data())
        #expect(error?.code == .corrupt)
        #expect(error?.message.contains("BÍ MẬT") == false)
    }

    @Test func entityExpansionBombIsRefused() {
        var builder = letter
        let levels = (1...9).map { "<!ENTITY l\($0) \"" + String(repeating: "&l\($0 - 1);", count: 10) + "\">" }
        builder.rawDocument = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY l0 \"ha\">\(levels.joined())]>"
            + "<w:document \(B.namespaces)><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"
        #expect(failure(builder.data())?.code == .corrupt)
    }

    private func bomb(declaredSize: Int? = nil) -> Data {
        let paragraph = B.paragraph(String(repeating: "Thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019. ", count: 200))
        var zip = B(body: String(repeating: paragraph, count: 400)).zip()
        let index = zip.entries.firstIndex { $0.name == "word/document.xml" }!
        zip.entries[index].sizeOverride = declaredSize
        return zip.data()
    }

    @Test func zipBombOverTheCapIsTooLarge() {
        let limits = ExtractionLimits(maxInflatedBytes: 1 << 20)
        let error = failure(bomb(), limits: limits)
        #expect(error?.code == .tooLarge)
        #expect(error?.message.contains("limit") == true)
        #expect(failure(bomb()) == nil)
    }

    @Test func zipBombWithALyingHeaderIsStoppedInsideTheInflateLoop() {
        let limits = ExtractionLimits(maxInflatedBytes: 1 << 20)
        #expect(failure(bomb(declaredSize: 4_000), limits: limits)?.code == .tooLarge)
        let mismatch = failure(bomb(declaredSize: 4_000))
        #expect(mismatch?.code == .corrupt)
        #expect(mismatch?.message.contains("header says 4000") == true)
    }

    @Test func crcMismatchIsCorrupt() {
        var zip = letter.zip()
        let index = zip.entries.firstIndex { $0.name == "word/document.xml" }!
        zip.entries[index].crcOverride = DOCXZipWriter.crc32(zip.entries[index].bytes) ^ 0x5A5A
        let error = failure(zip.data())
        #expect(error?.code == .corrupt)
        #expect(error?.message.contains("CRC") == true)
    }

    @Test func damagedDeflateDataIsCorrupt() {
        var data = letter.data()
        let zip = letter.zip()
        var offset = 0
        for entry in zip.entries {
            if entry.name == "word/document.xml" { break }
            offset += 30 + entry.name.utf8.count + DOCXZipWriter.deflate(entry.bytes).count
        }
        let start = offset + 30 + "word/document.xml".utf8.count
        for position in start..<(start + 40) { data[position] ^= 0xFF }
        #expect(failure(data)?.code == .corrupt)
    }
}
