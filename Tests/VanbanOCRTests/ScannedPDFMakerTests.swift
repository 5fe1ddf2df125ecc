import CPoppler
import Foundation
import Testing
@testable import VanbanOCR

@Suite("Scanned PDFs")
struct ScannedPDFMakerTests {
    @Test func aScanKeepsThePagesButLosesTheTextLayer() throws {
        let original = LetterPDF.decision
        #expect(LetterPDF.textLayer(of: original)[0].contains("12/QĐ-UBND"))
        let scan = try ScannedPDFMaker(dpi: 100, rotation: 1.5, noise: ScanNoise(amount: 0.002)).scan(original)
        #expect(LetterPDF.textLayer(of: scan).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } == ["", ""])
        for (scanned, printed) in zip(LetterPDF.pageSizes(of: scan), LetterPDF.pageSizes(of: original)) {
            #expect(abs(scanned.0 - printed.0) < 1.5 && abs(scanned.1 - printed.1) < 1.5)
        }
    }

    @Test func aScanIsReadAtItsOwnResolution() throws {
        func resolution(_ pdf: Data) -> Double? {
            LetterPDF.withDocument(pdf) { document in
                let page = poppler_document_get_page(document, 0)!
                defer { g_object_unref(UnsafeMutableRawPointer(page)) }
                return PageRasterizer.scanResolution(of: page)
            }
        }
        #expect(abs((resolution(try ScannedPDFMaker(dpi: 150).scan(LetterPDF.decision)) ?? 0) - 150) < 0.5)
        #expect(resolution(LetterPDF.decision) == nil)
        let engine = try OCREngine(dpi: 300)
        #expect(engine.resolution(forScanAt: 150) == 300)
        #expect(engine.resolution(forScanAt: 240) == 240)
        #expect(engine.resolution(forScanAt: 600) == 300)
        #expect(engine.resolution(forScanAt: 1_200) == 300)
        #expect(engine.resolution(forScanAt: nil) == 300)
        #expect(engine.resolution(forScanAt: 10) == 300)
    }

    @Test func aRenderedPageIsGreyOnWhiteAtTheAskedResolution() throws {
        let image = try LetterPDF.withDocument(LetterPDF.decision) { document in
            try PopplerDocumentTestPage.render(document, index: 1, dpi: 72)
        }
        #expect(image.width == 595 && image.height == 842 && image.dpi == 72)
        #expect(image.pixels[0] == 255)
        #expect(image.pixels.contains { $0 < 64 })
    }

    @Test func noiseIsRepeatableAndBounded() throws {
        let blank = try PageImage(width: 100, height: 100, dpi: 100, pixels: Array(repeating: 255, count: 10_000))
        var first = blank, second = blank, other = blank
        ScanNoise(amount: 0.01, seed: 7).apply(to: &first)
        ScanNoise(amount: 0.01, seed: 7).apply(to: &second)
        ScanNoise(amount: 0.01, seed: 8).apply(to: &other)
        #expect(first == second)
        #expect(first != other)
        let dirty = first.pixels.filter { $0 < 255 }.count
        #expect(dirty > 50 && dirty <= 100 * 4)
        #expect(ScanNoise(amount: 9).amount == 0.05)
    }

    @Test func bytesThatAreNotAPDFGiveAnError() {
        #expect(throws: OCRError.self) { try ScannedPDFMaker().scan(Data("not a pdf".utf8)) }
    }

    @Test func mismatchedPixelsAreRejected() {
        #expect(throws: OCRError.self) { try PageImage(width: 10, height: 10, dpi: 100, pixels: [0, 1, 2]) }
        #expect(throws: OCRError.self) { try PageImage(width: Int.max, height: 2, dpi: 100, pixels: []) }
    }

    @Test func hugeOrEmptyPagesAreRenderedSmallerOrRefused() throws {
        let rasterizer = PageRasterizer(dpi: 300, maxPixels: 40_000_000)
        let (width, height, _) = try rasterizer.size(width: 14_400, height: 14_400)
        #expect(width * height <= 40_000_000)
        #expect(throws: OCRError.self) { try rasterizer.size(width: 0, height: 842) }
        #expect(throws: OCRError.self) { try rasterizer.size(width: .infinity, height: 842) }
    }
}

/// Renders one page of an open document with `PageRasterizer`.
enum PopplerDocumentTestPage {
    static func render(_ document: OpaquePointer, index: Int32, dpi: Double) throws -> PageImage {
        let page = poppler_document_get_page(document, index)!
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        return try PageRasterizer(dpi: dpi).render(page: page)
    }
}
