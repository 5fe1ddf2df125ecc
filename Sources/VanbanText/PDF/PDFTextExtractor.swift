import CPoppler
import Foundation

/// PDF text through poppler-glib, read from the glyph boxes so that the header and signature
/// tables come out a column at a time, wrapped lines are joined into paragraphs, symbols cut at a
/// line or page end are joined with their hyphen kept, and running page numbers are dropped.
/// Pages without a usable text layer (scans) are read by OCR, when `ocr` allows.
struct PDFTextExtractor {
    let limits: ExtractionLimits
    var ocr: OCROptions = .standard

    func extract(_ data: Data) throws -> DocumentText {
        let started = Date()
        let deadline = ContinuousClock.now + .milliseconds(Int64(min(limits.timeBudget, 1e9) * 1000))
        let document = try PDFDocumentHandle(data)
        let pageCount = document.pageCount
        if pageCount > limits.maxPages {
            throw TextExtractionError(.tooLarge, "the PDF has \(pageCount) pages; the limit is \(limits.maxPages)")
        }
        var pages: [PDFPageLines] = []
        var scanned: [Int] = []
        var warnings: [String] = []
        let annotations = PDFAnnotationLayer(document, data: data)
        for index in 0..<pageCount {
            if Date().timeIntervalSince(started) > limits.timeBudget {
                if pages.allSatisfy({ $0.rows.isEmpty }) {
                    throw TextExtractionError(.timeout, "no text read within \(Int(limits.timeBudget)) s")
                }
                warnings.append("stopped after page \(index) of \(pageCount): time limit of \(Int(limits.timeBudget)) s")
                break
            }
            let glyphs = document.page(at: index).map { annotations.merge(into: $0, page: index) }
            pages.append(glyphs.map(PDFPageLines.init) ?? PDFPageLines(empty: ()))
            if let glyphs {
                let letters = glyphs.glyphs.count { $0.scalar.properties.isAlphabetic || $0.scalar.properties.numericType != nil }
                if PDFPageOCR.needsOCR(letters: letters, imageCoverage: { document.imageCoverage(at: index) }) {
                    scanned.append(index)
                }
            }
        }
        let outcome = PDFPageOCR(options: ocr).read(scanned, of: document, data: data, deadline: deadline, into: &pages)
        warnings += outcome.warnings
        let assembled = PDFTextAssembler(pages: pages).assemble()
        var text = DocumentText(format: .pdf, body: annotations.body(appending: assembled.body), furniture: assembled.furniture,
                                pages: pageCount, warnings: warnings,
                                ocr: !outcome.pages.isEmpty, ocrConfidence: outcome.confidence)
        text.signatures = PDFSignatureReader.read(document, data: data)
        return text
    }
}
