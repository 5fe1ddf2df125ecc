import Foundation
import Testing
import VanbanOCR
@testable import VanbanText

/// Scanned PDFs (images only) through the PDF reader: pages without a text layer go to OCR.
@Suite struct PDFScanTests {
    /// A one-page letter with the usual header table, a paragraph and the signature table.
    static let letter: Data = {
        let pdf = TestPDFBuilder()
        pdf.tableRow("ỦY BAN NHÂN DÂN TỈNH SƠN LA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        pdf.tableRow("SỞ TÀI CHÍNH", "Độc lập - Tự do - Hạnh phúc")
        pdf.tableRow("Số: 215/STC-QLNS", nil)
        pdf.tableRow("V/v quyết toán ngân sách", "Sơn La, ngày 14 tháng 3 năm 2024")
        pdf.centred("Kính gửi: Ủy ban nhân dân các huyện, thành phố.")
        pdf.paragraph("Thực hiện Quyết định số 19/QĐ-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh, Sở Tài chính đề nghị các đơn vị gửi báo cáo quyết toán trước ngày 31/3/2024.")
        pdf.tableRow("Nơi nhận:", "KT. GIÁM ĐỐC")
        pdf.tableRow("- Như trên;", "PHÓ GIÁM ĐỐC")
        pdf.tableRow("- Lưu: VT.", nil)
        pdf.tableRow(nil, "Lò Văn Minh")
        return pdf.finish()
    }()

    /// `letter` as a slightly skewed, slightly dirty 200 dpi scan.
    static let scan: Data = (try? ScannedPDFMaker(dpi: 200, rotation: 1, noise: ScanNoise(amount: 0.0005)).scan(letter)) ?? Data()

    @Test func aScanReadsLikeItsTextLayer() throws {
        let printed = try TextExtractor(ocr: .off).extract(Self.letter, fileExtension: "pdf")
        let scanned = try TextExtractor().extract(Self.scan, fileExtension: "pdf")
        #expect(!printed.ocr && printed.ocrConfidence == nil)
        #expect(scanned.ocr)
        #expect((scanned.ocrConfidence ?? 0) > 0.8)
        #expect(scanned.warnings == ["page 1 read by OCR (no usable text layer)"])
        // Header and signature cells a column at a time, exactly as from the text layer.
        let lines = scanned.body.split(separator: "\n").map(String.init)
        let expected = printed.body.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(8)) == Array(expected.prefix(8)))
        #expect(Array(lines.suffix(6)) == Array(expected.suffix(6)))
        #expect(lines.count == expected.count)
    }

    @Test func withOCROffAScanHasNoTextAndSaysWhy() throws {
        let text = try TextExtractor(ocr: .off).extract(Self.scan, fileExtension: "pdf")
        #expect(text.body.isEmpty && !text.ocr)
        #expect(text.warnings == ["page 1 has no text layer; OCR is off"])
    }

    @Test func missingLanguageDataIsAWarningNotACrash() throws {
        let text = try TextExtractor(ocr: OCROptions(language: "xyz")).extract(Self.scan, fileExtension: "pdf")
        #expect(text.body.isEmpty && !text.ocr)
        #expect(text.warnings.count == 1)
        #expect(text.warnings.first?.hasPrefix("page 1 has no text layer; OCR unavailable: no Tesseract language data for \"xyz\"") == true)
        #expect(OCROptions(language: "xyz").unavailableReason != nil)
        #expect(OCROptions(enabled: false, language: "xyz").unavailableReason == nil)
    }

    @Test(arguments: [(0, 0.0, true), (19, 0.0, true), (20, 0.0, false), (150, 0.9, true), (150, 0.3, false), (200, 1.0, false)])
    func pagesWithAThinTextLayerGoToOCR(_ letters: Int, _ imageShare: Double, _ needed: Bool) {
        #expect(PDFPageOCR.needsOCR(letters: letters, imageShare: { imageShare }) == needed)
    }

    @Test func pageListsAreShort() {
        #expect(PDFPageOCR.describe([2]) == "page 3")
        #expect(PDFPageOCR.describe([0, 1, 2, 4, 6, 7]) == "pages 1–3, 5, 7–8")
    }
}
