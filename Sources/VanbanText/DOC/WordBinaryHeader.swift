/// The parts of a Word 97–2003 File Information Block (MS-DOC 2.5) that text extraction needs:
/// which table stream holds the piece table, where it is, and how many characters each
/// story has (the main text, then footnotes, headers, …, in one character-position space).
struct WordBinaryHeader: Equatable {
    /// "1Table" or "0Table".
    let tableStream: String
    /// The piece table (Clx) in the table stream.
    let clx: Range<Int>
    /// The character property pages' index (PlcBteChpx) in the table stream.
    let characterProperties: Range<Int>
    /// The font table (SttbfFfn) in the table stream.
    let fonts: Range<Int>
    /// The paragraph property pages' index (PlcBtePapx) in the table stream.
    let paragraphProperties: Range<Int>
    /// The list definitions (PlfLst, its LVLs after it) and list format overrides (PlfLfo) in
    /// the table stream; empty when the header has no room for them.
    let lists: Range<Int>
    let listOverrides: Range<Int>
    /// Where the main text's text boxes lie in their story (PlcftxbxTxt), where their shapes are
    /// anchored (PlcSpaMom), and where the headers' text boxes lie in theirs (PlcfHdrtxbxTxt), in
    /// the table stream; empty when the header has no room for them.
    let textBoxes: Range<Int>
    let shapeAnchors: Range<Int>
    let headerTextBoxes: Range<Int>
    /// Characters of the main text, footnotes, headers and footers, comments, endnotes and
    /// text boxes, in that order.
    let storyLengths: [Int]

    /// Reads the FIB at the start of the WordDocument stream.
    /// - Throws: `encrypted`, `unsupported` (Word 6/95 and older), `corrupt`.
    init(_ document: [UInt8]) throws {
        guard document.count >= 34, Self.u16(document, 0) == 0xA5EC else {
            throw TextExtractionError(.corrupt, "the WordDocument stream has no Word file header")
        }
        let nFib = Self.u16(document, 2)
        let flags = Self.u16(document, 0x0A)
        if flags & 0x0100 != 0 {
            throw TextExtractionError(.encrypted, "the .doc is encrypted with a password")
        }
        // Word 97 and later write 0x00C1 here (some writers 0x00C0 or more); Word 6/95 wrote 0x0065–0x0068.
        guard nFib >= 0x00C0 else {
            throw TextExtractionError(.unsupported, "a Word 6/95 or older file (nFib \(nFib)); save it as .docx or as Word 97–2003")
        }
        tableStream = flags & 0x0200 != 0 ? "1Table" : "0Table"
        // FibBase (32 bytes), csw, fibRgW, cslw, fibRgLw, cbRgFcLcb, fibRgFcLcb.
        var offset = 32
        let csw = Int(try Self.checkedU16(document, offset))
        offset += 2 + csw * 2
        let cslw = Int(try Self.checkedU16(document, offset))
        offset += 2
        let rgLw = offset
        offset += cslw * 4
        let cbRgFcLcb = Int(try Self.checkedU16(document, offset))
        offset += 2
        let rgFcLcb = offset
        guard cslw >= 11, cbRgFcLcb > 33, rgFcLcb + cbRgFcLcb * 8 <= document.count else {
            throw TextExtractionError(.corrupt, "the Word file header is truncated")
        }
        // fibRgLw97: ccpText is its 4th entry, then ccpFtn, ccpHdd, ccpMcr (unused), ccpAtn, ccpEdn,
        // ccpTxbx, ccpHdrTxbx.
        storyLengths = [3, 4, 5, 7, 8, 9, 10].map { max(0, Int(Int32(bitPattern: Self.u32(document, rgLw + $0 * 4)))) }
        // fibRgFcLcb97: the Clx is its 34th (fc, lcb) pair.
        let fcClx = Int(Self.u32(document, rgFcLcb + 33 * 8))
        let lcbClx = Int(Self.u32(document, rgFcLcb + 33 * 8 + 4))
        let fcFfn = Int(Self.u32(document, rgFcLcb + 15 * 8))
        fonts = fcFfn..<(fcFfn + Int(Self.u32(document, rgFcLcb + 15 * 8 + 4)))
        let fcChpx = Int(Self.u32(document, rgFcLcb + 12 * 8))
        characterProperties = fcChpx..<(fcChpx + Int(Self.u32(document, rgFcLcb + 12 * 8 + 4)))
        paragraphProperties = Self.pair(document, rgFcLcb, 13)
        lists = cbRgFcLcb > 74 ? Self.pair(document, rgFcLcb, 73) : 0..<0
        listOverrides = cbRgFcLcb > 74 ? Self.pair(document, rgFcLcb, 74) : 0..<0
        shapeAnchors = cbRgFcLcb > 40 ? Self.pair(document, rgFcLcb, 40) : 0..<0
        textBoxes = cbRgFcLcb > 56 ? Self.pair(document, rgFcLcb, 56) : 0..<0
        headerTextBoxes = cbRgFcLcb > 58 ? Self.pair(document, rgFcLcb, 58) : 0..<0
        guard lcbClx > 0 else { throw TextExtractionError(.corrupt, "the .doc has no piece table") }
        clx = fcClx..<(fcClx + lcbClx)
    }

    /// The (fc, lcb) pair `index` of fibRgFcLcb as a range (empty when it would overflow).
    private static func pair(_ b: [UInt8], _ rgFcLcb: Int, _ index: Int) -> Range<Int> {
        let fc = Int(u32(b, rgFcLcb + index * 8)), lcb = Int(u32(b, rgFcLcb + index * 8 + 4))
        return fc..<(fc + lcb)
    }

    static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }

    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }

    private static func checkedU16(_ b: [UInt8], _ i: Int) throws -> UInt16 {
        guard i + 2 <= b.count else { throw TextExtractionError(.corrupt, "the Word file header is truncated") }
        return u16(b, i)
    }
}
