import Foundation
import Testing
@testable import VanbanText

/// The caps of `ExtractionLimits` and the `Deadline`, met the same way by every format: the text
/// is cut at `maxTextCharacters` with a warning, a DOCX part over `maxPartBytes` is too large, a
/// deadline that passed gives `timeout` from inside the readers' loops.
@Suite struct ExtractionLimitsTests {
    private typealias B = DOCXBuilder
    private static let sentence = "Thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị. "

    private func error(_ body: () throws -> DocumentText) -> TextExtractionError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? TextExtractionError
        }
    }

    private func limits(characters: Int) -> ExtractionLimits {
        ExtractionLimits(maxTextCharacters: characters)
    }

    @Test func defaultsAreBoundedForALetterArchive() {
        let limits = ExtractionLimits.standard
        #expect(limits.maxPartBytes == 64 << 20)
        #expect(limits.maxInflatedBytes == 128 << 20)
        #expect(limits.maxTextCharacters == 4_000_000)
    }

    @Test func plainTextIsCutAtTheCapWithAWarning() throws {
        let data = Data(String(repeating: Self.sentence + "\n", count: 2_000).utf8)
        let text = try TextExtractor(limits: limits(characters: 1_000)).extract(data, fileExtension: "txt")
        #expect(text.body.unicodeScalars.count == 1_000)
        #expect(text.body.hasPrefix(Self.sentence.trimmingCharacters(in: .whitespaces)))
        #expect(text.warnings.contains(limits(characters: 1_000).textCutWarning))
        let whole = try TextExtractor(limits: limits(characters: 1_000_000)).extract(data, fileExtension: "txt")
        #expect(whole.warnings.isEmpty)
    }

    @Test func plainTextDecodesOnlyThePrefixItKeeps() {
        let utf8 = Array("aàảã".utf8) + Array(repeating: UInt8(0x61), count: 100)
        utf8.withUnsafeBufferPointer { bytes in
            // 1 character → 4 bytes, which would cut "ả" (E1 BA A3): moved back before it.
            #expect(PlainTextReader.prefixLength(bytes, characters: 1) == 3)
            let end = PlainTextReader.prefixLength(bytes, characters: 2)
            #expect(end == 8)
            #expect(String(validating: bytes[0..<end], as: UTF8.self) == "aàảã")
            #expect(PlainTextReader.prefixLength(bytes, characters: 1_000) == bytes.count)
        }
        // UTF-16LE with a BOM and a surrogate pair that the cut would split.
        let utf16: [UInt8] = [0xFF, 0xFE, 0x3D, 0xD8, 0x00, 0xDE, 0x61, 0x00] + Array(repeating: 0, count: 20)
        utf16.withUnsafeBufferPointer { bytes in
            #expect(PlainTextReader.prefixLength(bytes, characters: 1) == 2)
            #expect(PlainTextReader.prefixLength(bytes, characters: 2) == 8)
        }
    }

    @Test func docxIsCutAtTheCapWithAWarning() throws {
        let paragraph = B.paragraph(String(repeating: Self.sentence, count: 20))
        let docx = B(body: String(repeating: paragraph, count: 100))
        let cap = limits(characters: 5_000)
        let text = try TextExtractor(limits: cap).extract(docx.data(), fileExtension: "docx")
        #expect(text.body.unicodeScalars.count == 5_000)
        #expect(text.warnings.contains(cap.textCutWarning))
        // The reader itself stopped there: it did not read the whole part and cut afterwards.
        let direct = try DOCXTextExtractor(limits: cap).extract(docx.data())
        #expect(direct.body.unicodeScalars.count < 5_000 + 2 * paragraph.count)
        #expect(direct.warnings.contains(cap.textCutWarning))
    }

    @Test func oneHugeDocxTextRunIsCopiedOnlyUpToTheCap() throws {
        let docx = B(body: B.paragraph(String(repeating: "ệ", count: 100_000)))
        let cap = limits(characters: 1_000)
        let direct = try DOCXTextExtractor(limits: cap).extract(docx.data())
        #expect(direct.body == String(repeating: "ệ", count: 1_000))
        #expect(direct.warnings.contains(cap.textCutWarning))
    }

    @Test func oneDocxPartOverItsCapIsTooLarge() {
        let paragraph = B.paragraph(String(repeating: Self.sentence, count: 200))
        let data = B(body: String(repeating: paragraph, count: 50)).data()
        let error = error { try DOCXTextExtractor(limits: ExtractionLimits(maxPartBytes: 100_000)).extract(data) }
        #expect(error?.code == .tooLarge)
        #expect(error?.message.contains("one part") == true)
        #expect(self.error { try DOCXTextExtractor(limits: .standard).extract(data) } == nil)
    }

    @Test func docxPastItsDeadlineTimesOutInsideTheXMLLoop() {
        let data = B(body: String(repeating: B.paragraph(Self.sentence), count: 5_000)).data()
        let error = error { try DOCXTextExtractor(limits: .standard).extract(data, deadline: Deadline(seconds: 0)) }
        #expect(error?.code == .timeout)
    }

    @Test func plainTextPastItsDeadlineTimesOut() {
        let data = Data(String(repeating: Self.sentence + "\n", count: 5_000).utf8)
        let error = error { try TextExtractor().extract(data, fileExtension: "txt", deadline: Deadline(seconds: 0)) }
        #expect(error?.code == .timeout)
    }

    @Test func pdfPastItsDeadlineTimesOutBeforeAnyPage() {
        let pdf = TestPDFBuilder()
        pdf.paragraph(Self.sentence)
        let data = pdf.finish()
        let error = error { try TextExtractor().extract(data, fileExtension: "pdf", deadline: Deadline(seconds: 0)) }
        #expect(error?.code == .timeout)
    }

    @Test func pdfStopsReadingPagesAtTheCap() throws {
        let pdf = TestPDFBuilder()
        for page in 1...6 {
            for _ in 0..<10 { pdf.line("Trang \(page): " + Self.sentence, indent: 0) }
            if page < 6 { pdf.newPage() }
        }
        let data = pdf.finish()
        let cap = limits(characters: 1_200)
        let text = try PDFTextExtractor(limits: cap).extract(data)
        #expect(text.warnings.contains(cap.textCutWarning))
        #expect(!text.body.contains("Trang 4"))
        #expect(text.pages == 6)
        let capped = try TextExtractor(limits: cap).extract(data, fileExtension: "pdf")
        #expect(capped.body.unicodeScalars.count == 1_200)
        #expect(capped.warnings.filter { $0 == cap.textCutWarning }.count == 1)
    }

    @Test func glueAppendsInPlaceAsItJoins() {
        var paragraph = "Chỉ thị số 19/CT-"
        PDFTextAssembler.glue(&paragraph, "TTg ngày 16/7/2021")
        #expect(paragraph == "Chỉ thị số 19/CT-TTg ngày 16/7/2021")
        #expect(PDFTextAssembler.glue("Sở Lao động", "- Thương binh") == "Sở Lao động - Thương binh")
        #expect(PDFTextAssembler.glue("a -", "b") == "a - b")
    }
}
