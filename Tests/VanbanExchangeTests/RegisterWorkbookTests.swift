import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import VanbanRecord
import ZIPFoundation
@testable import VanbanExchange

/// The register as an .xlsx workbook: its parts, read back from the zip, are well-formed XML and
/// hold the decree's headings and each document's row, every cell text.
@Suite struct RegisterWorkbookTests {
    static func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    @Test func theWorkbookHoldsTheRegister() throws {
        var partial = EdXMLTests.record
        partial.date = nil
        partial.extra = [("dateMonth", .string("2025-12"))]
        partial.subject = "=HYPERLINK(\"x\") \u{1}kiểm tra"
        let rows = [Register.row(EdXMLTests.record), Register.row(partial)]
        let parts = try Self.parts(try RegisterWorkbook.xlsx(rows: rows))
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                    "xl/styles.xml", "xl/worksheets/sheet1.xml"])
        for (name, xml) in parts {
            #expect(XMLParser(data: Data(xml.utf8)).parse(), "\(name) is not well-formed")
        }
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains(#"<c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">Số, ký hiệu văn bản</t>"#))
        #expect(sheet.contains(#"<c r="A2" t="inlineStr"><is><t xml:space="preserve">170/KH-UBND</t>"#))
        #expect(sheet.contains(#"<c r="B2" t="inlineStr"><is><t xml:space="preserve">07/06/2017</t>"#))
        #expect(sheet.contains(#"<c r="B3" t="inlineStr"><is><t xml:space="preserve">12/2025</t>"#))
        // libxml2 escapes markup and quotes in text.
        #expect(sheet.contains("Kế hoạch Tổ chức phong trào thi đua &lt;đặc biệt&gt; &amp; &quot;khen thưởng&quot;"))
        // A formula is only text in an inline string; the control code is left out.
        #expect(sheet.contains("=HYPERLINK(&quot;x&quot;) kiểm tra"))
        #expect(!sheet.contains("<f>"))
        #expect(sheet.components(separatedBy: "<row ").count == 4)
    }

    @Test func theSameRegisterGivesTheSameBytes() throws {
        let rows = [Register.row(EdXMLTests.record)]
        #expect(try RegisterWorkbook.xlsx(rows: rows) == RegisterWorkbook.xlsx(rows: rows))
    }

    @Test(arguments: [(0, "A"), (7, "H"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA")])
    func columnNames(_ index: Int, _ name: String) {
        #expect(RegisterWorkbook.columnName(index) == name)
    }
}
