/// Streams one WordprocessingML part (the document, a header or footer, the footnotes or
/// endnotes) into lines: a paragraph per line with its list label, table cells in order
/// as blocks of lines, text boxes once, tracked changes applied, field codes dropped.
struct WordPartReader {
    /// The text of one part.
    struct Output {
        /// The part's lines (for notes parts: text outside any note, normally none).
        var text: String
        /// One entry per footnote or endnote, separators left out.
        var notes: [String]
        /// The legacy encoding a run's font was decoded from, the first met.
        var legacyEncoding: LegacyVietnamese.Encoding?
        /// Scalars of text read (labels aside).
        var characters: Int
        /// Whether reading stopped at `maxCharacters`, leaving the rest of the part unread.
        var truncated: Bool
        /// The text of the runs whose font is no legacy one, a line each (as read, before
        /// `undeclared` decoding), to tell whether they too were typed in a legacy encoding.
        var undeclaredText: String
    }

    let reader: XMLStreamReader
    private let labeler: ListLabeler
    var names = XMLNameTable(WordElement.init(namespace:name:))
    private var sinks = [LineSink()]
    private var paragraphs: [ParagraphFrame] = []
    private var deletedRows: [Bool] = []
    /// Open fields, true while in the field's code (between begin and separate).
    private var fields: [Bool] = []
    private var fieldCodes = 0
    /// Open `mc:AlternateContent` elements, true once one branch was read.
    private var alternates: [Bool] = []
    private var inText = false
    /// How the open run's font reads its text: a legacy Vietnamese font (`w:rFonts`) is decoded.
    private var runReading: LegacyFonts.Reading?
    /// How text in runs of other fonts is read: nil keeps it as it is.
    private let undeclaredReading: LegacyFonts.Reading?
    /// The text of runs in other fonts, a line per text node (`Output.undeclaredText`).
    private var undeclaredText: [UInt8] = []
    private var legacyEncoding: LegacyVietnamese.Encoding?
    /// Text of paragraphs whose mark was deleted, waiting for the next paragraph.
    private var carried: [UInt8] = []
    private var notes: [String] = []
    /// Scalars of text appended so far, and the most to read.
    private var characters = 0
    private let maxCharacters: Int
    private let deadline: Deadline?

    /// Nodes read between two looks at the deadline.
    private static let nodesPerDeadlineCheck = 4096

    /// Reads the part in `bytes`, named `partName`.
    /// - Parameters:
    ///   - requireDocument: the root must be `w:document` (the main part).
    ///   - maxCharacters: reading stops once this many scalars of text were read; the open
    ///     paragraphs are kept as read so far (`Output.truncated`).
    ///   - deadline: checked every few thousand XML nodes.
    ///   - undeclared: how to read the runs whose font is no legacy one (nil: as they are).
    /// - Throws: `.corrupt` when the XML is not well-formed, holds a DTD or entity reference,
    ///   or (with `requireDocument`) is not a WordprocessingML document; `.timeout` past `deadline`.
    static func read(_ bytes: [UInt8], partName: String, labeler: ListLabeler, requireDocument: Bool = false,
                     maxCharacters: Int = .max, deadline: Deadline? = nil,
                     undeclared: LegacyFonts.Reading? = nil) throws -> Output {
        try bytes.withUnsafeBufferPointer { buffer in
            var part = try WordPartReader(reader: XMLStreamReader(buffer, partName: partName), labeler: labeler,
                                          maxCharacters: maxCharacters, deadline: deadline, undeclared: undeclared)
            let truncated = try part.run(requireDocument: requireDocument)
            return Output(text: part.sinks[0].text, notes: part.notes, legacyEncoding: part.legacyEncoding,
                          characters: part.characters, truncated: truncated,
                          undeclaredText: String(decoding: part.undeclaredText, as: UTF8.self))
        }
    }

    private init(reader: XMLStreamReader, labeler: ListLabeler, maxCharacters: Int, deadline: Deadline?,
                 undeclared: LegacyFonts.Reading?) {
        self.reader = reader
        self.undeclaredReading = undeclared
        self.labeler = labeler
        self.maxCharacters = maxCharacters
        self.deadline = deadline
    }

    /// What to do after an element's start tag.
    private enum Step {
        /// Read what it holds.
        case enter
        /// Skip it whole.
        case skip
        /// Its handler already read up to its end tag: go on after it.
        case consumed
    }

    /// Reads the part; returns true when it stopped at `maxCharacters`.
    private mutating func run(requireDocument: Bool) throws -> Bool {
        var more = try reader.read()
        var sawRoot = false
        var nodes = 0
        while more {
            nodes += 1
            if nodes % Self.nodesPerDeadlineCheck == 0 { try deadline?.check() }
            if characters >= maxCharacters {
                finishOpenElements()
                return true
            }
            switch reader.kind {
            case .element:
                let element = names.tag(of: reader)
                if !sawRoot {
                    sawRoot = true
                    if requireDocument, element != .document {
                        throw TextExtractionError(.corrupt, "\(reader.partName) is not a WordprocessingML document")
                    }
                }
                switch try start(element) {
                case .enter:
                    if reader.isEmptyElement { end(element) }
                    more = try reader.read()
                case .skip:
                    more = try reader.skipSubtree()
                case .consumed:
                    more = try reader.read()
                }
                continue
            case .endElement:
                end(names.tag(of: reader))
            case .text:
                if inText, fieldCodes == 0, !paragraphs.isEmpty {
                    if let runReading {
                        appendLegacyText(runReading)
                    } else {
                        let line = paragraphs[paragraphs.count - 1].line.count
                        if let undeclaredReading {
                            appendLegacyText(undeclaredReading)
                        } else {
                            characters += reader.appendText(to: &paragraphs[paragraphs.count - 1].line,
                                                            maxScalars: maxCharacters - characters)
                        }
                        noteUndeclared(from: line)
                    }
                }
            case .other:
                break
            }
            more = try reader.read()
        }
        if requireDocument, !sawRoot {
            throw TextExtractionError(.corrupt, "\(reader.partName) is empty")
        }
        return false
    }

    /// Writes what the elements still open hold, when reading stops early: their paragraphs as
    /// read so far, text boxes and notes into the text around them.
    private mutating func finishOpenElements() {
        while let frame = paragraphs.popLast() { finish(frame) }
        while sinks.count > 1 {
            let inner = sinks.removeLast()
            sinks[sinks.count - 1].append(inner)
        }
    }

    private mutating func start(_ element: WordElement) throws -> Step {
        switch element {
        case .document, .container:
            return .enter
        case .ignored, .deletion, .moveFrom:
            return .skip
        case .run:
            runReading = nil
        case .runProperties:
            guard !paragraphs.isEmpty, !reader.isEmptyElement else { return .skip }
            runReading = try readRunFont()
            return .consumed
        case .runFonts:
            return .skip
        case .softHyphen:
            // In a legacy font the soft hyphen's code (0xAD) is a letter: "ư" in TCVN3.
            if let reading = runReading ?? undeclaredReading, fieldCodes == 0, !paragraphs.isEmpty {
                appendLegacyText(reading, "\u{AD}")
            }
            return .skip
        case .paragraph:
            paragraphs.append(ParagraphFrame())
        case .paragraphProperties:
            guard !paragraphs.isEmpty, !reader.isEmptyElement else { return .skip }
            let properties = try readParagraphProperties()
            paragraphs[paragraphs.count - 1].markDeleted = properties.markDeleted
            paragraphs[paragraphs.count - 1].label = labeler.label(for: properties.numbering)
            return .consumed
        case .rowProperties:
            guard !deletedRows.isEmpty, !reader.isEmptyElement else { return .skip }
            if try readRowProperties() { deletedRows[deletedRows.count - 1] = true }
            return .consumed
        case .text:
            inText = true
        case .tab:
            appendToParagraph(0x09)
        case .lineBreak, .carriageReturn:
            appendToParagraph(0x0A)
        case .noBreakHyphen:
            appendToParagraph(0x2D)
        case .symbol:
            appendSymbol()
        case .fieldChar:
            fieldChar(reader.attribute("fldCharType"))
        case .table, .cell:
            sinks[sinks.count - 1].appendBlank()
        case .row:
            deletedRows.append(false)
        case .textBox:
            sinks.append(LineSink())
        case .note:
            let type = reader.attribute("type") ?? "normal"
            guard type == "normal" else { return .skip }
            sinks.append(LineSink())
        case .alternateContent:
            alternates.append(false)
        case .choice, .fallback:
            guard let taken = alternates.last, !taken else { return .skip }
            alternates[alternates.count - 1] = true
        case .paragraphStyle, .numberingProperties, .numberingLevel, .numberingId:
            return .skip
        }
        return .enter
    }

    private mutating func end(_ element: WordElement) {
        switch element {
        case .paragraph:
            if let frame = paragraphs.popLast() { finish(frame) }
        case .text:
            inText = false
        case .run:
            runReading = nil
        case .table, .cell:
            sinks[sinks.count - 1].appendBlank()
        case .row:
            _ = deletedRows.popLast()
        case .textBox:
            guard sinks.count > 1 else { return }
            let box = sinks.removeLast()
            if paragraphs.isEmpty {
                sinks[sinks.count - 1].append(box)
            } else {
                paragraphs[paragraphs.count - 1].anchored.append(box)
            }
        case .note:
            guard sinks.count > 1 else { return }
            let note = sinks.removeLast()
            if !note.isEmpty { notes.append(note.text) }
        case .alternateContent:
            _ = alternates.popLast()
        default:
            break
        }
    }

    /// Writes a finished paragraph: its label, a space, its text; or joins it to the next
    /// paragraph when its mark was deleted.
    private mutating func finish(_ frame: ParagraphFrame) {
        guard !deletedRows.contains(true) else { return }
        if frame.markDeleted {
            carried += frame.line
        } else {
            let text = ParagraphFrame.trimmed(carried + frame.line)
            carried = []
            if text.isEmpty {
                sinks[sinks.count - 1].appendBlank()
            } else if let label = frame.label {
                sinks[sinks.count - 1].appendLine(Array(label.utf8) + [0x20] + text)
            } else {
                sinks[sinks.count - 1].appendLine(text)
            }
        }
        sinks[sinks.count - 1].append(frame.anchored)
    }

    /// The text node's characters read in the run's legacy font (see `LegacyFonts`).
    private mutating func appendLegacyText(_ reading: LegacyFonts.Reading, _ given: String? = nil) {
        let decoded = LegacyRuns.decode(given ?? reader.value ?? "", as: reading)
        if !decoded.isEmpty { legacyEncoding = legacyEncoding ?? reading.encoding }
        let kept = decoded.unicodeScalars.prefix(max(0, maxCharacters - characters))
        paragraphs[paragraphs.count - 1].line.append(contentsOf: String(String.UnicodeScalarView(kept)).utf8)
        characters += kept.count
    }

    /// Keeps what the last text node added to the open paragraph, from byte `start` of its line,
    /// as one line of `undeclaredText` (when read as it is: decoded text tells nothing).
    private mutating func noteUndeclared(from start: Int) {
        guard undeclaredReading == nil else { return }
        let added = paragraphs[paragraphs.count - 1].line[start...]
        guard !added.isEmpty else { return }
        if !undeclaredText.isEmpty { undeclaredText.append(0x0A) }
        undeclaredText += added
    }

    private mutating func appendToParagraph(_ byte: UInt8) {
        guard fieldCodes == 0, !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1].line.append(byte)
        characters += 1
    }

    /// `w:sym`: the character unless it is a private-use symbol-font glyph.
    private mutating func appendSymbol() {
        guard fieldCodes == 0, !paragraphs.isEmpty, let code = reader.attribute("char").flatMap({ UInt32($0, radix: 16) }),
              !(0xE000...0xF8FF).contains(code), let scalar = Unicode.Scalar(code) else { return }
        paragraphs[paragraphs.count - 1].line.append(contentsOf: Array(String(scalar).utf8))
        characters += 1
    }

    private mutating func fieldChar(_ type: String?) {
        switch type {
        case "begin":
            fields.append(true)
            fieldCodes += 1
        case "separate":
            if fields.last == true {
                fields[fields.count - 1] = false
                fieldCodes -= 1
            }
        case "end":
            if fields.popLast() == true { fieldCodes -= 1 }
        default:
            break
        }
    }
}
