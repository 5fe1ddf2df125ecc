import Foundation
import Testing
@testable import VanbanText

/// How the body of a letter comes out: paragraphs as lines, table cells apart, breaks,
/// text boxes once, tracked changes applied, field codes dropped, furniture and notes apart.
@Suite struct DOCXLayoutTests {
    typealias B = DOCXBuilder

    @Test func letterHeaderAndSignatureTablesKeepTheirCellsApart() throws {
        let header = B.table([[
            ["ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 1234/SGDĐT-VP",
             "V/v triển khai nhiệm vụ năm học 2024-2025"],
            ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
             "Nghệ An, ngày 05 tháng 9 năm 2024"],
        ]])
        let signature = B.table([[
            ["Nơi nhận:", "- Như trên;", "- Lưu: VT, VP."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Nguyễn Văn An"],
        ]])
        let body = header + B.paragraph("") + B.paragraph("Kính gửi: Các trường trung học phổ thông.")
            + B.paragraph("Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND tỉnh.") + signature
        let text = try B(body: body).extract()
        #expect(text.format == .docx)
        #expect(text.body == """
            ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
            SỞ GIÁO DỤC VÀ ĐÀO TẠO
            Số: 1234/SGDĐT-VP
            V/v triển khai nhiệm vụ năm học 2024-2025

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc

            Nghệ An, ngày 05 tháng 9 năm 2024

            Kính gửi: Các trường trung học phổ thông.
            Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND tỉnh.

            Nơi nhận:
            - Như trên;
            - Lưu: VT, VP.

            KT. GIÁM ĐỐC
            PHÓ GIÁM ĐỐC

            Nguyễn Văn An
            """)
    }

    @Test func nestedTablesComeOutInReadingOrder() throws {
        let inner = B.table([[["Chỉ tiêu"], ["Kết quả"]], [["Tỷ lệ hồ sơ trực tuyến"], ["đạt 92%"]]])
        let body = B.table(xmlRows: [[B.paragraph("Phụ lục I") + inner + B.paragraph("Ghi chú: số liệu năm 2024"),
                                      B.paragraph("Cột phải")]])
        let lines = try B(body: body).extract().body.split(separator: "\n").map(String.init)
        #expect(lines == ["Phụ lục I", "Chỉ tiêu", "Kết quả", "Tỷ lệ hồ sơ trực tuyến", "đạt 92%",
                          "Ghi chú: số liệu năm 2024", "Cột phải"])
    }

    @Test func tabsBreaksAndPageBreaks() throws {
        let runs = B.run("Căn cứ Quyết định số 749/QĐ-TTg") + "<w:r><w:br/></w:r>"
            + B.run("ngày 03/6/2020 của Thủ tướng Chính phủ;")
        let tabbed = B.run("Điều 1.") + "<w:r><w:tab/></w:r>" + B.run("Phạm vi điều chỉnh")
        let paged = B.run("Hết trang một") + "<w:r><w:br w:type=\"page\"/></w:r>" + B.run("Trang hai")
            + "<w:r><w:cr/></w:r>" + B.run("dòng mới")
        let body = B.paragraph(runs: runs) + B.paragraph(runs: tabbed) + B.paragraph(runs: paged)
        #expect(try B(body: body).extract().body == """
            Căn cứ Quyết định số 749/QĐ-TTg
            ngày 03/6/2020 của Thủ tướng Chính phủ;
            Điều 1.\tPhạm vi điều chỉnh
            Hết trang một
            Trang hai
            dòng mới
            """)
    }

    @Test func textBoxInAlternateContentIsWrittenOnceAfterItsParagraph() throws {
        let box = "<w:txbxContent>\(B.paragraph("DỰ THẢO"))\(B.paragraph("Lần 2"))</w:txbxContent>"
        let drawing = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic>"
            + "<a:graphicData><wps:wsp><wps:txbx>\(box)</wps:txbx></wps:wsp></a:graphicData></a:graphic>"
            + "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>\(box)</v:textbox>"
            + "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        let body = B.paragraph(runs: B.run("Tờ trình về việc") + drawing + B.run(" phê duyệt đề án"))
            + B.paragraph("Kính gửi: Ủy ban nhân dân tỉnh.")
        #expect(try B(body: body).extract().body == """
            Tờ trình về việc phê duyệt đề án
            DỰ THẢO
            Lần 2
            Kính gửi: Ủy ban nhân dân tỉnh.
            """)
    }

    @Test func fallbackIsReadWhenThereIsNoChoice() throws {
        let body = "<w:p><w:r><mc:AlternateContent><mc:Fallback><w:t>chỉ có Fallback</w:t></mc:Fallback>"
            + "</mc:AlternateContent></w:r></w:p>"
        #expect(try B(body: body).extract().body == "chỉ có Fallback")
    }

    @Test func trackedChangesAreApplied() throws {
        let inserted = "<w:ins w:id=\"1\" w:author=\"Văn thư\"><w:r><w:t xml:space=\"preserve\"> Đồng thời thực hiện "
            + "Nghị quyết số 57-NQ/TW.</w:t></w:r></w:ins>"
        let deleted = "<w:del w:id=\"2\" w:author=\"Văn thư\"><w:r><w:delText xml:space=\"preserve\"> Bãi bỏ Kế hoạch "
            + "số 999/KH-UBND.</w:delText></w:r></w:del>"
        let moved = "<w:moveFrom w:id=\"3\"><w:r><w:t>chuyển đi</w:t></w:r></w:moveFrom>"
            + "<w:moveTo w:id=\"4\"><w:r><w:t>chuyển đến</w:t></w:r></w:moveTo>"
        let deletedRow = "<w:tr><w:trPr><w:del w:id=\"5\" w:author=\"A\"/></w:trPr><w:tc>"
            + B.paragraph("Hàng đã xóa") + "</w:tc></w:tr>"
        let table = "<w:tbl><w:tr><w:tc>\(B.paragraph("Hàng còn lại"))</w:tc></w:tr>\(deletedRow)</w:tbl>"
        let joined = "<w:p><w:pPr><w:rPr><w:del w:id=\"6\" w:author=\"A\"/></w:rPr></w:pPr>"
            + B.run("Đoạn nối") + "</w:p>" + B.paragraph(" với đoạn sau.")
        let body = B.paragraph(runs: B.run("Sở Y tế ban hành Kế hoạch.") + inserted + deleted)
            + B.paragraph(runs: moved) + table + joined
        let text = try B(body: body).extract().body
        #expect(text == """
            Sở Y tế ban hành Kế hoạch. Đồng thời thực hiện Nghị quyết số 57-NQ/TW.
            chuyển đến

            Hàng còn lại

            Đoạn nối với đoạn sau.
            """)
        #expect(!text.contains("999/KH-UBND"))
    }

    @Test func fieldCodesAreDroppedAndResultsKept() throws {
        let field = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> "
            + "HYPERLINK \"https://vbpl.vn\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + B.run("Luật Thi đua, khen thưởng") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        let nested = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + B.run("3")
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:instrText> = 1 \"a\" \"b\"</w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + B.run("b")
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        let simple = "<w:fldSimple w:instr=\" DATE \\@ &quot;dd/MM/yyyy&quot; \">\(B.run("05/9/2024"))</w:fldSimple>"
        let body = B.paragraph(runs: B.run("Căn cứ ") + field + B.run(" năm 2022;"))
            + B.paragraph(runs: B.run("Kết quả: ") + nested)
            + B.paragraph(runs: B.run("Ngày ") + simple)
        #expect(try B(body: body).extract().body == """
            Căn cứ Luật Thi đua, khen thưởng năm 2022;
            Kết quả: b
            Ngày 05/9/2024
            """)
    }

    @Test func footersHeadersAndNotesAreKeptApartFromTheBody() throws {
        let pageField = "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/>"
            + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
        let notes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r>"
            + "</w:p></w:footnote><w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>"
            + B.run(" Theo Quyết định số 06/QĐ-TTg ngày 06/01/2022.") + "</w:p></w:footnote>"
        let reference = "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"
        var builder = B(body: B.paragraph(runs: B.run("Đề án 06") + reference + B.run(" được triển khai.")))
        builder.footers = [pageField]
        builder.headers = [B.paragraph("BẢN DỰ THẢO"), ""]
        builder.footnotes = notes
        let text = try builder.extract()
        #expect(text.body == "Đề án 06 được triển khai.")
        #expect(text.furniture == ["BẢN DỰ THẢO", "1"])
        #expect(text.notes == ["Theo Quyết định số 06/QĐ-TTg ngày 06/01/2022."])
        #expect(text.warnings.isEmpty)
    }

    @Test func partsAreFoundByTheirUsualNamesWithoutRelationships() throws {
        var builder = B(body: B.paragraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"))
        builder.relationships = false
        builder.footers = [B.paragraph("Trang 1/2")]
        let text = try builder.extract()
        #expect(text.body == "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
        #expect(text.furniture == ["Trang 1/2"])
    }

    @Test func storedEntriesAreReadToo() throws {
        var zip = B(body: B.paragraph("Quyết định số 12/QĐ-UBND")).zip()
        for index in zip.entries.indices { zip.entries[index].deflated = false }
        #expect(try DOCXTextExtractor(limits: .standard).extract(zip.data()).body == "Quyết định số 12/QĐ-UBND")
    }

    @Test func aDamagedOptionalPartLeavesAWarningNotAFailure() throws {
        var builder = B(body: B.paragraph("Mục tiêu", style: "ListBullet"))
        builder.numbering = B.list(numId: 1, abstractId: 0, levels: [B.level(0, format: "bullet", text: "-")])
        builder.styles = "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:pPr><w:numPr>"
        let text = try builder.extract()
        #expect(text.body == "Mục tiêu")
        #expect(text.warnings.count == 1)
        #expect(text.warnings.first?.contains("word/styles.xml") == true)
    }
}
