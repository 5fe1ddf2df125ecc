/// The formatted disk pages of a .doc (MS-DOC 2.9.85 PlcBte, 2.9.26 ChpxFkp, 2.9.175 PapxFkp):
/// 512-byte pages of the WordDocument stream, listed in the table stream, each giving runs of
/// text bytes and where in the page each run's properties start. Read once here for both the
/// character and the paragraph properties; every offset is checked against the page.
enum FormattedDiskPages {
    /// One run of a page: its bytes in the WordDocument stream, the page's start, and the offset
    /// of its properties in the page (0: default properties).
    struct Entry {
        let bytes: Range<Int>
        let page: Int
        let offset: Int
    }

    /// The runs of the pages listed at `plc` in `table`. `entrySize` is the size of each run's
    /// entry after the page's byte offsets: 1 in a ChpxFkp (an offset in words), 13 in a PapxFkp
    /// (an offset in words, then a PHE).
    static func entries(document: [UInt8], table: [UInt8], plc: Range<Int>, entrySize: Int) -> [Entry] {
        guard plc.lowerBound >= 0, plc.upperBound <= table.count, plc.count >= 12, (plc.count - 4) % 8 == 0 else { return [] }
        let pages = (plc.count - 4) / 8
        var entries: [Entry] = []
        for n in 0..<min(pages, 1 << 16) {
            let pn = Int(WordBinaryHeader.u32(table, plc.lowerBound + (pages + 1) * 4 + n * 4) & 0x3F_FFFF)
            let page = pn * 512
            guard page >= 0, page + 512 <= document.count else { continue }
            // crun (the page's last byte), rgfc[crun + 1], then the runs' entries.
            let count = Int(document[page + 511])
            guard count > 0, (count + 1) * 4 + count * entrySize <= 511 else { continue }
            for r in 0..<count {
                let from = Int(WordBinaryHeader.u32(document, page + r * 4))
                let to = Int(WordBinaryHeader.u32(document, page + (r + 1) * 4))
                guard to > from else { continue }
                let offset = Int(document[page + (count + 1) * 4 + r * entrySize]) * 2
                entries.append(Entry(bytes: from..<to, page: page, offset: offset > 0 && offset < 511 ? offset : 0))
            }
        }
        return entries
    }
}

/// Runs of properties by byte range of the WordDocument stream, sorted by their start.
protocol ByteRun {
    var bytes: Range<Int> { get }
}

extension Array where Element: ByteRun {
    /// The run holding byte `offset`, if any (binary search over runs sorted by their start).
    func run(at offset: Int) -> Element? {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid].bytes.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < count && self[low].bytes.contains(offset) ? self[low] : nil
    }
}
