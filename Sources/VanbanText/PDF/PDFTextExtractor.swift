import CLibraryLoaders
import Foundation

/// PDF text through poppler-glib, read from the glyph boxes so that the header and signature
/// tables come out a column at a time, wrapped lines are joined into paragraphs, symbols cut at a
/// line or page end are joined with their hyphen kept, and running page numbers are dropped.
/// Pages without a usable text layer (scans) are read by OCR, when `ocr` allows.
struct PDFTextExtractor {
    let limits: ExtractionLimits
    var ocr: OCROptions = .standard

    /// Reads the PDF in `data` page by page until `deadline` (then keeps the pages read, with a
    /// warning, or fails with `.timeout` when none gave text) or until the pages read hold
    /// `limits.maxTextCharacters` (then stops, with a warning).
    func extract(_ data: Data, deadline: Deadline = Deadline(seconds: ExtractionLimits.standard.timeBudget)) throws -> DocumentText {
        let original = try PDFDocumentHandle(data)
        // The pages are read from `pdf`: the file, or a copy whose page count was repaired.
        var document = original
        var pdf = data
        var warnings: [String] = []
        if document.pageCount == 0, let repaired = PDFPageCountRepair.repaired(data),
           let reopened = try? PDFDocumentHandle(repaired), reopened.pageCount > 0 {
            document = reopened
            pdf = repaired
            warnings.append("the PDF's page tree gives no page; \(reopened.pageCount) read from its page objects")
        }
        let pageCount = document.pageCount
        if pageCount > limits.maxPages {
            throw TextExtractionError(.tooLarge, "the PDF has \(pageCount) pages; the limit is \(limits.maxPages)")
        }
        var pages: [PDFPageLines] = []
        var scanned: [Int] = []
        // Pages whose text layer is unreadable, with what is kept of them when OCR reads them.
        var unreadable: [Int: PDFPageLines] = [:]
        var characters = 0
        let annotations = PDFAnnotationLayer(document, data: pdf)
        for index in 0..<pageCount {
            if deadline.hasPassed {
                if pages.allSatisfy({ $0.rows.isEmpty }) { throw deadline.timeout() }
                warnings.append("stopped after page \(index) of \(pageCount): time limit of \(Int(deadline.seconds)) s")
                break
            }
            if characters >= limits.maxTextCharacters {
                warnings.append(limits.textCutWarning)
                break
            }
            let layer = document.page(at: index)
            let glyphs = layer.map { annotations.merge(into: $0, page: index) }
            pages.append(glyphs.map(PDFPageLines.init) ?? PDFPageLines(empty: ()))
            if let layer, let glyphs {
                characters += glyphs.glyphs.count
                let letters = glyphs.glyphs.count { $0.scalar.properties.isAlphabetic || $0.scalar.properties.numericType != nil }
                if PDFPageOCR.needsOCR(letters: letters, imageCoverage: { document.imageCoverage(at: index) }) {
                    scanned.append(index)
                } else if ocr.enabled, PDFTextQuality.isUnreadable(layer.glyphs) {
                    // A text layer no one could read: OCR reads the page, and its lines take the place of
                    // the layer's, the fields typed into widgets (number, day) kept.
                    scanned.append(index)
                    unreadable[index] = PDFPageLines(annotations.merge(
                        into: PDFPageGlyphs(width: layer.width, height: layer.height, glyphs: []), page: index))
                }
            }
        }
        let outcome = PDFPageOCR(options: ocr).read(scanned, of: document, data: pdf, deadline: deadline.instant,
                                                    replacing: unreadable, into: &pages)
        if !unreadable.isEmpty {
            let replaced = outcome.pages.filter { unreadable[$0] != nil }
            if !replaced.isEmpty {
                warnings.append("\(PDFPageOCR.describe(replaced)): the text layer could not be read (wrong characters or lost marks); read by OCR instead")
            }
        }
        warnings += outcome.warnings
        let assembled = PDFTextAssembler(pages: pages).assemble()
        var text = DocumentText(format: .pdf, body: annotations.body(appending: assembled.body), furniture: assembled.furniture,
                                pages: pageCount, warnings: warnings,
                                ocr: !outcome.pages.isEmpty, ocrConfidence: outcome.confidence)
        // Signatures are checked on the file as it is, not on a copy whose page count was repaired.
        text.signatures = PDFSignatureReader.read(original, data: data)
        return text
    }
}
