import CPopplerCore
import Foundation
import Testing
import VanbanCorpus
import VanbanKit
import VanbanRecord
@testable import VanbanText

/// Signed letters as real ones are: the number and the day printed blank and typed in by
/// signature widgets, a signing stamp in another widget. Poppler-glib's text never sees
/// them; the annotation layer puts them back.
@Suite struct PDFAnnotationTextTests {
    /// A letter with "Số: N/…" and "ngày DD" (not a Party letter, whose number line has no colon).
    static let letter: Letter = {
        let letters = CorpusGenerator(options: CorpusOptions(count: 12, seed: 3)).letters()
        return letters.first { $0.numberLine.hasPrefix("Số: ") && $0.dateLine.contains("ngày \(String(format: "%02d", $0.date.day)) ") }
            ?? letters[0]
    }()

    static func signedPDF() throws -> (data: Data, blanks: SigningBlanks) {
        let out = try PDFRenderer(leavesBlanks: true).render(letter)
        var data = out.data
        for identity in LetterSigning.identities(for: letter, blanks: out.blanks) {
            data = try PDFSigner().sign(data, as: identity)
        }
        return (data, out.blanks)
    }

    private func record(_ data: Data) -> Record {
        DocumentPipeline(ocr: .off).record(for: data, source: Source(file: "letter.pdf", path: "/letters/letter.pdf"))
    }

    /// The body as poppler-glib alone reads it: no annotation drawn.
    private func glibBody(_ data: Data) throws -> String {
        let handle = try PDFDocumentHandle(data)
        let pages = (0..<handle.pageCount).map { handle.page(at: $0).map(PDFPageLines.init) ?? PDFPageLines(empty: ()) }
        return PDFTextAssembler(pages: pages).assemble().body
    }

    @Test func theNumberAndTheDayTypedBySignatureWidgetsAreRead() throws {
        let (data, blanks) = try Self.signedPDF()
        let number = try #require(blanks.number), day = try #require(blanks.day)
        // The printed page leaves them blank: glib's text has neither.
        let printed = try glibBody(data)
        #expect(!printed.contains(Self.letter.number.raw))
        #expect(!printed.contains("ngày \(day.text) "))

        let record = record(data)
        #expect(record.status == .ok)
        #expect(record.number?.raw == Self.letter.number.raw)
        #expect(record.number?.seq?.hasSuffix(number.text.drop { $0 == "0" }) == true)
        #expect(record.date == Self.letter.date.iso)
        // The stamp is read at the end of the body, and nowhere in the header fields.
        let person = LetterSigning.identities(for: Self.letter)[0]
        #expect(record.signature?.signer == person.commonName)
        #expect(record.signature?.email == person.email)
        #expect(record.signature?.signedAt == LetterSigning.expected(for: Self.letter)[0].signedAt)
        #expect(record.signature?.authority == person.organization)
        for field in [record.issuer?.name, record.issuer?.parent, record.subject, record.number?.raw] {
            for stamp in ["Ký bởi", "Email", "Cơ quan:", "Thời gian ký", "@"] {
                #expect(field?.contains(stamp) != true, "\(stamp) in \(field ?? "")")
            }
        }
        #expect(record.signatures.count == 3)
    }

    @Test func theStampComesAfterTheBodyOnLinesOfItsOwn() throws {
        let text = try TextExtractor(limits: .standard, ocr: .off).extract(try Self.signedPDF().data, fileExtension: "pdf")
        let lines = text.body.split(separator: "\n").map(String.init)
        let stamp = try #require(lines.firstIndex { $0.hasPrefix("Ký bởi: ") })
        #expect(lines[stamp...].count == 4)
        #expect(lines.last?.hasPrefix("Thời gian ký: ") == true)
        #expect(lines.prefix(stamp).allSatisfy { !$0.contains("Ký bởi") })
    }

    @Test func anUnsignedPDFIsReadAsBefore() throws {
        let data = try PDFRenderer().render(Self.letter).data
        let handle = try PDFDocumentHandle(data)
        #expect(!handle.hasTextAnnotations(at: 0))
        let text = try TextExtractor(limits: .standard, ocr: .off).extract(data, fileExtension: "pdf")
        #expect(Data(text.body.utf8) == Data(try glibBody(data).utf8))
    }

    @Test func invisibleSignaturesLeaveTheTextAsItWas() throws {
        var data = try PDFRenderer().render(Self.letter).data
        for identity in LetterSigning.identities(for: Self.letter) { data = try PDFSigner().sign(data, as: identity) }
        #expect(try PDFDocumentHandle(data).hasTextAnnotations(at: 0))
        let text = try TextExtractor(limits: .standard, ocr: .off).extract(data, fileExtension: "pdf")
        #expect(Data(text.body.utf8) == Data(try glibBody(data).utf8))
    }

    /// Widgets no signing software makes: a rectangle of 10^300 points, coordinates that print as
    /// "inf" and "nan", an appearance with nothing in it, text far off the page.
    @Test(arguments: [
        PDFSignatureAppearance(x1: -1e300, y1: -1e300, x2: 1e300, y2: 1e300,
                               lines: [.init(text: "999", x: 1e300, y: -1e300)], fontSize: 1e300),
        PDFSignatureAppearance(x1: .nan, y1: .infinity, x2: -.infinity, y2: .nan,
                               lines: [.init(text: "12", x: .nan, y: .infinity)], fontSize: .nan),
        PDFSignatureAppearance(x1: 100, y1: 100, x2: 200, y2: 120, lines: [], fontSize: 12),
        PDFSignatureAppearance(x1: 100, y1: 100, x2: 100, y2: 100, lines: [.init(text: "7", x: 0, y: 0)], fontSize: 0),
        PDFSignatureAppearance(x1: 5000, y1: 5000, x2: 5100, y2: 5020,
                               lines: [.init(text: "Ký bởi: ngoài trang", x: 2, y: 2)], fontSize: 12),
    ])
    func aHostileAnnotationStillGivesARecord(_ appearance: PDFSignatureAppearance) throws {
        var data = try PDFRenderer().render(Self.letter).data
        let identity = LetterSigning.identities(for: Self.letter)[0]
        var hostile = identity
        hostile.appearance = appearance
        data = try PDFSigner().sign(data, as: hostile)
        let record = record(data)
        #expect(record.status == .ok)
        #expect(record.number?.raw == Self.letter.number.raw)
        #expect(record.date == Self.letter.date.iso)
    }

    @Test func theCInterfaceRefusesBadInput() throws {
        var doc: OpaquePointer?
        #expect(vb_annots_open(nil, 0, &doc) == Int32(VB_ANNOTS_ERR_ARGUMENT))
        let junk: [UInt8] = Array("%PDF-1.7\nnot a pdf at all".utf8)
        #expect(vb_annots_open(junk, junk.count, &doc) == Int32(VB_ANNOTS_ERR_OPEN))
        #expect(doc == nil)
        let data = [UInt8](try Self.signedPDF().data)
        #expect(vb_annots_open(data, data.count, &doc) == Int32(VB_ANNOTS_OK))
        defer { vb_annots_close(doc) }
        var list: UnsafeMutablePointer<vb_annot_list>?
        #expect(vb_annots_page(doc, 99, &list) == Int32(VB_ANNOTS_ERR_ARGUMENT))
        #expect(vb_annots_page(doc, 0, &list) == Int32(VB_ANNOTS_OK))
        defer { vb_annots_free(list) }
        let items = try #require(list?.pointee)
        #expect(items.count == 3)
        let names = (0..<items.count).map { items.items[$0].field_name.map { String(cString: $0) } }
        #expect(names == ["Signature1", "Signature2", "Signature3"])
        #expect((0..<items.count).allSatisfy { items.items[$0].is_signature == 1 })
    }
}
