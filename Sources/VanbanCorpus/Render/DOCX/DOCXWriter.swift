import Foundation
import ZIPFoundation

/// Writes a letter as a DOCX package: the header and the signature as borderless two-column
/// tables, the body as styled paragraphs, and the letter's DOCX traps where it has them.
public struct DOCXWriter: Sendable {
    public init() {}

    public func data(for letter: Letter) throws -> Data {
        let traps = letter.traps
        let numbering = traps.bulletNumbering
        let footer = traps.pageField
        let created = "\(letter.date.iso)T08:00:00Z"
        let parts: [(String, String)] = [
            ("[Content_Types].xml", DOCXParts.contentTypes(numbering: numbering, footer: footer)),
            ("_rels/.rels", DOCXParts.packageRels),
            ("docProps/core.xml", DOCXParts.core(title: letter.subject, created: created)),
            ("docProps/app.xml", DOCXParts.app),
            ("word/_rels/document.xml.rels", DOCXParts.documentRels(numbering: numbering, footer: footer)),
            ("word/document.xml", document(letter, created: created)),
            ("word/styles.xml", DOCXParts.styles),
            ("word/settings.xml", DOCXParts.settings),
        ] + (numbering ? [("word/numbering.xml", DOCXParts.numbering)] : [])
            + (footer ? [("word/footer1.xml", DOCXParts.pageFooter)] : [])

        let stamp = Date(timeIntervalSince1970: TimeInterval(letter.date.serial - CalendarDate(year: 1970, month: 1, day: 1).serial) * 86_400 + 28_800)
        let contents = parts.map { ($0.0, Data($0.1.utf8)) }
        return try Self.zipLock.withLock { try Self.archive(contents, modified: stamp) }
    }

    /// Serialises the zip writing of all threads. ZIPFoundation turns each entry's modification
    /// date into DOS date and time with `gmtime()`, which returns one static buffer shared by the
    /// process: two letters zipped at once could swap dates, and a corpus would differ from run to
    /// run. ZIPFoundation has no way to pass the DOS fields themselves, so its writing is done one
    /// archive at a time (the XML is built outside the lock; zipping is a small share of a letter).
    private static let zipLock = NSLock()

    private static func archive(_ parts: [(String, Data)], modified stamp: Date) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, bytes) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: stamp,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw CorpusError(code: "docx", message: "the DOCX archive produced no data") }
        return data
    }

    func document(_ letter: Letter, created: String) -> String {
        typealias S = WordXML.Style
        var body = ""
        let left = LetterLayout.leftHeader(letter).enumerated().map { i, line -> String in
            let parentCount = letter.issuer.parentHeaderLines.count
            let isIssuer = i >= parentCount && i < parentCount + letter.issuer.headerLines.count
            let isSubject = letter.kind == .congVan && line == letter.subjectLine
            return WordXML.paragraph(line, S(bold: isIssuer, size: isSubject ? 24 : 26), center: true)
        }
        var right: [String] = []
        for (i, line) in LetterLayout.motto(letter).enumerated() {
            right.append(WordXML.paragraph(line, S(bold: true, underline: i == 1 || letter.issuer.isParty, size: i == 0 ? 24 : 26), center: true))
        }
        right.append("<w:p/>")
        right.append(WordXML.paragraph(letter.dateLine, S(italic: true, size: 26), center: true))
        body += WordXML.twoColumns(left: left, right: right, widths: (3600, 5500))
        body += "<w:p/>"
        if let title = letter.kind.title {
            body += WordXML.paragraph(title, S(bold: true), center: true)
            body += WordXML.paragraph(letter.subjectLine, S(bold: true), center: true, after: 120)
        }
        if let authority = letter.authorityLine {
            body += WordXML.paragraph(authority, S(bold: true), center: true, after: 120)
        }
        for (i, line) in LetterLayout.addressLines(letter).enumerated() {
            let single = letter.addresseesInline || letter.addressees.count == 1
            body += "<w:p>" + WordXML.pPr(center: single || i == 0, left: single || i == 0 ? nil : 2268, after: 60)
                + WordXML.run(line) + "</w:p>"
        }
        for (index, block) in letter.blocks.enumerated() {
            body += paragraph(block, index: index, traps: letter.traps, date: created)
        }
        body += "<w:p/>"
        let notes = [WordXML.paragraph("Nơi nhận:", S(bold: true, italic: true, size: 24))]
            + LetterLayout.distributionLines(letter).map { WordXML.paragraph($0, S(size: 22)) }
        var sign = letter.signature.lines.map { WordXML.paragraph($0, S(bold: true, size: 26), center: true) }
        sign += Array(repeating: "<w:p/>", count: 4)
        sign.append(WordXML.paragraph(letter.signature.name, S(bold: true), center: true))
        body += WordXML.twoColumns(left: notes, right: sign, widths: (4500, 4600))
        let footerRef = letter.traps.pageField ? #"<w:footerReference w:type="default" r:id="rId4"/>"# : ""
        body += #"<w:sectPr>\#(footerRef)<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="567" w:gutter="0"/></w:sectPr>"#
        return WordXML.declaration + "<w:document \(WordXML.namespaces)><w:body>\(body)</w:body></w:document>"
    }

    /// One body block, split into runs where the letter's traps fall in it.
    func paragraph(_ block: LetterBlock, index: Int, traps: LetterTraps, date: String) -> String {
        var scalars = Array(block.text.unicodeScalars)
        var shift = 0
        let bullet = block.role == .listItem && traps.bulletNumbering
        if bullet, scalars.starts(with: ["-", " "]) {
            scalars.removeFirst(2)
            shift = 2
        }
        let props: String
        switch block.role {
        case .centered: props = WordXML.pPr(center: true, after: 120)
        case .listItem where bullet: props = WordXML.pPr(justify: true, after: 60, style: "ListBullet", numbered: true)
        default: props = WordXML.pPr(justify: true, firstLine: 567, after: 120)
        }
        let boldAll = block.role == .heading || block.role == .subheading || block.role == .centered
        let leadEnd = block.lead.unicodeScalars.count - shift
        let breakAt = traps.breakInCitation.flatMap { $0.block == index ? $0.offset - shift : nil }
        let deleteAt = traps.deletion.flatMap { $0.block == index ? $0.offset - shift : nil }
        let insertFrom = traps.insertion.flatMap { $0.block == index ? $0.from - shift : nil }
        var cuts = Set([0, scalars.count])
        for c in [leadEnd, breakAt, breakAt.map { $0 + 1 }, deleteAt, insertFrom].compactMap({ $0 }) where c > 0 && c < scalars.count {
            cuts.insert(c)
        }
        let points = cuts.sorted()
        var runs = ""
        var insertionOpen = false
        for (a, b) in zip(points, points.dropFirst()) {
            if a == deleteAt, let deleted = traps.deletion?.text {
                runs += #"<w:del w:id="\#(index * 10 + 1)" w:author="Văn thư" w:date="\#(date)"><w:r><w:delText xml:space="preserve">\#(WordXML.escape(deleted))</w:delText></w:r></w:del>"#
            }
            if a == insertFrom {
                runs += #"<w:ins w:id="\#(index * 10 + 2)" w:author="Văn thư" w:date="\#(date)">"#
                insertionOpen = true
            }
            if a == breakAt, b == a + 1 {
                runs += "<w:r><w:br/></w:r>"
                continue
            }
            let text = String(String.UnicodeScalarView(scalars[a..<b]))
            runs += WordXML.run(text, WordXML.Style(bold: boldAll || a < leadEnd))
        }
        if insertionOpen { runs += "</w:ins>" }
        return "<w:p>\(props)\(runs)</w:p>"
    }
}
