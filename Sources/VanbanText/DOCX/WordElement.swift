/// The WordprocessingML elements the text reader acts on; everything else is `.container`
/// (read through: hyperlinks, content controls, drawings holding text boxes) or `.ignored`
/// (skipped whole: properties, field codes, deleted text).
enum WordElement {
    case document, paragraph, paragraphProperties, paragraphStyle, numberingProperties, numberingLevel, numberingId
    case runProperties, deletion, moveFrom, text, tab, lineBreak, carriageReturn, noBreakHyphen, symbol, fieldChar
    case table, row, rowProperties, cell, textBox, note, alternateContent, choice, fallback, run, runFonts, softHyphen
    case container, ignored

    init(namespace: OfficeNamespace, name: String) {
        switch namespace {
        case .wordprocessing: self = Self.word[name] ?? .container
        case .math: self = name == "t" ? .text : .container
        case .markupCompatibility:
            switch name {
            case "AlternateContent": self = .alternateContent
            case "Choice": self = .choice
            case "Fallback": self = .fallback
            default: self = .container
            }
        case .other: self = .container
        }
    }

    private static let word: [String: WordElement] = [
        "document": .document, "p": .paragraph, "pPr": .paragraphProperties, "pStyle": .paragraphStyle,
        "numPr": .numberingProperties, "ilvl": .numberingLevel, "numId": .numberingId, "rPr": .runProperties,
        "r": .run, "rFonts": .runFonts,
        "del": .deletion, "moveFrom": .moveFrom, "t": .text, "tab": .tab, "ptab": .tab, "br": .lineBreak,
        "cr": .carriageReturn, "noBreakHyphen": .noBreakHyphen, "sym": .symbol, "fldChar": .fieldChar,
        "tbl": .table, "tr": .row, "trPr": .rowProperties, "tc": .cell, "txbxContent": .textBox,
        "footnote": .note, "endnote": .note,
        "instrText": .ignored, "delText": .ignored, "delInstrText": .ignored, "sectPr": .ignored,
        "pPrChange": .ignored, "rPrChange": .ignored, "tblPr": .ignored, "tblGrid": .ignored, "tcPr": .ignored,
        "tblPrEx": .ignored, "sdtPr": .ignored, "sdtEndPr": .ignored, "softHyphen": .softHyphen,
        "commentReference": .ignored, "footnoteReference": .ignored, "endnoteReference": .ignored,
    ]
}
