import Foundation
import VanbanOCR

/// Pages whose text layer is missing or too thin to be the letter (a scan, perhaps with a
/// page number or a signature stamp typed over it), read by OCR instead.
struct PDFPageOCR {
    let options: OCROptions

    /// What OCR added to a document.
    struct Outcome {
        /// Pages on which OCR found text (0-based).
        var pages: [Int] = []
        /// Mean confidence over the text read, each word weighted by its length.
        var confidence: Double?
        var warnings: [String] = []
    }

    /// Whether a page with `letters` letters and digits in its text layer, `imageCoverage()` of
    /// it under images (asked only when it matters), needs OCR: no text layer at all (a scan, or
    /// text drawn as outlines), or under 200 letters on a page mostly under images (a scan with
    /// a page number or a signature stamp typed on it). A short page of real text, such as a
    /// last page holding only the signer's name, is left as it is.
    static func needsOCR(letters: Int, imageCoverage: () -> Double) -> Bool {
        letters == 0 || (letters < 200 && imageCoverage() >= 0.5)
    }

    /// Reads `candidates` of `document` by OCR, blank pages left out, and puts the lines read
    /// into `pages`, next to the text layer's own lines where these do not overlap them; a page in
    /// `replacing` that OCR reads takes that page's lines in place of its text layer's.
    func read(_ candidates: [Int], of document: PDFDocumentHandle, data: Data, deadline: ContinuousClock.Instant,
              replacing: [Int: PDFPageLines] = [:], into pages: inout [PDFPageLines]) -> Outcome {
        var outcome = Outcome()
        var indexes: [Int] = []
        for (position, index) in candidates.enumerated() {
            guard ContinuousClock.now < deadline else {
                outcome.warnings.append("\(Self.describe(Array(candidates[position...]))): not read, time limit reached")
                break
            }
            if document.hasInk(at: index) { indexes.append(index) }
        }
        guard !indexes.isEmpty else { return outcome }
        let which = Self.describe(indexes)
        guard options.enabled else {
            outcome.warnings.append("\(which) \(indexes.count == 1 ? "has" : "have") no text layer; OCR is off")
            return outcome
        }
        var engine: OCREngine
        do throws(OCRError) {
            engine = try OCREngine(language: options.language, dpi: options.dpi)
            engine.ink = options.keepsColouredInk ? .keepAll : .dropColoured
        } catch {
            outcome.warnings.append("\(which) \(indexes.count == 1 ? "has" : "have") no text layer; OCR unavailable: \(error)")
            return outcome
        }
        let results = document.recognize(pages: indexes, engine: engine, data: data, threads: options.threads, deadline: deadline)
        var words: [OCRWord] = []
        var failures: [(index: Int, reason: String)] = []
        for (index, result) in zip(indexes, results) {
            switch result {
            case let .success(page) where page.lines.isEmpty:
                continue  // a blank page: nothing to read
            case let .success(page):
                if let kept = replacing[index] { pages[index] = kept }
                let layer = pages[index].rows.joined()
                let read = Self.segments(of: page).filter { segment in !layer.contains { Self.overlap($0, segment) } }
                pages[index] = PDFPageLines(width: pages[index].width, height: pages[index].height,
                                            segments: Array(layer) + read)
                outcome.pages.append(index)
                words += page.lines.flatMap(\.words)
            case let .failure(error):
                failures.append((index, error.description))
            }
        }
        // One warning for each reason, naming its pages ("pages 40–900: OCR ran out of time").
        for reason in failures.map(\.reason).uniqued() {
            outcome.warnings.append("\(Self.describe(failures.filter { $0.reason == reason }.map(\.index))): \(reason)")
        }
        if !outcome.pages.isEmpty {
            let letters = words.reduce(0) { $0 + $1.text.count }
            outcome.confidence = letters == 0 ? 0
                : words.reduce(0) { $0 + $1.confidence * Double($1.text.count) } / Double(letters)
            outcome.warnings.append("\(Self.describe(outcome.pages)) read by OCR (no usable text layer)")
        }
        return outcome
    }

    /// OCR lines as segments, one a line: OCR has already cut rows that run across two cells.
    static func segments(of page: OCRPage) -> [PDFSegment] {
        page.lines.filter { !$0.words.isEmpty }.map { line in
            let box = line.box
            return PDFSegment(text: line.text, x1: box.x, x2: box.maxX, y1: box.y, y2: box.maxY)
        }
    }

    /// Whether two segments cover much of the same place (a stamp typed over its own scan).
    private static func overlap(_ a: PDFSegment, _ b: PDFSegment) -> Bool {
        let w = min(a.x2, b.x2) - max(a.x1, b.x1), h = min(a.y2, b.y2) - max(a.y1, b.y1)
        guard w > 0, h > 0 else { return false }
        return w * h > 0.5 * min((a.x2 - a.x1) * a.height, (b.x2 - b.x1) * b.height)
    }

    /// "page 3", "pages 1–3, 5".
    static func describe(_ indexes: [Int]) -> String {
        var runs: [String] = []
        var start = 0
        while start < indexes.count {
            var end = start
            while end + 1 < indexes.count, indexes[end + 1] == indexes[end] + 1 { end += 1 }
            runs.append(end == start ? "\(indexes[start] + 1)" : "\(indexes[start] + 1)–\(indexes[end] + 1)")
            start = end + 1
        }
        return (indexes.count == 1 ? "page " : "pages ") + runs.joined(separator: ", ")
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    fileprivate func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
