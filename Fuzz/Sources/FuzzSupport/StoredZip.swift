import Foundation

/// A zip archive of stored (uncompressed) entries with correct CRCs: lets the fuzzer reach the
/// XML readers, which random zips never pass the CRC checks to.
public struct StoredZip {
    private var entries: [(name: String, bytes: [UInt8])] = []

    public init() {}

    public mutating func add(_ name: String, _ bytes: some Collection<UInt8>) {
        entries.append((name, Array(bytes)))
    }

    public func data() -> Data {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let crc = crc32(entry.bytes)
            let name = Array(entry.name.utf8)
            let offset = UInt32(out.count)
            let size = UInt32(entry.bytes.count)
            out += le32(0x0403_4B50) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21)
            out += le32(crc) + le32(size) + le32(size) + le16(UInt16(name.count)) + le16(0)
            out += name + entry.bytes
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21)
            directory += le32(crc) + le32(size) + le32(size) + le16(UInt16(name.count))
            directory += le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let directoryOffset = UInt32(out.count)
        out += directory
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        out += le32(UInt32(directory.count)) + le32(directoryOffset) + le16(0)
        return Data(out)
    }

    private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}

/// A DOCX whose parts come from the fuzz bytes: split at NUL bytes into word/document.xml,
/// word/numbering.xml, word/styles.xml and word/footnotes.xml, with the content types and
/// relationships of a real document around them. A part without an XML declaration gets one
/// and, when it has no root element, the part's usual root, so plain fragments ("<w:p>...")
/// are read too.
public enum DOCXParts {
    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        """
    static let parts: [(name: String, root: String, open: String)] = [
        ("word/document.xml", "w:document", "<w:document \(namespaces)><w:body>"),
        ("word/numbering.xml", "w:numbering", "<w:numbering \(namespaces)>"),
        ("word/styles.xml", "w:styles", "<w:styles \(namespaces)>"),
        ("word/footnotes.xml", "w:footnotes", "<w:footnotes \(namespaces)>"),
    ]

    public static func package(_ input: UnsafeBufferPointer<UInt8>) -> Data {
        let pieces = input.split(separator: 0, maxSplits: parts.count - 1, omittingEmptySubsequences: false)
        var zip = StoredZip()
        let head = Array("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n".utf8)
        zip.add("[Content_Types].xml", Array("""
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """.utf8))
        zip.add("_rels/.rels", Array(relationships([("officeDocument", "word/document.xml")]).utf8))
        var links: [(String, String)] = []
        for (n, piece) in pieces.enumerated() {
            let part = parts[n]
            var bytes = Array(piece)
            if !bytes.starts(with: Array("<?xml".utf8)) {
                if !String(decoding: bytes.prefix(200), as: UTF8.self).contains(part.root) {
                    let close = part.root == "w:document" ? "</w:body></w:document>" : "</\(part.root)>"
                    bytes = Array(part.open.utf8) + bytes + Array(close.utf8)
                }
                bytes = head + bytes
            }
            zip.add(part.name, bytes)
            if n > 0 { links.append((String(part.name.dropFirst(5).dropLast(4)), String(part.name.dropFirst(5)))) }
        }
        zip.add("word/_rels/document.xml.rels", Array(relationships(links).utf8))
        return zip.data()
    }

    static func relationships(_ links: [(String, String)]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (n, (type, target)) in links.enumerated() {
            xml += "<Relationship Id=\"rId\(n + 1)\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(type)\" Target=\"\(target)\"/>"
        }
        return xml + "</Relationships>"
    }
}
