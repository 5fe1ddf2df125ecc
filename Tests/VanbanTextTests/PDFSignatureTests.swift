import Foundation
import Testing
import VanbanCorpus
import VanbanRecord
@testable import VanbanText

/// Signed PDFs as agencies issue them (the signer, then the body's seal), made by the
/// generator with real, self-signed, test-only certificates: what the reader finds, and what
/// it says once the file was changed after signing.
@Suite struct PDFSignatureTests {
    static let letter = CorpusGenerator(options: CorpusOptions(count: 3, seed: 5)).letters()[1]

    static func signedPDF() throws -> Data {
        var data = try PDFRenderer().render(letter).data
        for identity in LetterSigning.identities(for: letter) { data = try PDFSigner().sign(data, as: identity) }
        return data
    }

    private func signatures(_ data: Data) throws -> [DigitalSignature] {
        try TextExtractor(limits: .standard, ocr: .off).extract(data, fileExtension: "pdf").signatures
    }

    @Test func bothSignaturesAreReadInFileOrderWithTheirNames() throws {
        let data = try Self.signedPDF()
        let found = try signatures(data)
        let expected = LetterSigning.expected(for: Self.letter)
        #expect(found.count == 2)
        for (got, want) in zip(found, expected) {
            #expect(got.field == want.field)
            #expect(got.signer == want.signer)
            #expect(got.email == want.email)
            #expect(got.unit == want.unit)
            #expect(got.organization == want.organization)
            #expect(got.signedAt == want.signedAt)
            #expect(got.intact == true)
            #expect(got.wholeFile == want.wholeFile)
            #expect(got.certificate == "issuer-unknown")
        }
        // The signer's own time zone, from the signature dictionary.
        #expect(found.first?.signedAt?.hasSuffix("+07:00") == true)
    }

    @Test func bytesAppendedAfterSigningLeaveNoSignatureCoveringTheFile() throws {
        var data = try Self.signedPDF()
        data.append(contentsOf: Array("\n% added after signing\n".utf8))
        let found = try signatures(data)
        #expect(found.map(\.intact) == [true, true])
        #expect(found.map(\.wholeFile) == [false, false])
    }

    @Test func aByteChangedInsideTheSignedRangesBreaksBothSignatures() throws {
        var bytes = [UInt8](try Self.signedPDF())
        let box = Array("595.28".utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: box) })
        bytes[at + 5] = UInt8(ascii: "9")
        let found = try signatures(Data(bytes))
        #expect(found.map(\.intact) == [false, false])
    }

    @Test func anUnsignedPDFHasNoSignatures() throws {
        #expect(try signatures(try PDFRenderer().render(Self.letter).data).isEmpty)
    }

    @Test func aSignatureBlobThatIsNotCMSGivesNoNamesAndNoCrash() throws {
        var bytes = [UInt8](try Self.signedPDF())
        // Overwrite the start of the first /Contents hex string with hex that is not DER.
        let key = Array("/Contents <".utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: key) }) + key.count
        for i in 0..<64 { bytes[at + i] = UInt8(ascii: "F") }
        let found = try signatures(Data(bytes))
        #expect(found.count == 2)
        #expect(found.first?.email == nil && found.first?.unit == nil)
        #expect(found.first?.intact != true)
    }

    @Test(arguments: [
        ("D:20250114092111+07'00'", "2025-01-14T09:21:11+07:00"),
        ("D:20250114092111Z", "2025-01-14T09:21:11+00:00"),
        ("D:20250114092111-05'30'", "2025-01-14T09:21:11-05:30"),
        ("20250114", "2025-01-14T00:00:00+00:00"),
    ])
    func pdfDates(_ text: String, _ iso: String) throws {
        let parsed = try #require(PDFDate.parse(text))
        #expect(PDFSignatureReader.iso(parsed.date, offset: parsed.offset) == iso)
    }

    @Test(arguments: ["", "D:", "D:2025", "D:99991301", "D:20250114+99'00'"])
    func malformedPDFDates(_ text: String) {
        #expect(PDFDate.parse(text) == nil)
    }
}
