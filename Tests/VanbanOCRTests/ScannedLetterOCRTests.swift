import Foundation
import Testing
import VanbanOCR

/// OCR of a scanned letter, end to end. Each page costs about 1.5 s of Tesseract.
@Suite("OCR of scanned letters")
struct ScannedLetterOCRTests {
    @Test func aSkewedNoisyScanReadsBackTheHeader() throws {
        let engine = try OCREngine(language: "vie", dpi: 300)
        let scan = try ScannedPDFMaker(dpi: 200, rotation: 1.5, noise: ScanNoise(amount: 0.001)).scan(LetterPDF.decision)
        let results = LetterPDF.withDocument(scan) { document in
            engine.recognize(pages: [0, 1, 2], of: document, pdf: scan, threads: 2)
        }
        try #require(results.count == 3)
        let first = try results[0].get(), second = try results[1].get()
        let firstText = Self.lines(first.text), secondText = Self.lines(second.text)

        // The two header cells come one after the other, as a text layer gives them.
        #expect(firstText.hasPrefix("""
            ỦY BAN NHÂN DÂN
            TỈNH SƠN LA
            Số: 12/QĐ-UBND

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Sơn La, ngày 05 tháng 3 năm 2024

            """))
        let firstLines = Set(firstText.split(separator: "\n"))
        #expect(firstLines.contains("QUYẾT ĐỊNH"))
        #expect(firstLines.contains("Về việc ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh"))
        #expect(firstLines.contains("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"))
        #expect(first.meanConfidence > 0.6 && first.meanConfidence <= 1)

        // The recipients cell, then the signer's; at 10 pt a final "." may come back as ",".
        let secondLines = secondText.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(secondLines.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".,")) }.joined(separator: "\n") == """
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký

            Nơi nhận:
            - Như Điều 3;
            - Lưu: VT

            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH

            Nguyễn Hữu Đông
            """)
        #expect(results[2] == .failure(.renderFailed("the document has no page 3")))
    }

    @Test func aBlankPageGivesNoTextAndNoConfidence() throws {
        let engine = try OCREngine()
        let blank = try PageImage(width: 1_240, height: 1_754, dpi: 150, pixels: Array(repeating: 255, count: 1_240 * 1_754))
        let page = try engine.recognize(blank)
        #expect(page.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        #expect(page.meanConfidence == 0)
    }

    @Test func pagesNotStartedBeforeTheDeadlineTimeOut() throws {
        let engine = try OCREngine()
        let blank = try PageImage(width: 100, height: 100, dpi: 150, pixels: Array(repeating: 255, count: 10_000))
        let results = engine.recognizePages(count: 3, threads: 2, deadline: .now - .seconds(1)) { _ in blank }
        #expect(results == Array(repeating: .failure(.timedOut), count: 3))
    }

    /// The OCR text with single spaces, NFC, blank lines kept, so lines can be searched for.
    static func lines(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .joined(separator: "\n")
    }
}
