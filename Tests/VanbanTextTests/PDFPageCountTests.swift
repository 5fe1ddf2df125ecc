import Foundation
import Testing
@testable import VanbanText

/// A PDF whose page tree says it has no page (`/Count 0`) over a page that is there.
@Suite struct PDFPageCountTests {
    /// A one-page PDF with "Số: 12/UBND-VP" on it and `/Count` set to `count`.
    static func pdf(count: Int) -> Data {
        let content = "BT /F1 24 Tf 72 720 Td (So: 12/UBND-VP) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count \(count) >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        out += offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }

    @Test func theStatedCountIsZeroButThePageIsRead() throws {
        let text = try TextExtractor(limits: .standard, ocr: .off).extract(Self.pdf(count: 0), fileExtension: "pdf")
        #expect(text.pages == 1)
        #expect(text.body.contains("So: 12/UBND-VP"))
        #expect(text.warnings.contains { $0.contains("page tree gives no page") })
    }

    @Test func aTrueCountNeedsNoRepair() throws {
        let text = try TextExtractor(limits: .standard, ocr: .off).extract(Self.pdf(count: 1), fileExtension: "pdf")
        #expect(text.pages == 1)
        #expect(!text.warnings.contains { $0.contains("page tree") })
        #expect(PDFPageCountRepair.repaired(Data("%PDF-1.4\nno pages here\n%%EOF".utf8)) == nil)
    }
}
