/// The character properties vanban needs, by byte range of the WordDocument stream, read from
/// the character property pages (MS-DOC 2.8.6 PlcBteChpx, 2.9.26 ChpxFkp): which characters
/// are a tracked deletion (sprmCFRMarkDel), and which font each is set in (sprmCRgFtc0 for
/// ASCII, sprmCRgFtc2 for the rest), so that text typed in a legacy Vietnamese font can be
/// decoded by its font.
struct CharacterRuns {
    struct Run: ByteRun {
        let bytes: Range<Int>
        var deleted = false
        /// Font indexes (into the document's font table) for ASCII and for other characters.
        var asciiFont: Int?
        var otherFont: Int?
    }

    /// Sorted by their start; a byte in no run has default properties.
    let runs: [Run]

    static let none = CharacterRuns(runs: [])

    init(runs: [Run]) { self.runs = runs }

    /// Reads the property pages listed at `plc` in the table stream.
    init(document: [UInt8], table: [UInt8], plc: Range<Int>) {
        let runs = FormattedDiskPages.entries(document: document, table: table, plc: plc, entrySize: 1).map { entry in
            var run = Run(bytes: entry.bytes)
            // Chpx: cb, then a grpprl of cb bytes.
            if entry.offset > 0 {
                let start = entry.page + entry.offset + 1
                let size = Int(document[entry.page + entry.offset])
                if start + size <= entry.page + 511 { Self.apply(document[start..<(start + size)], to: &run) }
            }
            return run
        }
        self.init(runs: runs.sorted { $0.bytes.lowerBound < $1.bytes.lowerBound })
    }

    /// The run holding byte `offset`, if any.
    func run(at offset: Int) -> Run? { runs.run(at: offset) }

    /// Whether a run of properties (a grpprl) sets sprmCFRMarkDel to true.
    static func marksDeleted(_ sprms: ArraySlice<UInt8>) -> Bool {
        var run = Run(bytes: 0..<0)
        apply(sprms, to: &run)
        return run.deleted
    }

    /// Reads the properties of a grpprl into `run`.
    static func apply(_ sprms: ArraySlice<UInt8>, to run: inout Run) {
        Sprms.forEach(sprms) { sprm, operand in
            let i = operand.startIndex
            switch sprm {
            case 0x0800: run.deleted = operand[i] == 0x01 || operand[i] == 0x81
            case 0x4A4F: run.asciiFont = Int(operand[i]) | Int(operand[i + 1]) << 8
            case 0x4A51: run.otherFont = Int(operand[i]) | Int(operand[i + 1]) << 8
            default: break
            }
        }
    }
}

/// The document's font table (MS-DOC 2.9.86 SttbfFfn): font names by index.
enum FontTable {
    /// The names, in index order; empty when the table cannot be read.
    static func names(_ table: [UInt8], at range: Range<Int>) -> [String] {
        guard range.lowerBound >= 0, range.upperBound <= table.count, range.count >= 4 else { return [] }
        var i = range.lowerBound
        let count = Int(WordBinaryHeader.u16(table, i))
        i += 4  // cData, then cbExtra (0)
        var names: [String] = []
        for _ in 0..<min(count, 4096) {
            guard i < range.upperBound else { break }
            let length = Int(table[i])  // cchData: the FFN's size
            let start = i + 1
            i = start + length
            // FFN: flags (1), wWeight (2), chs (1), ixchSzAlt (1), panose (10), fs (24), then the name in UTF-16.
            var name: [UInt16] = []
            var j = start + 39
            while j + 1 < min(i, range.upperBound) {
                let unit = WordBinaryHeader.u16(table, j)
                if unit == 0 { break }
                name.append(unit)
                j += 2
            }
            names.append(String(decoding: name, as: UTF16.self))
        }
        return names
    }
}
