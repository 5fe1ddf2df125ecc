import Testing
@testable import VanbanText

@Suite struct FormatSnifferTests {
    @Test func tellsFormatsByContentNotName() {
        #expect(FormatSniffer.detect(Array("%PDF-1.7\n".utf8), fileExtension: "docx") == .pdf)
        #expect(FormatSniffer.detect([0x50, 0x4B, 0x03, 0x04, 0, 0], fileExtension: "pdf") == .docx)
        #expect(FormatSniffer.detect(Array("Số: 12/QĐ-UBND\n".utf8), fileExtension: "docx") == .txt)
        #expect(FormatSniffer.detect([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], fileExtension: "doc") == .doc)
        #expect(FormatSniffer.detect([0x00, 0x01, 0x02, 0x00, 0x9F], fileExtension: "bin") == nil)
        #expect(FormatSniffer.detect([0x00, 0x01, 0x02, 0x00, 0x9F], fileExtension: "pdf") == .pdf)
        let utf16le = Array("Số: 12/QĐ-UBND".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(FormatSniffer.detect(utf16le, fileExtension: "") == .txt)
        let utf16be = Array("Kính gửi: Sở Nội vụ".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(FormatSniffer.detect(utf16be, fileExtension: "") == .txt)
    }
}

@Suite struct LegacyFontRepairTests {
    @Test func docxOrPdfTextInTCVN3CodePointsIsRepaired() throws {
        // What a letter typed in .VnTime gives when its glyph codes are read as Latin-1.
        let bytes = LegacyVietnamese.encode("Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc", as: .tcvn3)!
        let latin1 = String(decoding: bytes.map { UInt16($0) }, as: UTF16.self)
        let repaired = try #require(LegacyVietnamese.repair(latin1))
        #expect(repaired.0.hasPrefix("Cộng hòa xã hội chủ nghĩa Việt Nam"))
        #expect(repaired.1 == .tcvn3)
    }
}
