/// The numbering that styles.xml gives its styles (`w:pPr/w:numPr`), with `w:basedOn`
/// inheritance: how Word's "List Bullet" or "List Number" paragraphs get their labels.
struct ParagraphStyles: Sendable {
    struct Style: Sendable {
        var basedOn: String?
        var numId: Int?
        var level: Int?
    }

    var styles: [String: Style] = [:]

    /// Styles already parsed in this process, by the part's CRC-32 and size.
    static let cache = PartCache<ParagraphStyles>()

    /// The numbering instance and level a paragraph of style `id` gets, each taken from the
    /// nearest style up the `basedOn` chain that sets it; nil when none sets a `numId`.
    func numbering(forStyle id: String) -> (numId: Int, level: Int?)? {
        var numId: Int?
        var level: Int?
        var current: String? = id
        var steps = 0
        while let name = current, let style = styles[name], steps < 32 {
            numId = numId ?? style.numId
            level = level ?? style.level
            current = style.basedOn
            steps += 1
        }
        return numId.map { ($0, level) }
    }

    private static func contains(_ bytes: [UInt8], _ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            var index = 0
            let last = haystack.count - needle.count
            while index <= last {
                if haystack[index] == first, needle.indices.allSatisfy({ haystack[index + $0] == needle[$0] }) {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    private enum Tag {
        case root, style, basedOn, pPr, numPr, numId, ilvl, other
    }

    /// Parses styles.xml, reading only what bears on numbering; a part that never says
    /// "numPr" numbers nothing and is not parsed.
    /// - Throws: `.corrupt` when it is not well-formed XML.
    static func parse(_ bytes: [UInt8], partName: String) throws -> ParagraphStyles {
        guard contains(bytes, "numPr") else { return ParagraphStyles() }
        return try bytes.withUnsafeBufferPointer { buffer in
            let reader = try XMLStreamReader(buffer, partName: partName)
            var names = XMLNameTable<Tag> { namespace, name in
                guard namespace == .wordprocessing else { return .other }
                switch name {
                case "styles": return .root
                case "style": return .style
                case "basedOn": return .basedOn
                case "pPr": return .pPr
                case "numPr": return .numPr
                case "numId": return .numId
                case "ilvl": return .ilvl
                default: return .other
                }
            }
            var result = ParagraphStyles()
            var id: String?
            var style = Style()
            var more = try reader.read()
            while more {
                guard reader.kind == .element else {
                    if reader.kind == .endElement, names.tag(of: reader) == .style, let id { result.styles[id] = style }
                    more = try reader.read()
                    continue
                }
                switch names.tag(of: reader) {
                case .root, .pPr, .numPr:
                    more = try reader.read()
                case .style:
                    id = reader.attribute("styleId")
                    style = Style()
                    if reader.isEmptyElement, let id { result.styles[id] = style }
                    more = try reader.read()
                case .basedOn:
                    style.basedOn = reader.attribute("val")
                    more = try reader.skipSubtree()
                case .numId:
                    style.numId = reader.decimalAttribute("val")
                    more = try reader.skipSubtree()
                case .ilvl:
                    style.level = reader.decimalAttribute("val")
                    more = try reader.skipSubtree()
                case .other:
                    more = try reader.skipSubtree()
                }
            }
            return result
        }
    }
}
