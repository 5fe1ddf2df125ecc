import CLibXML2
import Foundation
import VanbanRecord

/// Reads an edXML envelope (QCVN 102:2016, or the earlier eDoc namespace): the MessageHeader's
/// fields and the attachments, with libxml2's streaming reader set up for untrusted input (no
/// network, no DTD, no entity substitution; a DOCTYPE or entity reference is refused).
public struct EdXMLEnvelope: Sendable, Equatable {
    public struct Attachment: Sendable, Equatable {
        public var name: String?
        public var contentType: String?
        public var data: Data
    }

    /// The header's values, by path below MessageHeader ("Code/CodeNumber", "SignerInfo/FullName").
    public var header: [String: String] = [:]
    /// The places of ToPlaces, in order.
    public var toPlaces: [String] = []
    public var attachments: [Attachment] = []

    /// Whether `bytes` begin like an edXML envelope (an XML document whose root is edXMLEnvelope
    /// or the eDoc envelope).
    /// Asked of every file the pipeline reads: a byte test first, so that a PDF or a zip costs nothing.
    public static func looksLikeEnvelope(_ bytes: some Collection<UInt8>) -> Bool {
        let start = bytes.prefix(8).drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        guard start.first == UInt8(ascii: "<") else { return false }
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self)
        return head.contains("edXMLEnvelope") || head.contains("EdXMLEnvelope")
    }

    /// Reads `data`. - Throws: `EdXMLError` when it is not a well-formed envelope.
    public init(_ data: Data) throws {
        xmlInitParser()
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue)
        guard data.count <= Int(Int32.max) else { throw EdXMLError("the envelope is larger than 2 GB") }
        let reader: xmlTextReaderPtr? = data.withUnsafeBytes { raw in
            raw.withMemoryRebound(to: CChar.self) { xmlReaderForMemory($0.baseAddress, Int32($0.count), nil, nil, options) }
        }
        guard let reader else { throw EdXMLError("not XML") }
        defer { xmlFreeTextReader(reader) }
        xmlTextReaderSetStructuredErrorHandler(reader, { _, _ in }, nil)

        var path: [String] = []
        var text = ""
        var sawEnvelope = false
        var encoded: [String: Data] = [:]
        var references: [(id: String, name: String?, type: String?)] = []
        var reference: [String: String] = [:]
        var contentId: String?
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            guard status == 1 else { throw EdXMLError("the envelope is not well-formed XML") }
            let kind = xmlTextReaderNodeType(reader)
            switch kind {
            case 1:  // element
                let name = xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
                if path.isEmpty {
                    guard name == "edXMLEnvelope" || name == "EdXMLEnvelope" else { throw EdXMLError("the root is <\(name)>, not an envelope") }
                    sawEnvelope = true
                }
                if xmlTextReaderIsEmptyElement(reader) == 0 {
                    path.append(name)
                    guard path.count <= 64 else { throw EdXMLError("elements nested too deep") }
                    text = ""
                }
            case 3, 4, 14:  // text, CDATA, significant white space
                if let value = xmlTextReaderConstValue(reader) { text += String(cString: value) }
            case 15:  // end element
                let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if let header = path.firstIndex(of: "MessageHeader") {
                    let below = path[(header + 1)...]
                    if below.first == "ToPlaces", below.count == 2 {
                        if !value.isEmpty { toPlaces.append(value) }
                    } else if !below.isEmpty, !value.isEmpty {
                        self.header[below.joined(separator: "/")] = value
                    }
                } else if path.contains("edXMLManifest") || path.contains("Manifest") {
                    if path.last == "Reference" || path.last == "Attachment" {
                        if let id = reference["ContentId"] ?? reference["FileName"] {
                            references.append((id, reference["AttachmentName"] ?? reference["FileName"],
                                               reference["ContentType"] ?? reference["FileType"]))
                            if let content = reference["Content"], let bytes = Data(base64Encoded: content, options: .ignoreUnknownCharacters) {
                                encoded[id] = bytes
                            }
                        }
                        reference = [:]
                    } else if let last = path.last {
                        reference[last] = value
                    }
                } else if path.contains("AttachmentEncoded") {
                    if path.last == "ContentId" { contentId = value }
                    if path.last == "ContentTransferEncoded", let id = contentId ?? references.first?.id {
                        encoded[id] = Data(base64Encoded: value, options: .ignoreUnknownCharacters)
                    }
                    if path.last == "Attachment" { contentId = nil }
                }
                path.removeLast()
                text = ""
            case 5, 10:  // entity reference, DOCTYPE
                throw EdXMLError("the envelope holds a DOCTYPE or an entity reference")
            default:
                break
            }
        }
        guard sawEnvelope else { throw EdXMLError("no envelope") }
        for reference in references {
            if let data = encoded[reference.id] {
                attachments.append(Attachment(name: reference.name, contentType: reference.type, data: data))
            }
        }
    }

    /// The header as record fields: what the sender's register says of the document.
    public func apply(to record: inout Record) {
        if let name = header["From/OrganName"] {
            record.issuer = Issuer(name: name, parent: header["From/OrganizationInCharge"] ?? record.issuer?.parent)
        }
        let number = header["Code/CodeNumber"], notation = header["Code/CodeNotation"]
        if let number, let notation {
            record.number = DocumentNumber(raw: "\(number)/\(notation)", seq: number, year: nil, symbol: notation)
        }
        if let place = header["PromulgationInfo/Place"] { record.place = place }
        if let date = header["PromulgationInfo/PromulgationDate"].flatMap(Self.isoDate) { record.date = date }
        if let subject = header["Subject"] { record.subject = subject }
        if let name = header["SignerInfo/FullName"] {
            var signer = record.signer ?? Signer(name: nil, position: nil, authority: nil, principal: nil)
            signer.name = name
            signer.position = header["SignerInfo/Position"] ?? signer.position
            record.signer = signer
        }
        if !toPlaces.isEmpty, record.addressees.isEmpty, record.distribution.isEmpty { record.distribution = toPlaces }
    }

    /// "2023-02-27", "27/02/2023" or "2023/02/27" as ISO.
    static func isoDate(_ text: String) -> String? {
        let parts = text.prefix(10).split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        let (year, month, day) = parts[0].count == 4 ? (a, b, c) : (c, b, a)
        guard (1900...2200).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}

/// Why an envelope could not be read.
public struct EdXMLError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
