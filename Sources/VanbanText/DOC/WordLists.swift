/// The list definitions of a Word 97–2003 document (MS-DOC 2.9.150 PlfLst with its LVLs, 2.9.152
/// PlfLfo), turned into numbering.xml's model so that `ListLabeler` counts and writes the labels
/// of .doc paragraphs as it does DOCX's: each list (LSTF) an abstract definition, each list format
/// override (LFO) the instance a paragraph names by its 1-based `ilfo`. Not read: the LFOs' own
/// level overrides (LFOData) and numbering given by paragraph styles. Every count and size is
/// checked against the table stream, so a forged table gives fewer lists, never more work.
enum WordLists {
    /// The most lists and overrides read: far above any letter's.
    static let maxLists = 1 << 12
    static let maxOverrides = 1 << 15

    /// The definitions in `table`: the PlfLst at `lists` (its LVLs follow it), the PlfLfo at `overrides`.
    static func definitions(_ table: [UInt8], lists: Range<Int>, overrides: Range<Int>) -> NumberingDefinitions {
        var definitions = NumberingDefinitions()
        guard lists.count >= 2, lists.lowerBound >= 0, lists.upperBound <= table.count,
              overrides.count >= 4, overrides.lowerBound >= 0, overrides.upperBound <= table.count else { return definitions }
        let count = Int(Int16(bitPattern: WordBinaryHeader.u16(table, lists.lowerBound)))
        guard count > 0, count <= maxLists, lists.lowerBound + 2 + count * 28 <= table.count else { return definitions }
        // LSTF (28 bytes): lsid, tplc, rgistdPara[9], flags (bit 0: fSimpleList), grfhic.
        var ids: [UInt32: Int] = [:]
        var cursor = lists.lowerBound + 2 + count * 28
        for n in 0..<count {
            let lstf = lists.lowerBound + 2 + n * 28
            let simple = table[lstf + 26] & 0x01 != 0
            var abstract = NumberingDefinitions.Abstract()
            for index in 0..<(simple ? 1 : 9) {
                guard let (level, next) = level(table, at: cursor) else { return definitions }
                abstract.levels[index] = level
                cursor = next
            }
            definitions.abstracts[n] = abstract
            ids[WordBinaryHeader.u32(table, lstf)] = ids[WordBinaryHeader.u32(table, lstf)] ?? n
        }
        // PlfLfo: lfoMac, then LFO (16 bytes) each: lsid first.
        let lfoCount = Int(Int32(bitPattern: WordBinaryHeader.u32(table, overrides.lowerBound)))
        guard lfoCount > 0, lfoCount <= maxOverrides, overrides.lowerBound + 4 + lfoCount * 16 <= table.count else {
            return definitions
        }
        for n in 0..<lfoCount {
            let lsid = WordBinaryHeader.u32(table, overrides.lowerBound + 4 + n * 16)
            if let abstract = ids[lsid] { definitions.instances[n + 1] = .init(abstractId: abstract) }
        }
        return definitions
    }

    /// One LVL at `offset`: LVLF (28 bytes), grpprlPapx, grpprlChpx, then the label template
    /// (Xst: a count and UTF-16 units, in which the units at the 1-based places listed in
    /// rgbxchNums stand for the number of the level they hold). Returns it and where the next begins.
    static func level(_ table: [UInt8], at offset: Int) -> (ListLevel, Int)? {
        guard offset >= 0, offset + 30 <= table.count else { return nil }
        var level = ListLevel()
        level.start = Int(Int32(bitPattern: WordBinaryHeader.u32(table, offset)))
        level.format = format(table[offset + 4])
        level.isLegal = table[offset + 5] & 0x04 != 0
        let places = Set((6..<15).map { Int(table[offset + $0]) }.filter { $0 > 0 })
        let xst = offset + 28 + Int(table[offset + 25]) + Int(table[offset + 24])
        guard xst + 2 <= table.count else { return nil }
        let length = Int(WordBinaryHeader.u16(table, xst))
        guard length <= 0x7FFF, xst + 2 + length * 2 <= table.count else { return nil }
        var text = ""
        for i in 0..<length {
            let unit = WordBinaryHeader.u16(table, xst + 2 + i * 2)
            if places.contains(i + 1), unit < 9 {
                text += "%\(unit + 1)"
            } else if let scalar = Unicode.Scalar(unit) {
                text.unicodeScalars.append(scalar)
            }
        }
        level.text = text
        return (level, xst + 2 + length * 2)
    }

    /// numbering.xml's name for an MS-DOC number format (nfc, MS-OSHARED 2.2.1.3).
    static func format(_ nfc: UInt8) -> String {
        switch nfc {
        case 0: return "decimal"
        case 1: return "upperRoman"
        case 2: return "lowerRoman"
        case 3: return "upperLetter"
        case 4: return "lowerLetter"
        case 22: return "decimalZero"
        case 23: return "bullet"
        case 255: return "none"
        default: return "decimal"
        }
    }
}

/// The list membership of paragraphs by byte range of the WordDocument stream, read from the
/// paragraph property pages (MS-DOC 2.8.7 PlcBtePapx, 2.9.175 PapxFkp): sprmPIlfo and sprmPIlvl.
struct ParagraphRuns {
    struct Run: ByteRun {
        let bytes: Range<Int>
        /// 1-based index of the list format override; 0: not in a list.
        var list = 0
        var level = 0
    }

    /// Sorted by their start.
    let runs: [Run]

    init(document: [UInt8], table: [UInt8], plc: Range<Int>) {
        let runs = FormattedDiskPages.entries(document: document, table: table, plc: plc, entrySize: 13).map { entry in
            var run = Run(bytes: entry.bytes)
            if entry.offset > 0 {
                // PapxInFkp: cb; a grpprl of 2cb - 1 bytes, or (cb = 0) of 2cb' bytes; an istd first.
                var start = entry.page + entry.offset + 1
                var size = Int(document[entry.page + entry.offset]) * 2 - 1
                if size < 0 {
                    size = Int(document[start]) * 2
                    start += 1
                }
                if size > 2, start + size <= entry.page + 511 {
                    Self.apply(document[(start + 2)..<(start + size)], to: &run)
                }
            }
            return run
        }
        self.runs = runs.sorted { $0.bytes.lowerBound < $1.bytes.lowerBound }
    }

    /// The run holding byte `offset`, if any.
    func run(at offset: Int) -> Run? { runs.run(at: offset) }

    /// Reads sprmPIlvl (0x260A) and sprmPIlfo (0x460B) of a grpprl into `run`.
    static func apply(_ sprms: ArraySlice<UInt8>, to run: inout Run) {
        Sprms.forEach(sprms) { sprm, operand in
            switch sprm {
            case 0x260A: run.level = Int(operand[operand.startIndex])
            case 0x460B:
                let value = Int(Int16(bitPattern: UInt16(operand[operand.startIndex]) | UInt16(operand[operand.startIndex + 1]) << 8))
                run.list = max(0, value)
            default: break
            }
        }
    }
}

/// A grpprl's properties one by one (MS-DOC 2.6 Sprm): each sprm's size from its spra bits.
enum Sprms {
    static func forEach(_ sprms: ArraySlice<UInt8>, _ body: (UInt16, ArraySlice<UInt8>) -> Void) {
        var i = sprms.startIndex
        while i + 2 <= sprms.endIndex {
            let sprm = UInt16(sprms[i]) | UInt16(sprms[i + 1]) << 8
            i += 2
            let size: Int
            switch sprm >> 13 {
            case 0, 1: size = 1
            case 2, 4, 5: size = 2
            case 3: size = 4
            case 7: size = 3
            default:  // variable: a size byte first
                guard i < sprms.endIndex else { return }
                size = 1 + Int(sprms[i])
            }
            guard i + size <= sprms.endIndex else { return }
            body(sprm, sprms[i..<(i + size)])
            i += size
        }
    }
}
