import Foundation
@testable import VanbanText

/// Builds small .docx files in memory for the tests: WordprocessingML parts wrapped with
/// their namespaces, content types and relationships, zipped by `DOCXZipWriter`.
struct DOCXBuilder {
    /// The children of `w:body`.
    var body: String
    /// The children of `w:styles`, if the document has styles.xml.
    var styles: String?
    /// The children of `w:numbering`, if the document has numbering.xml.
    var numbering: String?
    /// The children of `w:footnotes`.
    var footnotes: String?
    /// Each footer's children of `w:ftr`.
    var footers: [String] = []
    /// Each header's children of `w:hdr`.
    var headers: [String] = []
    /// Write the .rels parts (a DOCX without them is still read through the usual part names).
    var relationships = true
    /// Replaces word/document.xml verbatim.
    var rawDocument: String?

    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:v="urn:schemas-microsoft-com:vml" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        """

    init(body: String) {
        self.body = body
    }

    /// The parts as a zip writer, to damage before writing.
    func zip() -> DOCXZipWriter {
        var zip = DOCXZipWriter()
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        zip.add("[Content_Types].xml", head + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """)
        var links: [(String, String)] = []
        if relationships {
            zip.add("_rels/.rels", head + Self.relationships([("officeDocument", "word/document.xml")]))
        }
        zip.add("word/document.xml", rawDocument
            ?? head + "<w:document \(Self.namespaces)><w:body>\(body)</w:body></w:document>")
        if let styles {
            zip.add("word/styles.xml", head + "<w:styles \(Self.namespaces)>\(styles)</w:styles>")
            links.append(("styles", "styles.xml"))
        }
        if let numbering {
            zip.add("word/numbering.xml", head + "<w:numbering \(Self.namespaces)>\(numbering)</w:numbering>")
            links.append(("numbering", "numbering.xml"))
        }
        if let footnotes {
            zip.add("word/footnotes.xml", head + "<w:footnotes \(Self.namespaces)>\(footnotes)</w:footnotes>")
            links.append(("footnotes", "footnotes.xml"))
        }
        for (index, header) in headers.enumerated() {
            zip.add("word/header\(index + 1).xml", head + "<w:hdr \(Self.namespaces)>\(header)</w:hdr>")
            links.append(("header", "header\(index + 1).xml"))
        }
        for (index, footer) in footers.enumerated() {
            zip.add("word/footer\(index + 1).xml", head + "<w:ftr \(Self.namespaces)>\(footer)</w:ftr>")
            links.append(("footer", "/word/footer\(index + 1).xml"))
        }
        if relationships {
            zip.add("word/_rels/document.xml.rels", head + Self.relationships(links))
        }
        return zip
    }

    /// The .docx file.
    func data() -> Data { zip().data() }

    /// The text `DOCXTextExtractor` reads from this file.
    func extract(limits: ExtractionLimits = .standard) throws -> DocumentText {
        try DOCXTextExtractor(limits: limits).extract(data())
    }

    private static func relationships(_ links: [(String, String)]) -> String {
        let items = links.enumerated().map { index, link in
            "<Relationship Id=\"rId\(index + 1)\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(link.0)\" "
                + "Target=\"\(link.1)\"/>"
        }
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + items.joined() + "</Relationships>"
    }

    // MARK: WordprocessingML snippets

    /// A run holding `text`.
    static func run(_ text: String) -> String {
        "<w:r><w:rPr><w:sz w:val=\"26\"/></w:rPr><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
    }

    /// A paragraph of one run, with an optional style and direct numbering.
    static func paragraph(_ text: String, style: String? = nil, numId: Int? = nil, level: Int? = nil) -> String {
        paragraph(runs: text.isEmpty ? "" : run(text), style: style, numId: numId, level: level)
    }

    /// A paragraph of the given runs (raw XML).
    static func paragraph(runs: String, style: String? = nil, numId: Int? = nil, level: Int? = nil) -> String {
        var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if numId != nil || level != nil {
            properties += "<w:numPr>" + (level.map { "<w:ilvl w:val=\"\($0)\"/>" } ?? "")
                + (numId.map { "<w:numId w:val=\"\($0)\"/>" } ?? "") + "</w:numPr>"
        }
        properties += "<w:jc w:val=\"both\"/>"
        return "<w:p><w:pPr>\(properties)</w:pPr>\(runs)</w:p>"
    }

    /// A table: rows of cells, each cell a list of paragraph texts.
    static func table(_ rows: [[[String]]]) -> String {
        table(xmlRows: rows.map { $0.map { $0.map { paragraph($0) }.joined() } })
    }

    /// A table whose cells hold raw XML.
    static func table(xmlRows rows: [[String]]) -> String {
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"4000\"/></w:tblGrid>"
            + rows.map { cells in
                "<w:tr>" + cells.map { "<w:tc><w:tcPr><w:tcW w:w=\"4000\" w:type=\"dxa\"/></w:tcPr>\($0)</w:tc>" }
                    .joined() + "</w:tr>"
            }.joined() + "</w:tbl>"
    }

    /// A list level of numbering.xml.
    static func level(_ index: Int, format: String, text: String, start: Int = 1, restart: Int? = nil,
                      font: String? = nil) -> String {
        "<w:lvl w:ilvl=\"\(index)\"><w:start w:val=\"\(start)\"/><w:numFmt w:val=\"\(format)\"/>"
            + (restart.map { "<w:lvlRestart w:val=\"\($0)\"/>" } ?? "")
            + "<w:lvlText w:val=\"\(escape(text))\"/><w:lvlJc w:val=\"left\"/>"
            + "<w:pPr><w:ind w:left=\"\(720 * (index + 1))\" w:hanging=\"360\"/></w:pPr>"
            + (font.map { "<w:rPr><w:rFonts w:ascii=\"\($0)\" w:hAnsi=\"\($0)\" w:hint=\"default\"/></w:rPr>" } ?? "")
            + "</w:lvl>"
    }

    /// An abstract list definition and the `w:num` that points to it.
    static func list(numId: Int, abstractId: Int, levels: [String], overrides: String = "") -> String {
        "<w:abstractNum w:abstractNumId=\"\(abstractId)\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
            + levels.joined() + "</w:abstractNum>"
            + "<w:num w:numId=\"\(numId)\"><w:abstractNumId w:val=\"\(abstractId)\"/>\(overrides)</w:num>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
