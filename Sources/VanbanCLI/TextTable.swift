/// A plain-text table with columns padded to their widest cell (in characters).
final class TextTable {
    private let columns: [String]
    private var rows: [[String]] = []
    private let maxWidth: Int

    init(columns: [String], maxWidth: Int = 48) {
        self.columns = columns.map(TextTable.printable)
        self.maxWidth = maxWidth
    }

    func add(_ row: [String]) { rows.append(row.map { clip($0) }) }

    func render() -> String {
        var widths = columns.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (i, cell) in cells.enumerated() {
                out += cell
                if i < cells.count - 1 { out += String(repeating: " ", count: widths[i] - cell.count + 2) }
            }
            return out + "\n"
        }
        var out = line(columns)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in rows { out += line(row) }
        return out
    }

    private func clip(_ s: String) -> String {
        let flat = TextTable.printable(s)
        return flat.count <= maxWidth ? flat : String(flat.prefix(maxWidth - 1)) + "…"
    }

    /// `s` safe to print on a terminal: line breaks and tabs become spaces, other control
    /// characters (C0, DEL, C1: escape sequences a file name or a text may carry) become "�".
    static func printable(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
