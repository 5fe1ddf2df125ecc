/// Paragraph and row properties, read in place up to their end tag (where the reader is
/// left): only numbering, style and deletion marks matter for the text.
extension WordPartReader {
    /// Reads `w:pPr`: the paragraph's style and `w:numPr`, and whether its mark is deleted.
    mutating func readParagraphProperties() throws -> (numbering: ListLabeler.Request, markDeleted: Bool) {
        var numbering = ListLabeler.Request()
        var markDeleted = false
        try readProperties { element, reader in
            switch element {
            case .paragraphStyle: numbering.style = reader.attribute("val")
            case .numberingId: numbering.numId = reader.decimalAttribute("val")
            case .numberingLevel: numbering.level = reader.decimalAttribute("val")
            case .deletion, .moveFrom: markDeleted = true
            case .numberingProperties, .runProperties: return true
            default: break
            }
            return false
        }
        return (numbering, markDeleted)
    }

    /// Reads a run's `w:rPr`: how its font reads it, when `w:rFonts` names a legacy Vietnamese
    /// font (the ASCII font, else the high-ANSI one: legacy text is stored in both ranges).
    mutating func readRunFont() throws -> LegacyFonts.Reading? {
        var reading: LegacyFonts.Reading?
        try readProperties { element, reader in
            if element == .runFonts, let font = reader.attribute("ascii") ?? reader.attribute("hAnsi") {
                reading = LegacyFonts.reading(font)
            }
            return false
        }
        return reading
    }

    /// Reads `w:trPr`; true when it marks the row as deleted.
    mutating func readRowProperties() throws -> Bool {
        var deleted = false
        try readProperties { element, _ in
            if element == .deletion { deleted = true }
            return false
        }
        return deleted
    }

    /// Walks the children of the properties element the reader is on, calling `visit` for each
    /// element; `visit` returns true to look inside it. Stops on the properties' end tag.
    private mutating func readProperties(_ visit: (WordElement, XMLStreamReader) -> Bool) throws {
        var depth = 1
        var more = try reader.read()
        while more {
            switch reader.kind {
            case .element:
                let enter = visit(names.tag(of: reader), reader)
                if enter, !reader.isEmptyElement {
                    depth += 1
                    more = try reader.read()
                } else {
                    more = try reader.skipSubtree()
                }
                continue
            case .endElement:
                depth -= 1
                if depth == 0 { return }
            default:
                break
            }
            more = try reader.read()
        }
    }
}
