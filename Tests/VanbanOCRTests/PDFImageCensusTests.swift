import Foundation
import Testing
@testable import VanbanOCR

@Suite("Image sizes declared in PDF bytes")
struct PDFImageCensusTests {
    static func pdf(_ objects: String...) -> Data {
        Data(("%PDF-1.4\n" + objects.joined(separator: "\n") + "\n%%EOF\n").utf8)
    }

    @Test func theLargestImageIsFound() {
        let data = Self.pdf(
            "5 0 obj << /Type /XObject /Subtype /Image /Width 1653 /Height 2338 /BitsPerComponent 8 >> stream\nxx\nendstream endobj",
            "6 0 obj <</Subtype/Image/Height 20/Width 10/DecodeParms<</Columns 10>>>>stream\nyy\nendstream endobj")
        #expect(PDFImageCensus.largestImage(in: data) == 1653 * 2338)
    }

    @Test func aBombIsSeenWithoutDecoding() {
        let data = Self.pdf("7 0 obj << /Subtype /Image /Width 32767 /Height 32767 /Filter /FlateDecode >> stream\nz\nendstream endobj")
        #expect(PDFImageCensus.largestImage(in: data) == 32767 * 32767)
        #expect(!OCREngine.scansAreSafeToMeasure(data))
    }

    @Test func aSizeGivenByReferenceIsUnknown() {
        let data = Self.pdf("8 0 obj << /Subtype /Image /Width 9 0 R /Height 100 >> stream\nz\nendstream endobj")
        #expect(PDFImageCensus.largestImage(in: data) == nil)
        #expect(!OCREngine.scansAreSafeToMeasure(data))
    }

    @Test func procSetNamesAndFormsAreNoImages() {
        let data = Self.pdf("3 0 obj << /ProcSet [/PDF /Text /ImageB /ImageC] /XObject << >> >> endobj",
                            "4 0 obj << /Subtype /Form /BBox [0 0 10 10] >> stream\nq\nendstream endobj")
        #expect(PDFImageCensus.largestImage(in: data) == 0)
        #expect(OCREngine.scansAreSafeToMeasure(data))
    }

    @Test func aScanMadeHereDeclaresItsPages() throws {
        // A4 (595 × 842 pt) at 100 dpi.
        let scan = try ScannedPDFMaker(dpi: 100).scan(LetterPDF.decision)
        #expect(PDFImageCensus.largestImage(in: scan) == 826 * 1169)
    }
}
