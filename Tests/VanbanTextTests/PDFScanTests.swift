import CPoppler
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

    @Test func aScanWithAStampTypedOnItIsReadAndKeepsTheStamp() throws {
        // The scan drawn again by poppler onto a new PDF, and a signature stamp typed under it.
        final class Sink { var data = Data() }
        let sink = Sink()
        let write: cairo_write_func_t = { closure, bytes, length in
            Unmanaged<Sink>.fromOpaque(closure!).takeUnretainedValue().data.append(bytes!, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }
        let surface = cairo_pdf_surface_create_for_stream(write, Unmanaged.passUnretained(sink).toOpaque(), 595, 842)
        let cr = cairo_create(surface)
        let bytes = Self.scan.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        let document = try #require(poppler_document_new_from_bytes(bytes, nil, nil))
        let page = try #require(poppler_document_get_page(document, 0))
        poppler_page_render(page, cr)
        g_object_unref(UnsafeMutableRawPointer(page))
        g_object_unref(UnsafeMutableRawPointer(document))
        g_bytes_unref(bytes)
        cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, 9)
        cairo_move_to(cr, 330, 760)
        cairo_show_text(cr, "Ký bởi: Sở Tài chính tỉnh Sơn La")
        cairo_move_to(cr, 330, 772)
        cairo_show_text(cr, "Thời gian ký: 14.03.2024 09:15:20 +07:00")
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)

        let text = try TextExtractor().extract(sink.data, fileExtension: "pdf")
        #expect(text.ocr)
        let lines = text.body.split(separator: "\n").map(String.init)
        #expect(lines.first == "ỦY BAN NHÂN DÂN TỈNH SƠN LA")
        #expect(lines.contains("Số: 215/STC-QLNS"))
        #expect(lines.suffix(2) == ["Ký bởi: Sở Tài chính tỉnh Sơn La", "Thời gian ký: 14.03.2024 09:15:20 +07:00"])
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

    @Test(arguments: [
        (0, 0.0, true),      // no text layer
        (13, 0.0, false),    // a last page with only the signer's name
        (5, 0.95, true),     // a scan with a page number typed on it
        (150, 0.9, true),    // a scan with a signature stamp typed on it
        (150, 0.3, false),   // a short page with a photo
        (200, 1.0, false),   // a scan that carries its own text layer
    ])
    func pagesWithoutUsableTextGoToOCR(_ letters: Int, _ imageCoverage: Double, _ needed: Bool) {
        #expect(PDFPageOCR.needsOCR(letters: letters, imageCoverage: { imageCoverage }) == needed)
    }

    @Test func aShortLastPageOfTextIsNotReadByOCR() throws {
        let pdf = TestPDFBuilder()
        pdf.paragraph("Sở Tài chính đề nghị các đơn vị gửi báo cáo quyết toán trước ngày 31/3/2024.")
        pdf.newPage()
        pdf.tableRow(nil, "Lò Văn Minh")
        let text = try TextExtractor().extract(pdf.finish(), fileExtension: "pdf")
        #expect(!text.ocr && text.warnings.isEmpty)
        #expect(text.body.hasSuffix("Lò Văn Minh"))
    }

    @Test func pageListsAreShort() {
        #expect(PDFPageOCR.describe([2]) == "page 3")
        #expect(PDFPageOCR.describe([0, 1, 2, 4, 6, 7]) == "pages 1–3, 5, 7–8")
    }
}
