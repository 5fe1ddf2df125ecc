import Foundation
import Testing
import VanbanRecord
import VanbanTestSupport
@testable import VanbanStore

/// One document, many files: the rules that make files renditions of one document, and the
/// archive keeping one `documents` row per document, from its best file.
@Suite struct RenditionTests {
    /// A file of the letter 12/QĐ-UBND of 1 February 2023 (or of `number`), in `format`.
    static func letter(_ name: String, format: String, signed: Bool = false, ocr: Bool = false,
                       number: String = "12/QĐ-UBND", subject: String? = "Về việc khen thưởng phong trào thi đua năm 2022",
                       issuer: String? = "UBND tỉnh Sơn La") -> Record {
        let source = Source(file: name, path: "/archive/" + name, sha256: "sha-" + name, format: format, bytes: 100)
        let seq = Optional(String(number.prefix { $0 != "/" }).trimmingCharacters(in: .whitespaces)).flatMap { $0.isEmpty ? nil : $0 }
        var record = Record(source: source, type: "quyet-dinh", number: DocumentNumber(raw: number, seq: seq, year: nil, symbol: nil),
                            date: "2023-02-01", subject: subject, issuer: issuer.map { Issuer(name: $0, parent: nil) })
        if signed { record.signature = Signature(signer: "Lò Minh Hùng", email: nil, signedAt: "2023-02-01T10:00:00+07:00", authority: nil) }
        if ocr { record.extra.append(("ocr", .bool(true))) }
        return record
    }

    @Test(arguments: [
        ("pdf", true, false, 5), ("pdf", false, false, 4), ("docx", false, false, 3), ("doc", false, false, 2),
        ("pdf", false, true, 1), ("pdf", true, true, 1), ("txt", false, false, 0),
    ])
    func rank(format: String, signed: Bool, ocr: Bool, rank: Int) {
        #expect(Rendition.rank(RenditionTests.letter("a", format: format, signed: signed, ocr: ocr)) == rank)
    }

    @Test func keyNeedsTypeNumberDateAndIssuer() {
        let docx = RenditionTests.letter("a.docx", format: "docx")
        #expect(Rendition.key(docx) == "quyet-dinh|12/qd-ubnd|2023-02-01|ubnd tinh son la")
        // The same letter written otherwise (case, diacritics, spaces in the number) has the same key.
        #expect(Rendition.key(RenditionTests.letter("b.pdf", format: "pdf", number: "12 / qđ-UBND", issuer: "UBND TỈNH SƠN LA"))
                == Rendition.key(docx))
        #expect(Rendition.key(RenditionTests.letter("c", format: "txt", issuer: nil)) == nil)
        #expect(Rendition.key(RenditionTests.letter("d", format: "txt", number: "/QĐ-UBND")) == nil)
        var undated = docx
        undated.date = nil
        #expect(Rendition.key(undated) == nil)
    }

    @Test(arguments: [
        ("Về việc khen thưởng phong trào thi đua năm 2022", "V/v khen thưởng phong trào thi đua năm 2022", true),
        ("Về việc khen thưởng phong trào thi đua năm 2022", "Về việc khen thưởng phong trào thi dau năm 2022", true),
        ("Về việc khen thưởng phong trào thi đua năm 2022", "Về việc phân bổ kinh phí năm 2023", false),
        ("Về việc khen thưởng", nil, true),
    ] as [(String, String?, Bool)])
    func subjects(a: String, b: String?, agree: Bool) {
        #expect(Rendition.subjectsAgree(a, b) == agree)
    }

    @Test func theBestFileSpeaksForTheDocument() throws {
        let fixture = try ArchiveFixture()
        let docx = try fixture.store(RenditionTests.letter("qd.docx", format: "docx"), text: "bản nháp docx")
        let txt = try fixture.store(RenditionTests.letter("qd.txt", format: "txt"), text: "bản chép txt")
        #expect(try fixture.ids(DocumentQuery()) == [docx])
        let pdf = try fixture.store(RenditionTests.letter("qd.pdf", format: "pdf", signed: true), text: "bản ký số pdf")
        #expect(try fixture.ids(DocumentQuery()) == [pdf])
        #expect(try fixture.archive.renditions(of: docx).map(\.id) == [pdf, docx, txt])
        #expect(try fixture.archive.renditions(of: pdf).map(\.id) == [pdf, docx, txt])
        #expect(try fixture.ids(DocumentQuery(text: ["docx"])).isEmpty)
        #expect(try fixture.ids(DocumentQuery(text: ["ky so"])) == [pdf])
        // Another letter of the same number, date and issuer but of another subject is another document.
        let other = try fixture.store(RenditionTests.letter("qd-khac.docx", format: "docx", subject: "Về việc phân bổ kinh phí năm 2023"))
        #expect(try fixture.ids(DocumentQuery()).sorted() == [pdf, other])
        #expect(try fixture.archive.renditions(of: other).map(\.id) == [other])
        // Every file keeps its record.
        #expect(try fixture.count("files") == 4)

        // The signed PDF's path now holds another letter: the DOCX speaks for the document
        // again, with its own fields and text.
        var replacement = RenditionTests.letter("qd.pdf", format: "pdf", number: "13/QĐ-UBND")
        replacement.source.sha256 = "sha-other-content"
        try fixture.store(replacement, text: "văn bản khác")
        let documents = try fixture.ids(DocumentQuery())
        #expect(documents.contains(docx) && !documents.contains(pdf) && documents.count == 3)
        #expect(try fixture.ids(DocumentQuery(text: ["nhap docx"])) == [docx])
        #expect(try fixture.archive.renditions(of: txt).map(\.id) == [docx, txt])
    }
}
