import CPoppler
import Foundation
import Testing
import VanbanOCR
import VanbanRecord

/// `vanban extract` and `vanban text` on a scanned letter: OCR, its record fields, `--no-ocr`, `--ocr-lang`.
@Suite(.enabled(if: CLIRunner.binary != nil, "the vanban executable was not built"))
struct OCRCommandTests {
    /// A one-page công văn drawn with cairo (header table, body, signature table), then scanned
    /// at 200 dpi, turned by 1°, with a little dust.
    static let scan: Data = {
        final class Sink { var data = Data() }
        let sink = Sink()
        let write: cairo_write_func_t = { closure, bytes, length in
            Unmanaged<Sink>.fromOpaque(closure!).takeUnretainedValue().data.append(bytes!, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }
        let surface = cairo_pdf_surface_create_for_stream(write, Unmanaged.passUnretained(sink).toOpaque(), 595, 842)
        let cr = cairo_create(surface)
        cairo_select_font_face(cr, "DejaVu Serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, 12)
        func show(_ text: String, centredAt x: Double, _ y: Double) {
            var extents = cairo_text_extents_t()
            cairo_text_extents(cr, text, &extents)
            cairo_move_to(cr, x - extents.x_advance / 2, y)
            cairo_show_text(cr, text)
        }
        let rows: [(String?, String?)] = [
            ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("TỈNH CAO BẰNG", "Độc lập - Tự do - Hạnh phúc"),
            ("SỞ NỘI VỤ", nil), ("Số: 88/SNV-TĐKT", nil),
            ("V/v hướng dẫn khen thưởng năm 2024", "Cao Bằng, ngày 09 tháng 12 năm 2024"),
        ]
        for (i, row) in rows.enumerated() {
            if let left = row.0 { show(left, centredAt: 150, 70 + 17 * Double(i)) }
            if let right = row.1 { show(right, centredAt: 410, 70 + 17 * Double(i)) }
        }
        show("Kính gửi: Các sở, ban, ngành tỉnh.", centredAt: 297, 170)
        cairo_move_to(cr, 70, 190)
        cairo_show_text(cr, "Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND tỉnh, Sở Nội vụ")
        cairo_move_to(cr, 70, 207)
        cairo_show_text(cr, "hướng dẫn như sau.")
        let closing: [(String?, String?)] = [("Nơi nhận:", "GIÁM ĐỐC"), ("- Như trên;", nil), ("- Lưu: VT.", nil)]
        for (i, row) in closing.enumerated() {
            if let left = row.0 { cairo_move_to(cr, 70, 250 + 15 * Double(i)); cairo_show_text(cr, left) }
            if let right = row.1 { show(right, centredAt: 410, 250 + 15 * Double(i)) }
        }
        show("Nông Văn Bằng", centredAt: 410, 330)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        return (try? ScannedPDFMaker(dpi: 200, rotation: 1, noise: ScanNoise(amount: 0.0005)).scan(sink.data)) ?? Data()
    }()

    @Test func aScanGetsItsFieldsAndIsMarkedAsRead() throws {
        let dir = try TemporaryFolder()
        let file = try dir.write("scan.pdf", Self.scan)
        let result = try CLIRunner.run(["extract", file])
        #expect(result.status == 0)
        let json = try JSONValue.parse(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        let record = try Record(json: json)
        #expect(record.status == .ok)
        #expect(record.number?.raw == "88/SNV-TĐKT")
        #expect(record.date == "2024-12-09")
        #expect(record.issuer?.name?.lowercased() == "sở nội vụ")
        #expect(record.issuer?.parent?.lowercased() == "ủy ban nhân dân tỉnh cao bằng")
        #expect(record.signer?.name == "Nông Văn Bằng")
        #expect(json["ocr"] == .bool(true))
        #expect((json["ocrConfidence"]?.doubleValue ?? 0) > 0.8)
        #expect(record.warnings == ["page 1 read by OCR (no usable text layer)"])
    }

    @Test func noOCRLeavesTheScanUnreadAndSaysSo() throws {
        let dir = try TemporaryFolder()
        let file = try dir.write("scan.pdf", Self.scan)
        let result = try CLIRunner.run(["extract", "--no-ocr", file])
        #expect(result.status == 1)
        let json = try JSONValue.parse(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        let record = try Record(json: json)
        #expect(record.error?.code == "no-text")
        #expect(record.warnings == ["page 1 has no text layer; OCR is off"])
        #expect(json["ocr"] == nil)
    }

    @Test func aLanguageWithoutDataIsAUsageError() throws {
        let result = try CLIRunner.run(["extract", "--ocr-lang", "xyz", "/nonexistent/x.pdf"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no Tesseract language data for \"xyz\""))
    }

    @Test func textShowsWhatOCRRead() throws {
        let dir = try TemporaryFolder()
        let file = try dir.write("scan.pdf", Self.scan)
        let result = try CLIRunner.run(["text", "--ocr-lang", "vie", file])
        #expect(result.status == 0)
        // The header's cells one after the other, as from a text layer.
        #expect(result.stdout.hasPrefix("""
            ỦY BAN NHÂN DÂN
            TỈNH CAO BẰNG
            SỞ NỘI VỤ
            Số: 88/SNV-TĐKT
            V/v hướng dẫn khen thưởng năm 2024
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Cao Bằng, ngày 09 tháng 12 năm 2024
            Kính gửi: Các sở, ban, ngành tỉnh.

            """))
    }
}
