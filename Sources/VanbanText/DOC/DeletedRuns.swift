/// The byte ranges of the WordDocument stream whose characters are marked deleted (a tracked
/// deletion, sprmCFRMarkDel), read from the character property pages (MS-DOC 2.8.6
/// PlcBteChpx, 2.9.26 ChpxFkp): the text the reader sees is the document as accepted.
struct DeletedRuns {
    /// Sorted, disjoint byte ranges of deleted characters.
    let ranges: [Range<Int>]

    static let none = DeletedRuns(ranges: [])

    init(ranges: [Range<Int>]) { self.ranges = ranges }

    /// Reads the property pages listed at `plc` in the table stream.
    init(document: [UInt8], table: [UInt8], plc: Range<Int>) {
        guard plc.lowerBound >= 0, plc.upperBound <= table.count, plc.count >= 12, (plc.count - 4) % 8 == 0 else {
            self.init(ranges: [])
            return
        }
        let pages = (plc.count - 4) / 8
        var deleted: [Range<Int>] = []
        for n in 0..<min(pages, 1 << 16) {
            let pn = Int(WordBinaryHeader.u32(table, plc.lowerBound + (pages + 1) * 4 + n * 4) & 0x3F_FFFF)
            let page = pn * 512
            guard page >= 0, page + 512 <= document.count else { continue }
            let runs = Int(document[page + 511])
            guard runs > 0, (runs + 1) * 4 + runs <= 511 else { continue }
            for r in 0..<runs {
                let offset = Int(document[page + (runs + 1) * 4 + r]) * 2
                guard offset > 0, page + offset < page + 511 else { continue }
                let size = Int(document[page + offset])
                guard page + offset + 1 + size <= page + 511,
                      Self.marksDeleted(document[(page + offset + 1)..<(page + offset + 1 + size)]) else { continue }
                let from = Int(WordBinaryHeader.u32(document, page + r * 4))
                let to = Int(WordBinaryHeader.u32(document, page + (r + 1) * 4))
                if to > from { deleted.append(from..<to) }
            }
        }
        self.init(ranges: deleted.sorted { $0.lowerBound < $1.lowerBound })
    }

    /// Whether the character at byte `offset` is deleted.
    func contains(_ offset: Int) -> Bool {
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < ranges.count && ranges[low].contains(offset)
    }

    /// Whether a run of properties (a grpprl) sets sprmCFRMarkDel to true.
    static func marksDeleted(_ sprms: ArraySlice<UInt8>) -> Bool {
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
            default:  // variable: a size byte first (sprmTDefTable and sprmPChgTabs aside: not character properties)
                guard i < sprms.endIndex else { return false }
                size = 1 + Int(sprms[i])
            }
            guard i + size <= sprms.endIndex else { return false }
            if sprm == 0x0800 { return sprms[i] == 0x01 || sprms[i] == 0x81 }
            i += size
        }
        return false
    }
}
