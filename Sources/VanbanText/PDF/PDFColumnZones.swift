/// Borderless two-column tables (the header: issuer and number left, motto and date right; the
/// signature block: "Nơi nhận" left, signer right) found from the gap between cells, and read a
/// column at a time.
enum PDFColumnZones {
    /// A row and the page it is on.
    struct PageRow {
        let page: Int
        let segments: [PDFSegment]
    }

    /// The document's rows as lines in reading order. A table cut by a page end goes on at the top
    /// of the next page.
    static func order(_ pageRows: [PageRow]) -> [PDFTextAssembler.Line] {
        let rows = pageRows.map(\.segments)
        func close(_ a: Int, _ b: Int) -> Bool {
            pageRows[a].page == pageRows[b].page ? PDFColumnZones.close(rows[a], rows[b]) : pageRows[b].page == pageRows[a].page + 1
        }
        var out: [PDFTextAssembler.Line] = []
        var used = Array(repeating: false, count: rows.count)
        var zoneOf = Array(repeating: -1, count: rows.count)
        var zones: [(range: ClosedRange<Int>, gap: CellGap)] = []
        for i in rows.indices where !used[i] && isTableRow(rows[i]) {
            var gap = CellGap(seed: rows[i])
            var lo = i, hi = i
            while hi + 1 < rows.count, !used[hi + 1], close(hi, hi + 1), gap.admit(rows[hi + 1]) { hi += 1 }
            // Upwards only right-hand cells: a short last line of the paragraph above sits left.
            while lo - 1 >= 0, !used[lo - 1], close(lo - 1, lo), rows[lo - 1].allSatisfy({ gap.side(of: $0) == .right }),
                  gap.admit(rows[lo - 1]) { lo -= 1 }
            for k in lo...hi {
                used[k] = true
                zoneOf[k] = zones.count
            }
            zones.append((lo...hi, gap))
        }
        var i = 0
        while i < rows.count {
            if zoneOf[i] >= 0 {
                let zone = zones[zoneOf[i]]
                for side in [CellGap.Side.left, .right] {
                    for k in zone.range {
                        for s in rows[k] where zone.gap.side(of: s) == side {
                            out.append(line(s, joinable: false, page: pageRows[k].page))
                        }
                    }
                }
                i = zone.range.upperBound + 1
                continue
            }
            out.append(merged(rows[i], page: pageRows[i].page))
            i += 1
        }
        return out
    }

    private static func line(_ s: PDFSegment, joinable: Bool, page: Int) -> PDFTextAssembler.Line {
        PDFTextAssembler.Line(text: s.text, joinable: joinable, page: page, x1: s.x1, x2: s.x2, y1: s.y1, y2: s.y2)
    }

    /// A row of two cells: two segments, or one gap far wider than the others. A justified line
    /// stretched by a line break has many gaps of about the same width and is not a table row.
    private static func isTableRow(_ row: [PDFSegment]) -> Bool {
        guard row.count >= 2 else { return false }
        if row.count == 2 { return true }
        let gaps = zip(row, row.dropFirst()).map { $1.x1 - $0.x2 }.sorted(by: >)
        return gaps[0] >= 2 * gaps[1]
    }

    /// The segments of a row that is not part of a table, as one line.
    private static func merged(_ row: [PDFSegment], page: Int) -> PDFTextAssembler.Line {
        guard let first = row.first, let last = row.last else { return line(row[0], joinable: true, page: page) }
        let text = row.map(\.text).joined(separator: " ")
        return PDFTextAssembler.Line(text: text, joinable: true, page: page, x1: first.x1, x2: last.x2,
                                     y1: row.map(\.y1).min() ?? first.y1, y2: row.map(\.y2).max() ?? first.y2)
    }

    /// Rows of one table sit close together: no more than three line heights apart.
    private static func close(_ upper: [PDFSegment], _ lower: [PDFSegment]) -> Bool {
        let top = lower.map(\.y1).min() ?? 0
        let bottom = upper.map(\.y2).max() ?? 0
        let height = upper.map(\.height).max() ?? 12
        return top - bottom <= 3 * height
    }
}
