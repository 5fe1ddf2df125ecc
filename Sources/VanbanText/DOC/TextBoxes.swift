/// The text boxes of a Word 97–2003 document (MS-DOC 2.3.6): where each box's text lies in its
/// text box story (PlcftxbxTxt, 2.8.32, of FTXBXS entries) and, for the main text's boxes, at
/// which character of the main text its shape is anchored (the PlcfSpa at fcPlcSpaMom), the two
/// matched by shape identifier (FTXBXS.lid, SPA.lid). Letters often set their signer and
/// distribution list ("Nơi nhận:") in text boxes; like DOCX's `w:txbxContent`, a box's lines
/// are written after the paragraph its shape is anchored in.
struct TextBoxes: Equatable {
    struct Box: Equatable {
        /// The box's characters, as positions in its text box story.
        let characters: Range<Int>
        /// The main text position of its shape's anchor; nil when no anchor names the box
        /// (a box in a group of shapes, whose anchor is the group's).
        let anchor: Int?
    }

    /// The actual boxes (reusable entries and the final one left out), in story order.
    let boxes: [Box]

    /// Far above any real letter: bounds the work a forged table can ask for.
    static let maxBoxes = 1 << 16

    static let none = TextBoxes(boxes: [])

    init(boxes: [Box]) { self.boxes = boxes }

    /// Reads the PlcftxbxTxt at `plc` (positions in a story of `storyLength` characters) and the
    /// anchors of the PlcSpa at `anchors` (main text positions below `mainLength`), both in
    /// `table`. A table out of the stream or of the wrong size gives no boxes (or no anchors).
    init(table: [UInt8], plc: Range<Int>, storyLength: Int, anchors: Range<Int> = 0..<0, mainLength: Int = 0) {
        // PlcftxbxTxt: n + 1 CPs, then n FTXBXS of 22 bytes; the last FTXBXS is no box.
        guard let count = Self.plcCount(plc, in: table, dataSize: 22), count > 1 else {
            self.init(boxes: [])
            return
        }
        let shapes = Self.anchors(table, anchors, mainLength: mainLength)
        let data = plc.lowerBound + (count + 1) * 4
        var boxes: [Box] = []
        // Where the last box read ends: boxes overlapping it are left out (a PLC's CPs ascend), so
        // the boxes never hold more characters than the story, whatever the table says.
        var read = 0
        for n in 0..<(count - 1) {
            let entry = data + n * 22
            // ftxbxsunion (8 bytes), fReusable (2), itxbxsDest (4), lid (4), txidUndo (4).
            guard WordBinaryHeader.u16(table, entry + 8) & 0x0001 == 0 else { continue }
            let from = Int(Int32(bitPattern: WordBinaryHeader.u32(table, plc.lowerBound + n * 4)))
            let to = Int(Int32(bitPattern: WordBinaryHeader.u32(table, plc.lowerBound + (n + 1) * 4)))
            let start = max(0, min(from, storyLength)), end = max(start, min(to, storyLength))
            guard start < end, start >= read else { continue }
            read = end
            boxes.append(Box(characters: start..<end, anchor: shapes[WordBinaryHeader.u32(table, entry + 14)]))
        }
        self.init(boxes: boxes)
    }

    /// The main text position of each shape anchor of the PlcSpa at `plc` (n + 1 CPs, then n
    /// SPAs of 26 bytes whose first 4 bytes are the shape's lid), by lid; the first wins.
    private static func anchors(_ table: [UInt8], _ plc: Range<Int>, mainLength: Int) -> [UInt32: Int] {
        guard let count = plcCount(plc, in: table, dataSize: 26) else { return [:] }
        var anchors: [UInt32: Int] = [:]
        for n in 0..<count {
            let position = Int(Int32(bitPattern: WordBinaryHeader.u32(table, plc.lowerBound + n * 4)))
            guard position >= 0, position < mainLength else { continue }
            let lid = WordBinaryHeader.u32(table, plc.lowerBound + (count + 1) * 4 + n * 26)
            if anchors[lid] == nil { anchors[lid] = position }
        }
        return anchors
    }

    /// The number of data elements of a PLC at `plc` in `table` (MS-DOC 2.2.2: n + 1 CPs of
    /// 4 bytes, then n elements of `dataSize`), or nil when it lies outside the table, has the
    /// wrong size or more than `maxBoxes` elements.
    private static func plcCount(_ plc: Range<Int>, in table: [UInt8], dataSize: Int) -> Int? {
        guard plc.lowerBound >= 0, plc.upperBound <= table.count, plc.count >= 4 + 4 + dataSize,
              (plc.count - 4) % (4 + dataSize) == 0 else { return nil }
        let count = (plc.count - 4) / (4 + dataSize)
        return count <= maxBoxes ? count : nil
    }
}
