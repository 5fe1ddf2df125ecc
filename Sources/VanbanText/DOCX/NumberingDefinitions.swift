/// The list definitions of numbering.xml: abstract definitions and the numbering instances
/// (`w:num`) that paragraphs refer to by `w:numId`.
struct NumberingDefinitions: Sendable {
    /// `w:abstractNum`.
    struct Abstract: Sendable {
        var levels: [Int: ListLevel] = [:]
        /// `w:numStyleLink`: the definition lives in the numbering style of that name.
        var numStyleLink: String?
    }

    /// `w:num`: an abstract definition plus per-level overrides.
    struct Instance: Sendable {
        var abstractId: Int
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: ListLevel] = [:]

        var hasOverrides: Bool { !startOverrides.isEmpty || !levelOverrides.isEmpty }
    }

    var abstracts: [Int: Abstract] = [:]
    var instances: [Int: Instance] = [:]

    /// Definitions already parsed in this process, by the part's CRC-32 and size.
    static let cache = PartCache<NumberingDefinitions>()

    private enum Tag {
        case root, abstractNum, num, abstractNumId, lvlOverride, startOverride, lvl
        case start, numFmt, lvlText, lvlRestart, isLgl, pStyle, numStyleLink, alternateContent, other
    }

    /// Parses numbering.xml.
    /// - Throws: `.corrupt` when it is not well-formed XML.
    static func parse(_ bytes: [UInt8], partName: String) throws -> NumberingDefinitions {
        try bytes.withUnsafeBufferPointer { buffer in
            var parser = Parser()
            try parser.run(XMLStreamReader(buffer, partName: partName))
            return parser.definitions
        }
    }

    private struct Parser {
        var definitions = NumberingDefinitions()
        private var abstractId: Int?
        private var numId: Int?
        private var overrideLevel: Int?
        private var levelIndex: Int?
        private var level = ListLevel()
        private var names = XMLNameTable<Tag> { namespace, name in
            if namespace == .markupCompatibility { return .alternateContent }
            guard namespace == .wordprocessing else { return .other }
            switch name {
            case "numbering": return .root
            case "abstractNum": return .abstractNum
            case "num": return .num
            case "abstractNumId": return .abstractNumId
            case "lvlOverride": return .lvlOverride
            case "startOverride": return .startOverride
            case "lvl": return .lvl
            case "start": return .start
            case "numFmt": return .numFmt
            case "lvlText": return .lvlText
            case "lvlRestart": return .lvlRestart
            case "isLgl": return .isLgl
            case "pStyle": return .pStyle
            case "numStyleLink": return .numStyleLink
            default: return .other
            }
        }

        mutating func run(_ reader: XMLStreamReader) throws {
            var more = try reader.read()
            while more {
                switch reader.kind {
                case .element:
                    let tag = names.tag(of: reader)
                    let descend = start(tag, reader)
                    if reader.isEmptyElement || !descend {
                        end(tag)
                        more = try descend ? reader.read() : reader.skipSubtree()
                        continue
                    }
                case .endElement:
                    end(names.tag(of: reader))
                default:
                    break
                }
                more = try reader.read()
            }
        }

        /// Handles an element start; returns whether to read what it holds.
        private mutating func start(_ tag: Tag, _ reader: XMLStreamReader) -> Bool {
            let value = { reader.attribute("val") }
            switch tag {
            case .root, .alternateContent:
                return true
            case .abstractNum:
                abstractId = reader.decimalAttribute("abstractNumId")
                if let abstractId { definitions.abstracts[abstractId] = Abstract() }
                return true
            case .num:
                numId = reader.decimalAttribute("numId")
                return true
            case .abstractNumId:
                if let numId, let id = reader.decimalAttribute("val") {
                    definitions.instances[numId] = Instance(abstractId: id)
                }
            case .lvlOverride:
                overrideLevel = reader.decimalAttribute("ilvl").flatMap(ListLevel.index)
                return true
            case .startOverride:
                if let numId, let overrideLevel, let start = reader.decimalAttribute("val") {
                    definitions.instances[numId]?.startOverrides[overrideLevel] = start
                }
            case .lvl:
                levelIndex = reader.decimalAttribute("ilvl").flatMap(ListLevel.index) ?? overrideLevel
                level = ListLevel()
                return true
            case .start:
                if levelIndex != nil, let start = reader.decimalAttribute("val") { level.start = start }
            case .numFmt:
                if levelIndex != nil, let format = value() { level.format = format }
            case .lvlText:
                if levelIndex != nil { level.text = value() ?? "" }
            case .lvlRestart:
                if levelIndex != nil { level.restartAfter = reader.decimalAttribute("val") }
            case .isLgl:
                if levelIndex != nil { level.isLegal = !["0", "false", "off"].contains(value() ?? "1") }
            case .pStyle:
                if levelIndex != nil { level.style = value() }
            case .numStyleLink:
                if let abstractId { definitions.abstracts[abstractId]?.numStyleLink = value() }
            case .other:
                break
            }
            return false
        }

        private mutating func end(_ tag: Tag) {
            switch tag {
            case .abstractNum: abstractId = nil
            case .num: numId = nil
            case .lvlOverride: overrideLevel = nil
            case .lvl:
                guard let index = levelIndex else { return }
                if let overrideLevel, let numId {
                    definitions.instances[numId]?.levelOverrides[overrideLevel] = level
                } else if let abstractId {
                    definitions.abstracts[abstractId]?.levels[index] = level
                }
                levelIndex = nil
            default: break
            }
        }
    }
}
