import Foundation
import Testing
@testable import VanbanText

/// Text boxes of .doc files (MS-DOC 2.3.6): the text box story, its PlcftxbxTxt and the shapes'
/// anchors (PlcSpaMom), read as DOCX reads `w:txbxContent`: a box's lines after the paragraph
/// its shape is anchored in. The fixture is our sample letter with its distribution list and
/// signer in two text boxes (scripts/fixtures/textbox_docx.py), as DOCX and as LibreOffice's .doc.
@Suite struct DOCTextBoxTests {
    @Test func aClosingBlockInTextBoxesReadsAsInTheDOCX() throws {
        let (doc, docx) = try DOCReaderTests.twins("vb-0001-textbox")
        #expect(doc.body == docx.body)
        let lines = doc.body.split(separator: "\n").map(String.init)
        let last = try #require(lines.firstIndex { $0.hasPrefix("Đề nghị các cơ quan, đơn vị quan tâm phối hợp") })
        // The distribution list's box is anchored first, the signer's after it.
        #expect(Array(lines[(last + 1)...]) == ["Nơi nhận:", "- Như trên;", "- Giám đốc Sở (b/c);", "- Các Phó Giám đốc Sở;",
                                                "- Lưu: VT, QLĐĐ, L.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Tòng Quốc Bình"])
    }

    @Test(arguments: [
        ([0x41, 0x0D, 0x42, 0x0D], [0: ["X"]], "A\nX\nB"),                      // after its paragraph
        ([0x41, 0x0D, 0x08, 0x0D, 0x42], [1: ["X", "Y\nZ"]], "A\n\nX\nY\nZ\nB"), // two in an empty paragraph
        ([0x41, 0x07, 0x42, 0x07], [0: ["X"]], "A\nX\n\nB"),                     // in a table cell, before its end
        ([0x41, 0x0D], [7: ["X"]], "A\n\nX"),                                    // an ordinal never reached: last, apart
    ] as [([UInt16], [Int: [String]], String)])
    func boxesFollowTheirParagraph(_ units: [UInt16], _ boxes: [Int: [String]], _ expected: String) {
        #expect(WordBinaryText.render(units[...], boxes: boxes) == expected)
    }

    /// A little-endian 32-bit value's bytes.
    static func le32(_ value: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

    /// A PlcftxbxTxt: `cps` (one more than entries), then an FTXBXS per (reusable, lid).
    static func boxTable(_ cps: [Int], _ entries: [(reusable: Bool, lid: Int)]) -> [UInt8] {
        var bytes: [UInt8] = cps.flatMap(le32)
        for entry in entries {
            // ftxbxsunion (cTxbx, cTxbxEdit), fReusable, itxbxsDest, lid, txidUndo.
            let reusable: [UInt8] = [entry.reusable ? 1 : 0, 0]
            bytes += le32(1) + le32(0)
            bytes += reusable + le32(-1)
            bytes += le32(entry.lid) + le32(0)
        }
        return bytes
    }

    /// A PlcfSpa: `cps` (one more than shapes), then a 26-byte SPA per lid.
    static func anchorTable(_ cps: [Int], _ lids: [Int]) -> [UInt8] {
        var bytes: [UInt8] = cps.flatMap(le32)
        for lid in lids { bytes += le32(lid) + [UInt8](repeating: 0, count: 22) }
        return bytes
    }

    @Test func boxesAreMatchedToTheirAnchorsByShapeIdentifier() {
        // Three boxes and the final entry: lid 7 anchored at 3, a reusable entry, lid 9 with no anchor.
        let boxes = Self.boxTable([0, 5, 6, 9, 10], [(false, 7), (true, 8), (false, 9), (false, 0)])
        let anchors = Self.anchorTable([3, 40, 41], [7, 9])  // lid 9's anchor lies past the main text
        let table = boxes + anchors
        let read = TextBoxes(table: table, plc: 0..<boxes.count, storyLength: 10,
                             anchors: boxes.count..<table.count, mainLength: 20)
        #expect(read.boxes == [.init(characters: 0..<5, anchor: 3), .init(characters: 6..<9, anchor: nil)])
    }

    @Test func unanchoredBoxesComeAfterTheLastParagraphInStoryOrder() {
        let main: [UInt16] = [0x41, 0x0D, 0x08, 0x42, 0x0D, 0x43, 0x0D]
        let boxes = TextBoxes(boxes: [.init(characters: 0..<1, anchor: nil), .init(characters: 1..<2, anchor: 2),
                                      .init(characters: 2..<3, anchor: nil)])
        let story: [String] = ["U", "V", "W"]
        let placed = DOCTextExtractor.anchored(boxes, in: main[...], story: 100..<103) { story[$0.lowerBound - 100] }
        #expect(placed == [1: ["V"], 3: ["U", "W"]])
        #expect(WordBinaryText.render(main[...], boxes: placed) == "A\nB\nV\nC\n\nU\nW")
    }

    /// Forged tables give fewer boxes (clamped to the story), never a crash or unbounded work.
    @Test(arguments: [
        ("out of the table", 0..<400, 0),
        ("a size that is no PLC of FTXBXS", 0..<31, 0),
        ("only the final entry", 0..<30, 0),
        ("negative and far positions, clamped to the story", 0..<82, 2),
        ("positions going back: the whole story once, not again and again", 0..<134, 1),
    ] as [(String, Range<Int>, Int)])
    func forgedBoxTables(_ name: String, _ plc: Range<Int>, _ count: Int) {
        let table = switch name {
        case "only the final entry": Self.boxTable([0, 4], [(false, 1)])
        case let name where name.hasPrefix("positions going back"):
            Self.boxTable([0, 10, 0, 10, 0, 10], [(false, 1), (false, 2), (false, 3), (false, 4), (false, 0)])
        default: Self.boxTable([-50, 2, 0x7FFF_FFFF, 0x7FFF_FFFF], [(false, 1), (false, 2), (false, 0)])
        }
        let read = TextBoxes(table: table, plc: plc, storyLength: 10, anchors: 0..<0x7FFF_FFFF, mainLength: 10)
        #expect(read.boxes.count == count, "\(name)")
        #expect(read.boxes.allSatisfy { $0.characters.upperBound <= 10 && $0.characters.lowerBound >= 0 && $0.anchor == nil })
        #expect(DOCTextExtractor.within(0..<10, 5..<0x7FFF_FFFF) == 5..<10)
    }
}
