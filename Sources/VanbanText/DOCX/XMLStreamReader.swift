import CLibXML2
import Foundation

/// libxml2 is initialised once, before any reader runs on any thread.
private let libxml2Initialised: Void = xmlInitParser()

/// libxml2's streaming reader (xmlTextReader) over one XML part held in memory, set up for
/// untrusted input: no network, no DTD loading, no entity substitution, errors kept off stderr.
/// An entity reference or a DOCTYPE is refused: no Office part carries one.
final class XMLStreamReader {
    enum NodeKind {
        case element, endElement, text, other
    }

    /// The part being read, for messages ("word/document.xml").
    let partName: String
    private let reader: xmlTextReaderPtr

    private static let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)

    /// Opens a reader over `bytes`, which must stay alive and unchanged while it is used.
    init(_ bytes: UnsafeBufferPointer<UInt8>, partName: String) throws {
        _ = libxml2Initialised
        self.partName = partName
        guard bytes.count <= Int(Int32.max) else {
            throw TextExtractionError(.tooLarge, "\(partName) is larger than libxml2 reads (2 GB)")
        }
        let created = bytes.withMemoryRebound(to: CChar.self) { chars in
            xmlReaderForMemory(chars.baseAddress, Int32(chars.count), nil, nil, Self.options)
        }
        guard let created else {
            throw TextExtractionError(.corrupt, "\(partName) cannot be opened as XML")
        }
        reader = created
        xmlTextReaderSetStructuredErrorHandler(reader, { _, _ in }, nil)
        xmlResetLastError()
    }

    deinit { xmlFreeTextReader(reader) }

    /// Moves to the next node in document order, entering the current element.
    /// - Returns: false at the end of the part.
    /// - Throws: `.corrupt` when the XML is not well-formed or holds a DTD or entity reference.
    func read() throws -> Bool {
        try checked(xmlTextReaderRead(reader))
    }

    /// Moves past the current element and all it holds (its end tag is not reported).
    func skipSubtree() throws -> Bool {
        try checked(xmlTextReaderNext(reader))
    }

    var kind: NodeKind {
        switch xmlTextReaderNodeType(reader) {
        case 1: .element
        case 15: .endElement
        case 3, 4, 13, 14: .text
        default: .other
        }
    }

    /// True for `<a/>`: no end-element node follows.
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The current node's local name and namespace, as libxml2 interns them: equal names give
    /// equal pointers for the life of this reader.
    var internedName: XMLInternedName {
        XMLInternedName(localName: xmlTextReaderConstLocalName(reader).map(UnsafeRawPointer.init),
                        namespace: xmlTextReaderConstNamespaceUri(reader).map(UnsafeRawPointer.init))
    }

    /// The value of the current element's attribute with local name `name` (any namespace).
    func attribute(_ name: String) -> String? {
        var found: String?
        var more = xmlTextReaderMoveToFirstAttribute(reader)
        while more == 1 {
            if let local = xmlTextReaderConstLocalName(reader), Self.equals(local, name) {
                found = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                break
            }
            more = xmlTextReaderMoveToNextAttribute(reader)
        }
        xmlTextReaderMoveToElement(reader)
        return found
    }

    /// The attribute `name` as a WordprocessingML decimal number (`ST_DecimalNumber`, a 32-bit
    /// signed integer), clamped to that range: list counters start from such values and count
    /// up, which must not overflow however large the file says they are. Nil when absent or not
    /// a number.
    func decimalAttribute(_ name: String) -> Int? {
        attribute(name).flatMap { Int($0) }.map { min(max($0, Int(Int32.min)), Int(Int32.max)) }
    }

    /// Appends the current text node's UTF-8 bytes to `buffer`, at most its first `maxScalars`
    /// Unicode scalars (a single huge text node is not copied whole when little of it is kept).
    /// - Returns: the number of Unicode scalars appended.
    @discardableResult
    func appendText(to buffer: inout [UInt8], maxScalars: Int = .max) -> Int {
        guard let value = xmlTextReaderConstValue(reader) else { return 0 }
        let bytes = UnsafeBufferPointer(start: value, count: strlen(value))
        var scalars = 0
        var end = 0
        while end < bytes.count {
            if bytes[end] & 0xC0 != 0x80 {
                if scalars == maxScalars { break }
                scalars += 1
            }
            end += 1
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<end]))
        return scalars
    }

    /// The current text node's value.
    var value: String? {
        xmlTextReaderConstValue(reader).map { String(cString: $0) }
    }

    private func checked(_ status: Int32) throws -> Bool {
        if status == 1 {
            switch xmlTextReaderNodeType(reader) {
            case 5:
                throw TextExtractionError(.corrupt, "\(partName) uses an entity reference, which Office XML never does (refused)")
            case 10:
                throw TextExtractionError(.corrupt, "\(partName) declares a DTD, which Office XML never does (refused)")
            default:
                return true
            }
        }
        if status == 0 { return false }
        throw TextExtractionError(.corrupt, "\(partName) is not well-formed XML: \(Self.lastErrorText())")
    }

    private static func lastErrorText() -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return "parse error" }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return error.pointee.line > 0 ? "\(text) (line \(error.pointee.line))" : text
    }

    private static func equals(_ cString: UnsafePointer<xmlChar>, _ name: String) -> Bool {
        var index = 0
        for byte in name.utf8 {
            if cString[index] != byte { return false }
            index += 1
        }
        return cString[index] == 0
    }
}
