import Foundation

/// Word 97–2003 `.doc` text, read natively (MS-DOC): the OLE2 container through libgsf, the
/// File Information Block, the piece table (Unicode and 8-bit pieces), then the main text
/// with Word's control characters turned into the layout the rules expect from DOCX too:
/// paragraphs are lines, a table cell's end is a blank line, a field keeps its result and
/// drops its instruction. Footnotes and endnotes are kept apart as notes, headers and
/// footers as furniture, list labels ("1.", "a)", "-") written before their paragraphs from the
/// list tables (`WordLists`), tracked deletions dropped. Text boxes (`TextBoxes`: a signer or a
/// "Nơi nhận" list set in a box) are written after the paragraph their shape is anchored in, as
/// DOCX's `w:txbxContent`; the headers' text boxes go with the furniture.
struct DOCTextExtractor {
    let limits: ExtractionLimits

    func extract(_ data: Data) throws -> DocumentText {
        let file = try CompoundFile(data)
        guard let document = try file.stream("WordDocument", limit: limits.maxFileBytes) else {
            throw TextExtractionError(.unsupported, "an OLE2 file without a WordDocument stream (not a Word document)")
        }
        let header = try WordBinaryHeader(document)
        guard let table = try file.stream(header.tableStream, limit: limits.maxFileBytes) else {
            throw TextExtractionError(.corrupt, "the .doc has no \(header.tableStream) stream")
        }
        guard header.clx.upperBound <= table.count else {
            throw TextExtractionError(.corrupt, "the .doc's piece table lies outside its table stream")
        }
        let pieces = try PieceTable(clx: table[header.clx])
        let runs = CharacterRuns(document: document, table: table, plc: header.characterProperties)
        let readings = FontTable.names(table, at: header.fonts).map(LegacyFonts.reading)
        let paragraphs = ParagraphRuns(document: document, table: table, plc: header.paragraphProperties)
        let text = try Self.characters(document, pieces, total: header.storyLengths.reduce(0, +),
                                       limit: limits.maxInflatedBytes / 2, runs: runs, fonts: readings,
                                       paragraphs: paragraphs)
        let labels = Self.labels(text, mainLength: header.storyLengths[0],
                                 lists: WordLists.definitions(table, lists: header.lists, overrides: header.listOverrides))
        // Stories, in character-position order: main, footnotes, headers, comments, endnotes,
        // text boxes, header text boxes.
        var ranges: [Range<Int>] = []
        var start = 0
        for length in header.storyLengths {
            let end = min(text.units.count, start + length)
            ranges.append(min(start, end)..<end)
            start = end
        }
        var legacy: LegacyVietnamese.Encoding?
        func decoded(_ range: Range<Int>) -> ArraySlice<UInt16> {
            let decoded = LegacyRuns.decode(text.units[range], text.readings[range])
            legacy = legacy ?? decoded.encoding
            return decoded.units[...]
        }
        let main = decoded(ranges[0])
        // The main text's text boxes, each after the paragraph its shape is anchored in (as DOCX's
        // w:txbxContent); the headers' text boxes with the headers, as furniture.
        let boxes = TextBoxes(table: table, plc: header.textBoxes, storyLength: ranges[5].count,
                              anchors: header.shapeAnchors, mainLength: ranges[0].count)
        let anchored = Self.anchored(boxes, in: text.units[ranges[0]], story: ranges[5]) { range in
            WordBinaryText.render(decoded(range))
        }
        let headerBoxes = TextBoxes(table: table, plc: header.headerTextBoxes, storyLength: ranges[6].count).boxes
            .map { WordBinaryText.render(decoded(Self.within(ranges[6], $0.characters))) }
            .filter { !$0.isEmpty }
        var stories = [WordBinaryText.render(main, labels: labels, boxes: anchored)]
        for range in ranges[1..<5] { stories.append(WordBinaryText.render(decoded(range))) }
        let body = stories[0]
        if body.isEmpty { throw TextExtractionError(.noText, "the .doc holds no text") }
        let notes = [stories[1], stories[4]].filter { !$0.isEmpty }
        let furniture = ([stories[2]] + headerBoxes).filter { !$0.isEmpty }
        return DocumentText(format: .doc, body: body, notes: notes, furniture: furniture, legacyEncoding: legacy?.rawValue)
    }

    /// The rendered text of each box, by the ordinal of the main-text paragraph its shape is
    /// anchored in (as `WordBinaryText.render` counts them); a box without an anchor goes after
    /// the last paragraph. `main` is the main story (one unit a character position), `story`
    /// the text box story's range in the document's units.
    static func anchored(_ boxes: TextBoxes, in main: ArraySlice<UInt16>, story: Range<Int>,
                         render: (Range<Int>) -> String) -> [Int: [String]] {
        guard !boxes.boxes.isEmpty else { return [:] }
        // Paragraph ordinals of the anchors, in one pass over the main story.
        let anchors = Set(boxes.boxes.compactMap(\.anchor)).sorted()
        var ordinals: [Int: Int] = [:]
        var next = 0, ordinal = 0
        for (offset, unit) in main.enumerated() {
            while next < anchors.count, anchors[next] <= offset {
                ordinals[anchors[next]] = ordinal
                next += 1
            }
            if WordBinaryText.endsParagraph(unit) { ordinal += 1 }
        }
        var placed: [(ordinal: Int, anchor: Int, text: String)] = []
        for box in boxes.boxes {
            let text = render(within(story, box.characters))
            guard !text.isEmpty else { continue }
            let at = box.anchor.flatMap { ordinals[$0] } ?? ordinal
            placed.append((at, box.anchor ?? Int.max, text))
        }
        // In the order of their anchors (a stable sort keeps story order among equals).
        var result: [Int: [String]] = [:]
        for box in placed.enumerated().sorted(by: { ($0.element.anchor, $0.offset) < ($1.element.anchor, $1.offset) }) {
            result[box.element.ordinal, default: []].append(box.element.text)
        }
        return result
    }

    /// `characters` (positions in a story) as a range of the document's units, within `story`.
    static func within(_ story: Range<Int>, _ characters: Range<Int>) -> Range<Int> {
        let from = min(story.upperBound, story.lowerBound + max(0, characters.lowerBound))
        return from..<max(from, min(story.upperBound, story.lowerBound + characters.upperBound))
    }

    /// The UTF-16 code units of character positions 0..<total, piece by piece, each with how
    /// its font reads it (nil: Unicode), and the list of each paragraph mark in a list (by its
    /// index in `units`). A deleted character becomes `deletedMark`.
    /// - Throws: `corrupt` when a piece lies outside the stream, `too-large` past `limit` characters.
    static func characters(_ document: [UInt8], _ table: PieceTable, total: Int, limit: Int,
                           runs: CharacterRuns = .none, fonts: [LegacyFonts.Reading?] = [],
                           paragraphs: ParagraphRuns? = nil)
        throws -> (units: [UInt16], readings: [LegacyFonts.Reading?], lists: [Int: ParagraphRuns.Run]) {
        guard total <= limit else {
            throw TextExtractionError(.tooLarge, "the .doc says it holds \(total) characters; the limit is \(limit)")
        }
        var units: [UInt16] = []
        var readings: [LegacyFonts.Reading?] = []
        var lists: [Int: ParagraphRuns.Run] = [:]
        units.reserveCapacity(min(total, 1 << 22))
        let anyLegacy = fonts.contains { $0 != nil }
        var position = 0
        for piece in table.pieces {
            guard position < total else { break }
            let wanted = min(piece.characters.count, total - position)
            position += wanted
            let width = piece.compressed ? 1 : 2
            let end = piece.offset + wanted * width
            guard piece.offset >= 0, end <= document.count, end >= piece.offset else {
                throw TextExtractionError(.corrupt, "a text piece of the .doc lies outside its WordDocument stream")
            }
            var i = piece.offset
            while i < end {
                let unit = piece.compressed ? windows1252(document[i]) : UInt16(document[i]) | UInt16(document[i + 1]) << 8
                let run = runs.runs.isEmpty ? nil : runs.run(at: i)
                if run?.deleted == true {
                    units.append(deletedMark)
                    readings.append(nil)
                } else {
                    if unit == 0x0D || unit == 0x07, let paragraph = paragraphs?.run(at: i), paragraph.list > 0 {
                        lists[units.count] = paragraph
                    }
                    units.append(unit)
                    var reading: LegacyFonts.Reading?
                    if anyLegacy, let run {
                        let font = unit < 0x80 ? run.asciiFont ?? run.otherFont : run.otherFont ?? run.asciiFont
                        if let font, font < fonts.count { reading = fonts[font] }
                    }
                    readings.append(reading)
                }
                i += width
            }
        }
        return (units, readings, lists)
    }

    /// The labels of the main story's listed paragraphs, by the paragraph's ordinal (its end mark's
    /// among the story's, as `WordBinaryText.render` counts them), counted in document order.
    static func labels(_ text: (units: [UInt16], readings: [LegacyFonts.Reading?], lists: [Int: ParagraphRuns.Run]),
                       mainLength: Int, lists: NumberingDefinitions) -> [Int: String] {
        guard !text.lists.isEmpty, !lists.instances.isEmpty else { return [:] }
        let labeler = ListLabeler(styles: { nil }, numbering: { lists })
        var labels: [Int: String] = [:]
        var ordinal = 0
        for index in 0..<min(mainLength, text.units.count) where WordBinaryText.endsParagraph(text.units[index]) {
            if let paragraph = text.lists[index],
               let label = labeler.label(for: .init(numId: paragraph.list, level: paragraph.level)) {
                labels[ordinal] = label
            }
            ordinal += 1
        }
        return labels
    }

    /// Stands for a deleted character until the text is rendered.
    static let deletedMark: UInt16 = 0xFFFF

    /// An 8-bit character as Word stores it: Windows-1252.
    private static func windows1252(_ byte: UInt8) -> UInt16 {
        UInt16(truncatingIfNeeded: Windows1252Table.decodeTable[Int(byte)])
    }
}

/// Word's control characters in a story, as lines (MS-DOC 2.8.25 and the field characters).
enum WordBinaryText {
    /// A paragraph mark, or a table cell's or row's end (which ends its last paragraph).
    static func endsParagraph(_ unit: UInt16) -> Bool { unit == 0x0D || unit == 0x07 }

    /// The story's lines; `labels` are written before the first line of the paragraphs they
    /// belong to (by ordinal: the n-th paragraph ends at the n-th `endsParagraph` unit), and
    /// `boxes` (text boxes' lines) after them, each a block; boxes whose ordinal is never reached
    /// come last, after a blank line.
    static func render(_ units: ArraySlice<UInt16>, labels: [Int: String] = [:], boxes: [Int: [String]] = [:]) -> String {
        var sink = LineSink()
        var line: [UInt16] = []
        // Fields nest: for each open field, whether its result has begun.
        var fields: [Bool] = []
        var paragraph = 0
        var label = labels[0]
        // A table cell (or row) ended: its lines (and boxes) are a block of their own.
        var cellEnded = false
        func endLine() {
            let text = String(decoding: line, as: UTF16.self).trimmingCharacters(in: .whitespaces)
            if text.isEmpty {
                sink.appendBlank()
            } else if let pending = label {
                sink.appendLine(Array((pending + " " + text).utf8))
                label = nil
            } else {
                sink.appendLine(Array(text.utf8))
            }
            line.removeAll(keepingCapacity: true)
        }
        func take(_ unit: UInt16) {
            switch unit {
            case 0x13:  // field begins: its instruction follows
                fields.append(false)
                return
            case 0x14:  // the instruction ends, the result follows
                if !fields.isEmpty { fields[fields.count - 1] = true }
                return
            case 0x15:  // field ends
                _ = fields.popLast()
                return
            default:
                break
            }
            if fields.contains(false) { return }  // inside an instruction
            switch unit {
            case 0x0D: endLine()
            case 0x07:  // a table cell (or row) ends: its lines are a block of their own
                endLine()
                cellEnded = true
            case DOCTextExtractor.deletedMark: return
            case 0x0B: endLine()  // a line break: a new line, as DOCX's w:br
            case 0x0C: endLine(); sink.appendBlank()  // page or section break
            case 0x09: line.append(0x09)  // a tab, kept as DOCX keeps it (columns typed with tabs)
            case 0x1E: line.append(0x2D)  // non-breaking hyphen
            case 0xA0: line.append(0x20)
            case 0x1F, 0x01, 0x02, 0x03, 0x04, 0x05, 0x08: return  // optional hyphen, objects, note marks
            case 0x00..<0x20: return
            default: line.append(unit)
            }
        }
        for unit in units {
            take(unit)
            if endsParagraph(unit) {
                for box in boxes[paragraph] ?? [] { sink.appendLine(Array(box.utf8)) }
                paragraph += 1
                label = labels[paragraph]
            }
            if cellEnded {
                sink.appendBlank()
                cellEnded = false
            }
        }
        endLine()
        for (_, texts) in boxes.filter({ $0.key >= paragraph }).sorted(by: { $0.key < $1.key }) {
            for box in texts { sink.appendLine(Array(box.utf8)) }
        }
        return sink.text
    }
}
