/// Puts Tesseract's lines in the order a PDF's text layer gives them. Official letters set
/// their header (issuer and number | motto and date) and their closing (recipients | signer)
/// as two cells side by side; Tesseract reads such rows straight across both cells, gluing
/// "TỈNH YÊN" to "CỘNG HÒA". Here a run of lines with a wide gutter at one place becomes a
/// two-column region, to be read cell by cell: all the left cell, then all the right one.
enum OCRLayout {
    /// Lines that sit side by side in two cells, split at `gutter` (points from the left).
    struct Region: Equatable {
        var lines: Range<Int>
        var gutter: Double
    }

    /// The two-column regions of `lines` (cleaned): a line with a gutter and the lines below it
    /// that keep clear of that gutter.
    static func regions(in lines: [OCRLine]) -> [Region] {
        let pageGap = median(lines.flatMap(gaps)) ?? 0
        var regions: [Region] = []
        var index = 0
        while index < lines.count {
            guard let gutter = gutter(of: lines[index], pageGap: pageGap) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < lines.count, keepsTo(gutter, lines[end], below: lines[end - 1], pageGap: pageGap) {
                end += 1
            }
            regions.append(Region(lines: index..<end, gutter: gutter))
            index = end
        }
        return regions
    }

    /// Whether `line`, under `previous`, still belongs to the region split at `gutter`: close
    /// below it (no more than two lines' height apart), and either on one side of the
    /// gutter or split there by a gap as wide as a gutter. Words Tesseract doubts (specks read
    /// as letters) do not count.
    static func keepsTo(_ gutter: Double, _ line: OCRLine, below previous: OCRLine, pageGap: Double) -> Bool {
        let height = median(previous.words.map(\.box.height) + line.words.map(\.box.height)) ?? 0
        guard line.box.y >= previous.box.y, line.box.y - previous.box.maxY <= 2 * height else { return false }
        let words = line.words.filter { $0.confidence >= 0.5 }
        let left = words.filter { $0.box.maxX <= gutter }, right = words.filter { $0.box.x >= gutter }
        guard left.count + right.count == words.count else { return false }
        guard let last = left.last, let first = right.first else { return true }
        return self.gutter(of: line, pageGap: pageGap).map { abs($0 - gutter) < first.box.x - last.box.maxX } ?? false
    }

    /// Where `line` runs across two cells: the middle of its widest gap, when that gap is at
    /// least three quarters of the line's height and 2.5 times its other gaps (or, on a line of
    /// two words, the page's usual gap), so that no stretched justified line is split.
    static func gutter(of line: OCRLine, pageGap: Double) -> Double? {
        let spaces = gaps(line)
        guard let widest = spaces.indices.max(by: { spaces[$0] < spaces[$1] }) else { return nil }
        var others = spaces
        others.remove(at: widest)
        let usual = median(others) ?? pageGap
        let height = median(line.words.map(\.box.height)) ?? 0
        guard spaces[widest] >= 0.75 * height, spaces[widest] >= 2.5 * usual else { return nil }
        return (line.words[widest].box.maxX + line.words[widest + 1].box.x) / 2
    }

    /// The text of `lines` in reading order, a blank line between paragraphs and around cells.
    static func text(_ blocks: [[OCRLine]]) -> String {
        var out: [String] = []
        for block in blocks {
            for (index, line) in block.enumerated() {
                if index == 0 || line.startsParagraph, let last = out.last, !last.isEmpty { out.append("") }
                out.append(line.text)
            }
        }
        return out.joined(separator: "\n")
    }

    /// One cell's lines from two readings, the whole row (`first`, split at the gutter) and the
    /// cell alone (`second`): line by line, the reading Tesseract is `surer` of, since each
    /// reading has its own slips ("TỈNHYÊN" across the row, "GLIÁM" in the cell alone).
    /// Lines found by one reading only are kept. One paragraph, as a cell's text is.
    static func cell(_ first: [OCRLine], _ second: [OCRLine]) -> [OCRLine] {
        var lines = second
        for line in first {
            if let match = lines.indices.first(where: { overlaps(lines[$0].box, line.box) }) {
                if surer(line, than: lines[match]) { lines[match] = line }
            } else {
                lines.append(line)
            }
        }
        return lines.sorted { $0.box.y < $1.box.y }.enumerated().map { index, line in
            OCRLine(words: line.words, startsParagraph: index == 0)
        }
    }

    /// Whether Tesseract is surer of reading `a` than `b`: of its words, a list dash left aside
    /// (small and always a little doubtful); about as sure, the reading that found more words.
    static func surer(_ a: OCRLine, than b: OCRLine) -> Bool {
        func content(_ line: OCRLine) -> [OCRWord] { line.words.first?.text == "-" ? Array(line.words.dropFirst()) : line.words }
        let (x, y) = (confidence(content(a)), confidence(content(b)))
        return abs(x - y) < 0.02 && a.words.count != b.words.count ? a.words.count > b.words.count : x > y
    }

    /// Whether two line boxes share most of the shorter one's height.
    private static func overlaps(_ a: OCRBox, _ b: OCRBox) -> Bool {
        min(a.maxY, b.maxY) - max(a.y, b.y) > 0.5 * min(a.height, b.height)
    }

    /// Mean word confidence, each word weighted by its length; 0 for no words.
    static func confidence(_ words: [OCRWord]) -> Double {
        let letters = words.reduce(0) { $0 + $1.text.count }
        return letters == 0 ? 0 : words.reduce(0) { $0 + $1.confidence * Double($1.text.count) } / Double(letters)
    }

    /// The left and right parts of `lines` (a region's lines), split at `gutter`.
    static func split(_ lines: some Collection<OCRLine>, at gutter: Double) -> (left: [OCRLine], right: [OCRLine]) {
        var left: [OCRLine] = [], right: [OCRLine] = []
        for line in lines {
            let leftWords = line.words.filter { $0.box.x + $0.box.width / 2 < gutter }
            let rightWords = line.words.filter { $0.box.x + $0.box.width / 2 >= gutter }
            if !leftWords.isEmpty { left.append(OCRLine(words: leftWords, startsParagraph: false)) }
            if !rightWords.isEmpty { right.append(OCRLine(words: rightWords, startsParagraph: false)) }
        }
        return (left, right)
    }

    private static func gaps(_ line: OCRLine) -> [Double] {
        zip(line.words, line.words.dropFirst()).map { $1.box.x - $0.box.maxX }
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        return values.sorted()[values.count / 2]
    }
}
