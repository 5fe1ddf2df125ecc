import Foundation
import ZIPFoundation

/// The register (`Register`) as an Excel workbook (Office Open XML, .xlsx): one sheet, the
/// decree's headings in bold on a frozen first row, every cell an inline string (so nothing a
/// letter says is ever run as a formula), column widths fitted to the register's columns.
public enum RegisterWorkbook {
    /// The workbook holding `rows` under `Register.columns`, as the bytes of an .xlsx file.
    public static func xlsx(rows: [[String]], sheetName: String = "Sổ đăng ký văn bản") throws -> Data {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", workbook(sheetName)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles),
            ("xl/worksheets/sheet1.xml", sheet([Register.columns] + rows)),
        ]
        // ZIPFoundation dates entries with gmtime(), whose buffer the process shares: one archive at a time.
        zipLock.lock()
        defer { zipLock.unlock() }
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: stamp,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    private static let zipLock = NSLock()
    /// A fixed date for the entries, so that the same register gives the same bytes.
    private static let stamp = Date(timeIntervalSince1970: 1_577_836_800)

    /// Column widths, in characters, for the register's eight columns.
    static let widths = [18, 12, 60, 34, 28, 40, 8, 20]

    static func sheet(_ rows: [[String]]) -> String {
        let xml = XMLWriter(indented: false)
        xml.open("worksheet")
        xml.attribute("xmlns", spreadsheetML)
        xml.open("sheetViews")
        xml.open("sheetView")
        xml.attribute("workbookViewId", "0")
        xml.open("pane")
        for (name, value) in [("ySplit", "1"), ("topLeftCell", "A2"), ("activePane", "bottomLeft"), ("state", "frozen")] {
            xml.attribute(name, value)
        }
        xml.close(); xml.close(); xml.close()
        xml.open("cols")
        for (i, width) in widths.enumerated() {
            xml.open("col")
            for (name, value) in [("min", "\(i + 1)"), ("max", "\(i + 1)"), ("width", "\(width)"), ("customWidth", "1")] {
                xml.attribute(name, value)
            }
            xml.close()
        }
        xml.close()
        xml.open("sheetData")
        for (r, row) in rows.enumerated() {
            xml.open("row")
            xml.attribute("r", "\(r + 1)")
            for (c, value) in row.enumerated() {
                xml.open("c")
                xml.attribute("r", "\(columnName(c))\(r + 1)")
                xml.attribute("t", "inlineStr")
                if r == 0 { xml.attribute("s", "1") }
                xml.open("is")
                xml.open("t")
                xml.attribute("xml:space", "preserve")
                xml.text(value)
                xml.close(); xml.close(); xml.close()
            }
            xml.close()
        }
        xml.close(); xml.close()
        return String(decoding: xml.finish(), as: UTF8.self)
    }

    private static let spreadsheetML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// "A", "B", … "Z", "AA": the column letters of a 0-based index.
    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let digit = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            n = (n - 1) / 26
        }
        return name
    }

    static func workbook(_ name: String) -> String {
        let xml = XMLWriter(indented: false)
        xml.open("workbook")
        xml.attribute("xmlns", spreadsheetML)
        xml.attribute("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
        xml.open("sheets")
        xml.open("sheet")
        for (key, value) in [("name", String(name.prefix(31))), ("sheetId", "1"), ("r:id", "rId1")] { xml.attribute(key, value) }
        xml.close(); xml.close(); xml.close()
        return String(decoding: xml.finish(), as: UTF8.self)
    }

    static let contentTypes = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        + #"<Default Extension="xml" ContentType="application/xml"/>"#
        + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        + #"<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        + "</Types>"

    static let packageRelationships = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    static let workbookRelationships = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        + "</Relationships>"

    /// Two cell formats: 0 plain, wrapping; 1 bold (the headings), wrapping.
    static let styles = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Times New Roman"/></font><font><b/><sz val="11"/><name val="Times New Roman"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>"#
        + "</styleSheet>"
}
