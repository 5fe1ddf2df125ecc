import Foundation
import VanbanRecord
import VanbanRules

/// The national exchange envelope for documents (edXML, QCVN 102:2016/BTTTT): the fields of a
/// record in its MessageHeader, the file itself, base64, as its attachment. The element names
/// and their order follow the standard's MessageHeader; docs/record.md gives the mapping.
public enum EdXML {
    /// The standard's namespace.
    public static let namespace = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
    /// The earlier eDoc namespace, also accepted when reading.
    public static let eDocNamespace = "http://www.go.vn/eDoc"
    static let prefix = "edXML"

    /// The envelope of `record`, with `attachment` (the file's bytes) when given.
    public static func envelope(for record: Record, attachment: Data? = nil) -> Data {
        let x = XMLWriter()
        x.open("edXMLEnvelope", prefix: prefix, namespace: namespace)
        x.open("edXMLHeader", prefix: prefix)
        x.open("MessageHeader", prefix: prefix)

        x.open("From", prefix: prefix)
        x.element("OrganizationInCharge", prefix: prefix, record.issuer?.parent)
        x.element("OrganName", prefix: prefix, record.issuer?.name, always: true)
        x.close()

        x.element("DocumentId", prefix: prefix, documentId(record), always: true)
        x.open("Code", prefix: prefix)
        x.element("CodeNumber", prefix: prefix, record.number.map { $0.seq ?? $0.raw }, always: true)
        x.element("CodeNotation", prefix: prefix, record.number?.symbol, always: true)
        x.close()
        x.open("PromulgationInfo", prefix: prefix)
        x.element("Place", prefix: prefix, record.place, always: true)
        x.element("PromulgationDate", prefix: prefix, record.date, always: true)
        x.close()
        x.open("DocumentType", prefix: prefix)
        x.element("TypeName", prefix: prefix, record.type.flatMap { DocumentTypes.bySlug[$0]?.name }, always: true)
        x.close()
        x.element("Subject", prefix: prefix, record.subject, always: true)
        x.open("SignerInfo", prefix: prefix)
        x.element("Competence", prefix: prefix, competence(record.signer))
        x.element("Position", prefix: prefix, record.signer?.position, always: true)
        x.element("FullName", prefix: prefix, record.signer?.name, always: true)
        x.close()
        x.open("ToPlaces", prefix: prefix)
        for place in record.addressees.isEmpty ? record.distribution : record.addressees {
            x.element("Place", prefix: prefix, place)
        }
        x.close()
        x.open("OtherInfo", prefix: prefix)
        x.element("PageAmount", prefix: prefix, record.source.pages.map(String.init))
        x.close()
        if let answered = record.citations.first(where: { $0.relation == "responds" }) {
            x.open("ResponseFor", prefix: prefix)
            x.element("Code", prefix: prefix, answered.number ?? answered.title, always: true)
            x.element("PromulgationDate", prefix: prefix, answered.date)
            x.close()
        }
        x.close()  // MessageHeader
        x.close()  // edXMLHeader

        x.open("edXMLBody", prefix: prefix)
        x.open("edXMLManifest", prefix: prefix)
        if attachment != nil {
            x.open("Reference", prefix: prefix)
            x.element("ContentId", prefix: prefix, "cid:1")
            x.element("ContentType", prefix: prefix, contentType(record.source.format))
            x.element("AttachmentName", prefix: prefix, record.source.file)
            x.close()
        }
        x.close()
        x.close()
        if let attachment {
            x.open("AttachmentEncoded", prefix: prefix)
            x.open("Attachment", prefix: prefix)
            x.element("ContentId", prefix: prefix, "cid:1")
            x.element("ContentTransferEncoded", prefix: prefix, attachment.base64EncodedString(options: .lineLength76Characters))
            x.close()
            x.close()
        }
        x.close()  // edXMLEnvelope
        return x.finish()
    }

    /// A stable id for the document: its content hash as a UUID-shaped string.
    static func documentId(_ record: Record) -> String? {
        guard let hex = record.source.sha256, hex.count >= 32 else { return nil }
        let h = Array(hex.prefix(32))
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(h[$0]) }.joined(separator: "-")
    }

    /// "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN" — who the signer signs for.
    static func competence(_ signer: Signer?) -> String? {
        guard let authority = signer?.authority else { return nil }
        return [authority + ".", signer?.principal].compactMap { $0 }.joined(separator: " ")
    }

    static func contentType(_ format: String?) -> String {
        switch format {
        case "pdf": return "application/pdf"
        case "docx": return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "doc": return "application/msword"
        case "txt": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
