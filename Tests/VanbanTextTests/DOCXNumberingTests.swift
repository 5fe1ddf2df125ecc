import Foundation
import Testing
@testable import VanbanText

/// List labels from numbering.xml, given directly or through a paragraph style.
@Suite struct DOCXNumberingTests {
    typealias B = DOCXBuilder

    private func body(_ paragraphs: [String], numbering: String, styles: String? = nil) throws -> [String] {
        var builder = B(body: paragraphs.joined())
        builder.numbering = numbering
        builder.styles = styles
        return try builder.extract().body.split(separator: "\n").map(String.init)
    }

    @Test func multilevelDecimalLabelsCountAndRestart() throws {
        let numbering = B.list(numId: 3, abstractId: 0, levels: [
            B.level(0, format: "upperRoman", text: "%1."),
            B.level(1, format: "decimal", text: "%2."),
            B.level(2, format: "decimal", text: "%2.%3."),
            B.level(3, format: "lowerLetter", text: "%4)"),
        ])
        let lines = try body([
            B.paragraph("MỤC ĐÍCH, YÊU CẦU", numId: 3, level: 0),
            B.paragraph("Mục đích", numId: 3, level: 1),
            B.paragraph("Nâng cao nhận thức của cán bộ, công chức", numId: 3, level: 2),
            B.paragraph("Cấp tỉnh", numId: 3, level: 3),
            B.paragraph("Cấp huyện", numId: 3, level: 3),
            B.paragraph("Bảo đảm an toàn thông tin", numId: 3, level: 2),
            B.paragraph("Yêu cầu", numId: 3, level: 1),
            B.paragraph("Đoạn không đánh số"),
            B.paragraph("Bám sát Kế hoạch số 315/KH-UBND", numId: 3, level: 2),
            B.paragraph("NHIỆM VỤ, GIẢI PHÁP", numId: 3, level: 0),
            B.paragraph("Chuyển đổi số", numId: 3, level: 1),
        ], numbering: numbering)
        #expect(lines == [
            "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "1.1. Nâng cao nhận thức của cán bộ, công chức", "a) Cấp tỉnh",
            "b) Cấp huyện", "1.2. Bảo đảm an toàn thông tin", "2. Yêu cầu", "Đoạn không đánh số",
            "2.1. Bám sát Kế hoạch số 315/KH-UBND", "II. NHIỆM VỤ, GIẢI PHÁP", "1. Chuyển đổi số",
        ])
    }

    @Test func startValuesRestartRulesAndLegalNumbering() throws {
        let numbering = B.list(numId: 1, abstractId: 0, levels: [
            B.level(0, format: "decimal", text: "Điều %1.", start: 5),
            B.level(1, format: "upperLetter", text: "%2.", restart: 0),
            "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:isLgl/><w:numFmt w:val=\"lowerRoman\"/>"
                + "<w:lvlText w:val=\"%2.%3\"/></w:lvl>",
        ])
        let lines = try body([
            B.paragraph("Phạm vi điều chỉnh", numId: 1, level: 0),
            B.paragraph("Cơ quan nhà nước", numId: 1, level: 1),
            B.paragraph("Đối tượng áp dụng", numId: 1, level: 0),
            B.paragraph("Tổ chức chính trị - xã hội", numId: 1, level: 1),
            B.paragraph("khoản thứ hai", numId: 1, level: 2),
        ], numbering: numbering)
        #expect(lines == ["Điều 5. Phạm vi điều chỉnh", "A. Cơ quan nhà nước", "Điều 6. Đối tượng áp dụng",
                          "B. Tổ chức chính trị - xã hội", "2.1 khoản thứ hai"])
    }

    @Test(arguments: [
        ("-", nil as String?, "-"),
        ("–", nil, "-"),
        ("\u{F02D}", "Symbol", "-"),
        ("\u{F0B7}", "Symbol", "•"),
        ("\u{F0A7}", "Wingdings", "•"),
        ("o", "Courier New", "•"),
        ("•", nil, "•"),
        ("+", nil, "+"),
    ])
    func bulletGlyphs(glyph: String, font: String?, label: String) throws {
        let numbering = B.list(numId: 1, abstractId: 0, levels: [B.level(0, format: "bullet", text: glyph, font: font)])
        let lines = try body([B.paragraph("Tỷ lệ hồ sơ trực tuyến đạt 92%;", numId: 1, level: 0)], numbering: numbering)
        #expect(lines == ["\(label) Tỷ lệ hồ sơ trực tuyến đạt 92%;"])
    }

    @Test func styleNumberingWithBasedOnInheritanceAndNumIdZero() throws {
        let numbering = B.list(numId: 1, abstractId: 8, levels: [B.level(0, format: "bullet", text: "-")])
            + B.list(numId: 2, abstractId: 9, levels: [B.level(0, format: "decimal", text: "%1)"),
                                                        B.level(1, format: "lowerLetter", text: "%2)")])
        let styles = """
            <w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
            <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>\
            <w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>\
            <w:rPr><w:sz w:val="26"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="ChiTieu"><w:name w:val="Chỉ tiêu"/>\
            <w:basedOn w:val="ListBullet"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="NhiemVu"><w:basedOn w:val="Normal"/><w:pPr><w:numPr>\
            <w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
            """
        let lines = try body([
            B.paragraph("92% hồ sơ công việc được xử lý trên môi trường mạng;", style: "ListBullet"),
            B.paragraph("86% thủ tục hành chính trực tuyến toàn trình;", style: "ChiTieu"),
            B.paragraph("Không đánh số dù có kiểu danh sách", style: "ListBullet", numId: 0),
            B.paragraph("Rà soát quy trình", style: "NhiemVu"),
            B.paragraph("Số hóa kết quả", style: "NhiemVu"),
            B.paragraph("Nhiệm vụ cấp trên", style: "NhiemVu", level: 0),
        ], numbering: numbering, styles: styles)
        #expect(lines == [
            "- 92% hồ sơ công việc được xử lý trên môi trường mạng;", "- 86% thủ tục hành chính trực tuyến toàn trình;",
            "Không đánh số dù có kiểu danh sách", "a) Rà soát quy trình", "b) Số hóa kết quả", "1) Nhiệm vụ cấp trên",
        ])
    }

    @Test func levelBoundToAStyleInNumberingXML() throws {
        let numbering = B.list(numId: 4, abstractId: 1, levels: [
            B.level(0, format: "decimal", text: "%1."),
            "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:pStyle w:val=\"Khoan\"/>"
                + "<w:lvlText w:val=\"%2)\"/></w:lvl>",
        ])
        let styles = "<w:style w:type=\"paragraph\" w:styleId=\"Khoan\"><w:pPr><w:numPr><w:numId w:val=\"4\"/>"
            + "</w:numPr></w:pPr></w:style>"
        let lines = try body([B.paragraph("Khoản một", style: "Khoan"), B.paragraph("Khoản hai", style: "Khoan")],
                             numbering: numbering, styles: styles)
        #expect(lines == ["a) Khoản một", "b) Khoản hai"])
    }

    @Test func instancesShareTheirAbstractCountUnlessTheyOverrideTheStart() throws {
        let numbering = B.list(numId: 1, abstractId: 0, levels: [B.level(0, format: "decimal", text: "%1.")])
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
            + "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        let lines = try body([
            B.paragraph("một", numId: 1), B.paragraph("hai", numId: 2),
            B.paragraph("lại một", numId: 3), B.paragraph("lại hai", numId: 3),
        ], numbering: numbering)
        #expect(lines == ["1. một", "2. hai", "1. lại một", "2. lại hai"])
    }

    @Test func countersStartAfreshInEachDocumentThatSharesATemplate() throws {
        let numbering = B.list(numId: 1, abstractId: 0, levels: [B.level(0, format: "decimal", text: "%1.")])
        let styles = "<w:style w:type=\"paragraph\" w:styleId=\"ListNumber\"><w:pPr><w:numPr><w:numId w:val=\"1\"/>"
            + "</w:numPr></w:pPr></w:style>"
        let paragraphs = [B.paragraph("Quán triệt", style: "ListNumber"), B.paragraph("Triển khai", style: "ListNumber")]
        let first = try body(paragraphs, numbering: numbering, styles: styles)
        let second = try body(paragraphs, numbering: numbering, styles: styles)
        #expect(first == ["1. Quán triệt", "2. Triển khai"])
        #expect(second == first)
    }

    @Test func levelsThatShowNothingGiveNoLabel() throws {
        let numbering = B.list(numId: 1, abstractId: 0, levels: [
            B.level(0, format: "none", text: ""), B.level(1, format: "bullet", text: ""),
        ])
        let lines = try body([B.paragraph("không nhãn", numId: 1, level: 0), B.paragraph("cũng không", numId: 1, level: 1),
                              B.paragraph("không có định nghĩa", numId: 7)], numbering: numbering)
        #expect(lines == ["không nhãn", "cũng không", "không có định nghĩa"])
    }

    @Test(arguments: [
        (1, "decimal", "1"), (7, "decimalZero", "07"), (12, "decimalZero", "12"), (1, "lowerLetter", "a"),
        (26, "upperLetter", "Z"), (28, "lowerLetter", "bb"), (4, "upperRoman", "IV"), (1994, "lowerRoman", "mcmxciv"),
        (3, "vietnameseCounting", "3"), (0, "upperRoman", "0"),
    ])
    func numberFormats(value: Int, format: String, expected: String) {
        #expect(ListNumberFormat.render(value, format: format) == expected)
    }
}

/// The parse cache of numbering and styles parts: a letter's labels never come from another
/// letter's part, even one whose zip directory gives the same CRC-32 and size.
@Suite struct DOCXPartCacheTests {
    typealias B = DOCXBuilder

    /// A one-item list in `format` ("lowerRoman" or "upperRoman": the parts are the same length).
    private func letter(_ format: String, forgedCRCOf other: String? = nil) -> Data {
        var builder = B(body: B.paragraph("Mục tiêu", numId: 1, level: 0))
        builder.numbering = B.list(numId: 1, abstractId: 0, levels: [B.level(0, format: format, text: "%1.")])
        var zip = builder.zip()
        if let other, let index = zip.entries.firstIndex(where: { $0.name == "word/numbering.xml" }) {
            // The directory claims the other letter's CRC: the part no longer matches it.
            zip.entries[index].crcOverride = DOCXZipWriter.crc32(Array(B(body: "").numberingPart(format: other).utf8))
        }
        return zip.data()
    }

    @Test func aPartWithTheSameCRCAndSizeButOtherBytesIsParsedOnItsOwn() throws {
        let intact = try TextExtractor().extract(letter("upperRoman"), fileExtension: "docx")
        #expect(intact.body == "I. Mục tiêu")
        // Same size, directory CRC forged to the first letter's: the part is damaged and says so.
        let forged = try TextExtractor().extract(letter("lowerRoman", forgedCRCOf: "upperRoman"), fileExtension: "docx")
        #expect(!forged.body.hasPrefix("I."))
        #expect(forged.warnings.contains { $0.contains("numbering") })
    }

    @Test func theCacheSharesOnlyIdenticalBytes() {
        let cache = PartCache<String>()
        var parses = 0
        let a = cache.value(for: Array("<a/>".utf8)) { parses += 1; return "A" }
        let b = cache.value(for: Array("<b/>".utf8)) { parses += 1; return "B" }
        let again = cache.value(for: Array("<a/>".utf8)) { parses += 1; return "A2" }
        #expect([a, b, again] == ["A", "B", "A"])
        #expect(parses == 2)
    }
}

extension DOCXBuilder {
    /// The numbering.xml text the builder writes for a one-level list in `format`.
    func numberingPart(format: String) -> String {
        var builder = self
        builder.numbering = DOCXBuilder.list(numId: 1, abstractId: 0, levels: [DOCXBuilder.level(0, format: format, text: "%1.")])
        return builder.zip().entries.first { $0.name == "word/numbering.xml" }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    }
}
