/// Rows that belong to the page, not the letter: running page numbers ("2", "- 2 -", "Trang 2/5")
/// and header or footer lines repeated at the same place on several pages.
struct PDFPageFurniture {
    private var marked: Set<[Int]> = []
    private(set) var lines: [String] = []

    /// The share of the page height, at top and bottom, where furniture lives.
    static let band = 0.1

    init(pages: [PDFPageLines]) {
        var seen: [String: [(page: Int, row: Int)]] = [:]
        for (p, page) in pages.enumerated() where page.height > 0 {
            for (r, row) in page.rows.enumerated() {
                let top = row.map(\.y1).min() ?? 0
                let bottom = row.map(\.y2).max() ?? 0
                guard bottom <= page.height * Self.band || top >= page.height * (1 - Self.band) else { continue }
                let text = row.map(\.text).joined(separator: " ")
                if Self.isPageNumber(text) {
                    marked.insert([p, r])
                    lines.append(text)
                } else {
                    let key = String(text.map { $0.isNumber ? "#" : $0 }) + (top < page.height / 2 ? "^" : "_")
                    seen[key, default: []].append((p, r))
                }
            }
        }
        for (_, places) in seen where Set(places.map(\.page)).count >= 2 {
            for place in places {
                marked.insert([place.page, place.row])
                lines.append(pages[place.page].rows[place.row].map(\.text).joined(separator: " "))
            }
        }
    }

    func isFurniture(page: Int, row: Int) -> Bool { marked.contains([page, row]) }

    /// "3", "- 3 -", "Trang 3", "Trang 3/5", "3/5", "Page 3 of 5".
    static func isPageNumber(_ text: String) -> Bool {
        var words = text.lowercased().split(whereSeparator: { " -–/".contains($0) }).map(String.init)
        words.removeAll { $0 == "trang" || $0 == "page" || $0 == "of" || $0 == "/" }
        return !words.isEmpty && words.count <= 2 && words.allSatisfy { $0.count <= 4 && $0.allSatisfy(\.isNumber) }
    }
}
