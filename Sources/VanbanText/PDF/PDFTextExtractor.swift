import CPoppler
import Foundation

/// PDF text through poppler-glib, read from the glyph boxes so that the header and signature
/// tables come out a column at a time, wrapped lines are joined into paragraphs, symbols cut at a
/// line or page end are joined with their hyphen kept, and running page numbers are dropped.
struct PDFTextExtractor {
    let limits: ExtractionLimits

    func extract(_ data: Data) throws -> DocumentText {
        let started = Date()
        let document = try PDFDocumentHandle(data)
        let pageCount = document.pageCount
        if pageCount > limits.maxPages {
            throw TextExtractionError(.tooLarge, "the PDF has \(pageCount) pages; the limit is \(limits.maxPages)")
        }
        var pages: [PDFPageLines] = []
        var warnings: [String] = []
        for index in 0..<pageCount {
            if Date().timeIntervalSince(started) > limits.timeBudget {
                if pages.allSatisfy({ $0.rows.isEmpty }) {
                    throw TextExtractionError(.timeout, "no text read within \(Int(limits.timeBudget)) s")
                }
                warnings.append("stopped after page \(index) of \(pageCount): time limit of \(Int(limits.timeBudget)) s")
                break
            }
            pages.append(document.page(at: index).map(PDFPageLines.init) ?? PDFPageLines(empty: ()))
        }
        let assembled = PDFTextAssembler(pages: pages).assemble()
        return DocumentText(format: .pdf, body: assembled.body, furniture: assembled.furniture,
                           pages: pageCount, warnings: warnings)
    }
}
