import Foundation
import Testing
@testable import VanbanText

/// DOCX whose runs mix fonts: each run in a legacy font (`w:rFonts` .VnTime, .VnTimeH, VNI-Times)
/// decoded by its font once, Unicode runs kept as they are, and runs in a font of another name
/// that were typed in a legacy encoding all the same read by the guess, never a run twice.
@Suite struct DOCXLegacyRunTests {
    private typealias B = DOCXBuilder

    /// A run of `text` set in `font`, its characters the font's codes (`encoding`) as Word keeps them.
    private static func run(_ text: String, font: String, encoding: LegacyVietnamese.Encoding?) -> String {
        let stored: String
        if let encoding, let bytes = LegacyVietnamese.encode(text, as: encoding) {
            stored = LegacyVietnamese.decodeWindows1252(bytes)
        } else {
            stored = text
        }
        return "<w:r><w:rPr><w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\"/></w:rPr>"
            + "<w:t xml:space=\"preserve\">\(B.escape(stored))</w:t></w:r>"
    }

    private static func text(_ paragraphs: [[String]]) throws -> DocumentText {
        let body = paragraphs.map { B.paragraph(runs: $0.joined()) }.joined()
        return try TextExtractor(limits: .standard, ocr: .off).extract(B(body: body).data(), fileExtension: "docx")
    }

    /// Unicode runs with capitals that are legacy codes too ("Á" is "ầ"'s code in TCVN3), beside
    /// runs decoded by their fonts: the Unicode runs come out as typed.
    @Test func unicodeRunsBesideLegacyRunsAreNotDecoded() throws {
        let document = try Self.text([
            [Self.run("ủy ban nhân dân tỉnh nghệ an", font: ".VnTimeH", encoding: .tcvn3)],
            [Self.run("Số: 11/STNMT-TNN", font: ".VnTime", encoding: .tcvn3)],
            [Self.run("CÁC ĐƠN VỊ TRỰC THUỘC SỞ; ÔNG ÂN, BÀ Ý", font: "Times New Roman", encoding: nil)],
            [Self.run("Kính gửi: ", font: "Times New Roman", encoding: nil),
             Self.run("Phòng Tài nguyên nước", font: ".VnTime", encoding: .tcvn3)],
            [Self.run("Nghệ An, ngày 27 tháng 2 năm 2023", font: "VNI-Times", encoding: .vni)],
        ])
        #expect(document.body.split(separator: "\n").map(String.init) == [
            "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Số: 11/STNMT-TNN", "CÁC ĐƠN VỊ TRỰC THUỘC SỞ; ÔNG ÂN, BÀ Ý",
            "Kính gửi: Phòng Tài nguyên nước", "Nghệ An, ngày 27 tháng 2 năm 2023",
        ])
        #expect(document.legacyEncoding == "TCVN3")
    }

    /// Headings in .VnTimeH, the body in a font whose name says nothing but typed in TCVN3: the
    /// body is decoded by the guess, the headings once by their font.
    @Test func undeclaredLegacyRunsAreGuessedAndHeadingsAreNotReadTwice() throws {
        let document = try Self.text([
            [Self.run("quyết định", font: ".VnTimeH", encoding: .tcvn3)],
            [Self.run("Về việc phê duyệt kế hoạch đánh giá chất lượng giáo dục năm 2011", font: "Arial", encoding: .tcvn3)],
            [Self.run("Lệ Thuỷ, ngày 29 tháng 11 năm 2011. Cộng hoà xã hội chủ nghĩa Việt Nam", font: "Arial",
                      encoding: .tcvn3)],
            [Self.run("giám đốc", font: ".VnTimeH", encoding: .tcvn3)],
        ])
        #expect(document.body.split(separator: "\n").map(String.init) == [
            "QUYẾT ĐỊNH", "Về việc phê duyệt kế hoạch đánh giá chất lượng giáo dục năm 2011",
            "Lệ Thuỷ, ngày 29 tháng 11 năm 2011. Cộng hoà xã hội chủ nghĩa Việt Nam", "GIÁM ĐỐC",
        ])
        #expect(document.legacyEncoding == "TCVN3")
    }

    /// A DOCX with no legacy font at all, typed in TCVN3: the whole-text guess still reads it.
    @Test func aDocumentWithNoLegacyFontIsStillGuessed() throws {
        let document = try Self.text([
            [Self.run("Cộng hoà xã hội chủ nghĩa Việt Nam", font: "Arial", encoding: .tcvn3)],
            [Self.run("Độc lập - Tự do - Hạnh phúc", font: "Arial", encoding: .tcvn3)],
        ])
        #expect(document.body == "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc")
        #expect(document.legacyEncoding == "TCVN3")
    }
}
