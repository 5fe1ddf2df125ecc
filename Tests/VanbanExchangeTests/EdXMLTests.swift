import Foundation
import Testing
import VanbanRecord
@testable import VanbanExchange

/// The edXML envelope (QCVN 102:2016) written from a record and read back, and the register.
@Suite struct EdXMLTests {
    static let record: Record = {
        var r = Record(source: Source(file: "kh-170.pdf", path: "/a/kh-170.pdf",
                                      sha256: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                                      format: "pdf", pages: 3, bytes: 1000))
        r.type = "ke-hoach"
        r.number = DocumentNumber(raw: "170/KH-UBND", seq: "170", year: nil, symbol: "KH-UBND")
        r.date = "2017-06-07"
        r.place = "Sơn La"
        r.subject = "Tổ chức phong trào thi đua <đặc biệt> & \"khen thưởng\""
        r.issuer = Issuer(name: "ỦY BAN NHÂN DÂN TỈNH SƠN LA", parent: nil)
        r.signer = Signer(name: "Đoàn Văn Tứ", position: "PHÓ CHỦ TỊCH", authority: "KT", principal: "CHỦ TỊCH")
        r.addressees = ["Các sở, ban, ngành", "UBND các huyện"]
        r.citations = [Citation(type: "cong-van", number: "84/UBND-VX", title: nil, date: "2017-05-15", issuer: nil,
                                subject: nil, relation: "responds", mentions: [])]
        return r
    }()

    /// The MessageHeader's children, in the standard's order, as the reader sees them.
    @Test func theHeaderHoldsTheRecordsFieldsInTheStandardsOrder() throws {
        let data = EdXML.envelope(for: Self.record)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("xmlns:edXML=\"\(EdXML.namespace)\""))
        let order = ["From", "DocumentId", "Code", "PromulgationInfo", "DocumentType", "Subject", "SignerInfo", "ToPlaces",
                     "OtherInfo", "ResponseFor"]
        let positions = order.map { text.range(of: "<edXML:\($0)>")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        let envelope = try EdXMLEnvelope(data)
        #expect(envelope.header["From/OrganName"] == "ỦY BAN NHÂN DÂN TỈNH SƠN LA")
        #expect(envelope.header["Code/CodeNumber"] == "170")
        #expect(envelope.header["Code/CodeNotation"] == "KH-UBND")
        #expect(envelope.header["PromulgationInfo/Place"] == "Sơn La")
        #expect(envelope.header["PromulgationInfo/PromulgationDate"] == "2017-06-07")
        #expect(envelope.header["DocumentType/TypeName"] == "Kế hoạch")
        #expect(envelope.header["Subject"] == Self.record.subject)
        #expect(envelope.header["SignerInfo/Competence"] == "KT. CHỦ TỊCH")
        #expect(envelope.header["SignerInfo/Position"] == "PHÓ CHỦ TỊCH")
        #expect(envelope.header["SignerInfo/FullName"] == "Đoàn Văn Tứ")
        #expect(envelope.header["OtherInfo/PageAmount"] == "3")
        #expect(envelope.header["ResponseFor/Code"] == "84/UBND-VX")
        #expect(envelope.toPlaces == ["Các sở, ban, ngành", "UBND các huyện"])
    }

    @Test func anAttachmentTravelsWholeAndTheHeaderBecomesTheRecord() throws {
        let file = Data((0..<3000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        let envelope = try EdXMLEnvelope(EdXML.envelope(for: Self.record, attachment: file))
        #expect(envelope.attachments.count == 1)
        #expect(envelope.attachments.first?.data == file)
        #expect(envelope.attachments.first?.name == "kh-170.pdf")
        var record = Record(source: Source(file: "x.edxml", path: "x.edxml"))
        envelope.apply(to: &record)
        #expect(record.number?.raw == "170/KH-UBND")
        #expect(record.date == "2017-06-07")
        #expect(record.place == "Sơn La")
        #expect(record.signer?.name == "Đoàn Văn Tứ")
        #expect(record.issuer?.name == "ỦY BAN NHÂN DÂN TỈNH SƠN LA")
    }

    @Test(arguments: [
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><edXMLEnvelope>&e;</edXMLEnvelope>",
        "<edXMLEnvelope><a>",
        "<other/>",
        "not xml at all",
    ])
    func hostileOrForeignInputIsRefused(_ text: String) {
        #expect(throws: EdXMLError.self) { try EdXMLEnvelope(Data(text.utf8)) }
    }

    @Test func theEarlierEDocEnvelopeIsReadToo() throws {
        let xml = """
            <EdXMLEnvelope xmlns="http://www.go.vn/eDoc"><MessageHeader><From><OrganName>Sở Nội vụ</OrganName></From>\
            <Code><CodeNumber>12</CodeNumber><CodeNotation>SNV-VP</CodeNotation></Code>\
            <PromulgationInfo><PromulgationDate>05/09/2024</PromulgationDate></PromulgationInfo></MessageHeader></EdXMLEnvelope>
            """
        #expect(EdXMLEnvelope.looksLikeEnvelope(Data(xml.utf8)))
        var record = Record(source: Source(file: "a.xml", path: "a.xml"))
        try EdXMLEnvelope(Data(xml.utf8)).apply(to: &record)
        #expect(record.number?.raw == "12/SNV-VP")
        #expect(record.date == "2024-09-05")
        #expect(record.issuer?.name == "Sở Nội vụ")
    }

    @Test(arguments: [("2024-09-05", "2024-09-05"), ("05/09/2024", "2024-09-05"), ("2024/09/05", "2024-09-05"),
                      ("2024-13-05", nil), ("hôm nay", nil)] as [(String, String?)])
    func promulgationDates(_ text: String, _ iso: String?) {
        #expect(EdXMLEnvelope.isoDate(text) == iso)
    }

    @Test func theRegisterRowFollowsPhuLucVI() {
        #expect(Register.columns.first == "Số, ký hiệu văn bản")
        let row = Register.row(Self.record)
        #expect(row == ["170/KH-UBND", "07/06/2017", "Kế hoạch Tổ chức phong trào thi đua <đặc biệt> & \"khen thưởng\"",
                        "ỦY BAN NHÂN DÂN TỈNH SƠN LA", "Đoàn Văn Tứ (PHÓ CHỦ TỊCH)", "Các sở, ban, ngành; UBND các huyện",
                        "3", ""])
    }
}
