import Foundation
import Testing
import VanbanTestSupport
@testable import VanbanText

@Suite struct PlainTextReaderTests {
    static let letter = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/QĐ-UBND\nSơn La, ngày 05 tháng 01 năm 2024"

    func read(_ bytes: [UInt8]) throws -> DocumentText {
        try PlainTextReader().read(Data(bytes))
    }

    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
    }

    @Test func readsUTF8WithAndWithoutBOM() throws {
        let plain = try read(Array(Self.letter.utf8))
        let bom = try read([0xEF, 0xBB, 0xBF] + Array(Self.letter.utf8))
        #expect(plain.body == Self.letter)
        #expect(bom.body == Self.letter)
        #expect(plain.format == .txt)
        #expect(plain.pages == nil)
        #expect(plain.warnings.isEmpty)
        #expect(plain.legacyEncoding == nil)
    }

    @Test(arguments: [true, false])
    func readsUTF16WithBOM(_ littleEndian: Bool) throws {
        let bom: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        let text = try read(bom + Self.utf16(Self.letter + " 🙂", littleEndian: littleEndian))
        #expect(text.body == Self.letter + " 🙂")
        #expect(text.warnings.isEmpty)
    }

    @Test(arguments: [true, false])
    func readsPlainUTF16WithoutBOM(_ littleEndian: Bool) throws {
        let text = try read(Self.utf16(Self.letter, littleEndian: littleEndian))
        #expect(text.body == Self.letter)
        #expect(text.warnings.count == 1)
    }

    @Test func warnsOnBrokenUTF16() throws {
        let text = try read([0xFF, 0xFE] + Self.utf16("Số", littleEndian: true) + [0x00, 0xD8, 0x41])
        #expect(text.body == "Số\u{FFFD}")
        #expect(text.warnings.count == 2)
    }

    @Test(arguments: ["\r\n", "\r", "\n"])
    func normalizesLineBreaks(_ separator: String) throws {
        let lines = ["Kính gửi: Sở Nội vụ", "", "Nơi nhận:  ", "- Như trên;\t"]
        let text = try read(Array(lines.joined(separator: separator).utf8))
        #expect(text.body == "Kính gửi: Sở Nội vụ\n\nNơi nhận:\n- Như trên;")
    }

    @Test func dropsControlCharactersButKeepsTabs() throws {
        let text = try read(Array("a\u{0}b\u{7}c\td\u{0C}e".utf8))
        #expect(text.body == "abc\td\ne")
    }

    @Test func readsUTF8WithAStrayByte() throws {
        var bytes = Array(Self.letter.utf8)
        bytes.insert(0xFF, at: 10)
        let text = try read(bytes)
        #expect(text.body.contains("\u{FFFD}"))
        #expect(text.body.hasSuffix("năm 2024"))
        #expect(text.warnings.count == 1)
        #expect(text.legacyEncoding == nil)
    }

    @Test(arguments: LegacyVietnamese.Encoding.allCases)
    func decodesLegacyLetters(_ encoding: LegacyVietnamese.Encoding) throws {
        let bytes = try #require(LegacyVietnamese.encode(LegacyEncodingSamples.letter, as: encoding))
        let text = try read(bytes)
        #expect(text.legacyEncoding == encoding.rawValue)
        #expect(text.body == LegacyEncodingSamples.letterLines.joined(separator: "\n") + "\n")
    }

    @Test func fallsBackToWindows1252WithAWarning() throws {
        let bytes = try #require("The café’s “menu” – naïve résumé".data(using: .windowsCP1252))
        let text = try PlainTextReader().read(bytes)
        #expect(text.body == "The café’s “menu” – naïve résumé")
        #expect(text.legacyEncoding == nil)
        #expect(text.warnings.count == 1)
    }

    @Test func repairsTCVN3SavedAsUTF8() throws {
        let text = try read(Array("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM\n§éc lËp - Tù do - H¹nh phóc".utf8))
        #expect(text.body == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")
        #expect(text.legacyEncoding == "TCVN3")
    }

    @Test(.enabled(if: SharedFolder.exists("eval/corpus/dev/dev-17-to-trinh-tcvn3.txt"), "the shared TCVN3 letter is absent"))
    func extractorReadsTheDevTCVN3LetterWhenPresent() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: SharedFolder.path("eval/corpus/dev/dev-17-to-trinh-tcvn3.txt")))
        let text = try TextExtractor().extract(data, fileExtension: "txt")
        #expect(text.legacyEncoding == "TCVN3")
        let lines = text.body.split(separator: "\n").map(String.init)
        for expected in ["ỦY BAN NHÂN DÂN TỈNH YÊN BÁI", "Số: 209/TTr-SGDĐT", "Yên Bái, ngày 17 tháng 6 năm 2023",
                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lù Trung Huy"] {
            #expect(lines.contains(expected), "\(expected)")
        }
        #expect(!text.body.contains("\r"))
    }
}

/// A text letter with stray NUL bytes (damaged in copying) is read, the NULs dropped with a
/// warning; a file full of NULs is still binary.
@Suite struct PlainTextNULTests {
    @Test func aFewNULBytesAreDroppedWithAWarning() throws {
        var bytes = Array("ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 12/UBND-VP\nSơn La, ngày 5 tháng 3 năm 2024\n".utf8)
        bytes.insert(0, at: 10)
        bytes.append(contentsOf: Array(repeating: UInt8(ascii: "x"), count: 200) + [0])
        let text = try TextExtractor().extract(Data(bytes), fileExtension: "txt")
        #expect(text.format == .txt)
        #expect(!text.body.contains("\u{0}"))
        #expect(text.body.hasPrefix("ỦY BAN"))
        #expect(text.warnings.contains("2 NUL bytes removed (the file was damaged in copying?)"))
    }

    @Test func mostlyNULsIsNotText() {
        let bytes = (0..<400).map { $0 % 3 == 0 ? UInt8(0) : UInt8(ascii: "a") }
        #expect(FormatSniffer.detect(bytes, fileExtension: "txt") == nil)
    }
}

/// Tables a portal flattened with " | " between cells, written back a column at a time.
@Suite struct PipeTableTests {
    @Test(arguments: [
        ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/UBND | Sơn La, ngày 9 tháng 8 năm 2017 |\nKính gửi: Sở Nội vụ",
         "ỦY BAN NHÂN DÂN\nSố: 12/UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSơn La, ngày 9 tháng 8 năm 2017\n\nKính gửi: Sở Nội vụ"),
        ("| KT. CHỦ TỊCH |\n| PHÓ CHỦ TỊCH |", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
        ("V/v chính sách thuế\nGTGT\n|", "V/v chính sách thuế\nGTGT\n"),
        // a cell's first word cut onto its own line is joined again
        ("TỈNH SƠN LA\n|\nCỘNG\nHÒA XÃ HỘI", "TỈNH SƠN LA\n\nCỘNG HÒA XÃ HỘI"),
        ("năm 2019\n|\nHà\nNội, ngày 26 tháng 04\n|\nKính\ngửi: Công ty An Phú", "năm 2019\n\nHà Nội, ngày 26 tháng 04\n\nKính gửi: Công ty An Phú"),
        // …and a small letter going on, wherever; a capital word that opens no cell stays
        ("V/v nghỉ học\nKHẨN\nKính\ngửi:\n|\n- Sở Y tế", "V/v nghỉ học\nKHẨN\nKính gửi:\n\n- Sở Y tế"),
        // a row whose first cell is a label reads as a row
        ("VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nKính gửi: | - Bộ Tài chính; |\nXét đề nghị",
         "VĂN PHÒNG CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nKính gửi:\n- Bộ Tài chính;\n\nXét đề nghị"),
        ("| Số | Nội dung |\n|---|---|\n| 1 | Rà soát |", "Số\n1\n\nNội dung\nRà soát"),
        ("Điều 1. Không có bảng nào.", "Điều 1. Không có bảng nào."),
        ("a||b", "a||b"),
    ])
    func columns(_ text: String, _ expected: String) {
        #expect(PipeTable.columns(text) == expected)
    }
}
