import Foundation
import Testing
import VanbanTestSupport
@testable import VanbanText

/// The PDF reader on letters drawn by the test: the repairs it makes to poppler's text.
@Suite struct PDFLayoutTests {
    private func read(_ data: Data) throws -> DocumentText {
        try TextExtractor().extract(data, fileExtension: "pdf")
    }

    @Test func headerCellsComeOutAColumnAtATime() throws {
        let pdf = TestPDFBuilder()
        pdf.tableRow("ỦY BAN NHÂN DÂN TỈNH SƠN LA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        pdf.tableRow("SỞ TÀI CHÍNH", "Độc lập - Tự do - Hạnh phúc")
        pdf.tableRow("Số: 215/STC-QLNS", nil)
        pdf.tableRow("V/v quyết toán ngân sách", "Sơn La, ngày 14 tháng 3 năm 2024")
        pdf.centred("Kính gửi: Ủy ban nhân dân các huyện, thành phố.")
        let text = try read(pdf.finish())
        #expect(text.pages == 1)
        let lines = text.body.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(8)) == [
            "ỦY BAN NHÂN DÂN TỈNH SƠN LA", "SỞ TÀI CHÍNH", "Số: 215/STC-QLNS", "V/v quyết toán ngân sách",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Sơn La, ngày 14 tháng 3 năm 2024",
            "Kính gửi: Ủy ban nhân dân các huyện, thành phố.",
        ])
    }

    @Test func wrappedParagraphIsOneLineAndSymbolsKeepTheirHyphen() throws {
        let pdf = TestPDFBuilder()
        // Chosen so that "19/CT-" ends a line and "TTg" starts the next.
        let words = "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2021, Sở Tài chính đề nghị các đơn vị thực hiện tốt các nội dung sau đây."
        pdf.paragraph(words)
        pdf.paragraph("Tiếp tục triển khai Kế hoạch số 84/KH-UBND ngày 15/5/2017 của Ủy ban nhân dân tỉnh.")
        let text = try read(pdf.finish())
        let lines = text.body.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0] == words)
        #expect(!text.body.contains("CTTTg"))
    }

    @Test func symbolCutAtALineEndIsJoinedWithoutSpace() throws {
        let pdf = TestPDFBuilder()
        // A line that ends in "05-" (justified to the margin) and goes on with "CT/TW".
        pdf.line("Tiếp tục thực hiện nghiêm túc các nội dung đã nêu trong Chỉ thị số 05-", indent: 0, justified: true)
        pdf.line("CT/TW ngày 15/5/2016 của Bộ Chính trị.", indent: 0)
        let lines = try read(pdf.finish()).body.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines[0].contains("Chỉ thị số 05-CT/TW ngày 15/5/2016"))
    }

    @Test func paragraphGoesOnAcrossAPageBreakAndPageNumbersAreDropped() throws {
        let pdf = TestPDFBuilder()
        for _ in 0..<27 {
            pdf.line("1. Đẩy mạnh công tác tuyên truyền, phổ biến các chủ trương của Đảng;")
        }
        pdf.line("Các cơ quan, đơn vị tiếp tục tuyên truyền, quán triệt nội dung Kết luận số 01-", indent: 0, justified: true)
        pdf.newPage(pageNumber: 1)
        pdf.line("KL/TW ngày 18/5/2021 của Bộ Chính trị đến toàn thể cán bộ, công chức.", indent: 0)
        let text = try read(pdf.finish(pageNumber: 2))
        #expect(text.pages == 2)
        #expect(text.body.contains("Kết luận số 01-KL/TW ngày 18/5/2021"))
        #expect(!text.body.split(separator: "\n").contains { $0 == "1" || $0 == "2" })
        #expect(text.furniture.contains("1") && text.furniture.contains("2"))
    }

    @Test func signatureTableCellsComeOutApart() throws {
        let pdf = TestPDFBuilder()
        pdf.paragraph("Đề nghị các đơn vị nghiêm túc thực hiện./.")
        pdf.tableRow("Nơi nhận:", "KT. GIÁM ĐỐC")
        pdf.tableRow("- Như trên;", "PHÓ GIÁM ĐỐC")
        pdf.tableRow("- UBND tỉnh (b/c);", nil)
        pdf.tableRow("- Lưu: VT, QLNS.", nil)
        pdf.tableRow(nil, "Lò Văn Chung")
        let lines = try read(pdf.finish()).body.split(separator: "\n").map(String.init)
        #expect(lines == ["Đề nghị các đơn vị nghiêm túc thực hiện./.", "Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);",
                          "- Lưu: VT, QLNS.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lò Văn Chung"])
    }

    @Test func listItemsStayLines() throws {
        let pdf = TestPDFBuilder()
        pdf.line("1. Chỉ tiêu cần đạt")
        pdf.line("- Tổ chức 14 phiên giao dịch việc làm;")
        pdf.line("- Tuyển sinh, đào tạo nghề cho 17.100 người.")
        let lines = try read(pdf.finish()).body.split(separator: "\n")
        #expect(lines.count == 3)
    }

    @Test func blankPagesGiveNoText() throws {
        let pdf = TestPDFBuilder()
        pdf.newPage()
        pdf.newPage()
        let text = try read(pdf.finish())
        #expect(text.pages == 2)
        #expect(text.body.isEmpty)
    }

    @Test func pageCapGivesTooLarge() throws {
        let pdf = TestPDFBuilder()
        for _ in 0..<4 { pdf.newPage() }
        let data = pdf.finish()
        #expect {
            try TextExtractor(limits: ExtractionLimits(maxPages: 3)).extract(data, fileExtension: "pdf")
        } throws: { error in
            (error as? TextExtractionError)?.code == .tooLarge
        }
    }

    @Test func damagedBytesAreCorrupt() {
        var bytes = Data("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".utf8)
        bytes.append(Data((0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }))
        #expect {
            try TextExtractor().extract(bytes, fileExtension: "pdf")
        } throws: { error in
            (error as? TextExtractionError)?.code == .corrupt
        }
    }

    @Test(.enabled(if: SharedFolder.exists("eval/bad"), "../shared/eval/bad is absent"))
    func sharedHostileFiles() throws {
        let expected: [String: TextExtractionError.Code] = [
            "truncated.pdf": .corrupt, "encrypted.pdf": .encrypted, "random.pdf": .corrupt, "empty.pdf": .empty,
        ]
        for (name, code) in expected {
            let data = try Data(contentsOf: URL(fileURLWithPath: SharedFolder.path("eval/bad/" + name)))
            #expect(throws: (any Error).self) { try TextExtractor().extract(data, fileExtension: "pdf") }
            do {
                _ = try TextExtractor().extract(data, fileExtension: "pdf")
            } catch let error as TextExtractionError {
                #expect(error.code == code, "\(name)")
            }
        }
    }
}
