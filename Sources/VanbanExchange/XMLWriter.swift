import CLibXML2
import Foundation

/// A thin wrapper over libxml2's text writer: elements, text (escaped by libxml2), indentation.
final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    /// - Parameter indented: elements on lines of their own, indented (off for large generated
    ///   parts such as a worksheet).
    init(indented: Bool = true) {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        if indented {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens `name` (with a prefix and, on the root, the namespace declaration).
    func open(_ name: String, prefix: String? = nil, namespace: String? = nil) {
        if let prefix {
            xmlTextWriterStartElementNS(writer, prefix, name, namespace)
        } else {
            xmlTextWriterStartElement(writer, name)
        }
    }

    func close() { xmlTextWriterEndElement(writer) }

    /// An attribute of the element just opened (its value escaped by libxml2).
    func attribute(_ name: String, _ value: String) {
        xmlTextWriterWriteAttribute(writer, name, Self.clean(value))
    }

    /// Text inside the element just opened (escaped by libxml2).
    func text(_ text: String) {
        xmlTextWriterWriteString(writer, Self.clean(text))
    }

    /// `<name>text</name>`, left out when `text` is nil and `always` is false.
    func element(_ name: String, prefix: String? = nil, _ text: String?, always: Bool = false) {
        guard text != nil || always else { return }
        open(name, prefix: prefix)
        if let text { self.text(text) }
        close()
    }

    /// The document, finished.
    func finish() -> Data {
        xmlTextWriterEndDocument(writer)
        xmlTextWriterFlush(writer)
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    /// Characters XML 1.0 cannot hold (C0 controls but tab and line ends, U+FFFE, U+FFFF) dropped.
    static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter {
            ($0.value >= 0x20 && $0.value != 0xFFFE && $0.value != 0xFFFF) || $0 == "\t" || $0 == "\n" || $0 == "\r"
        }))
    }
}
