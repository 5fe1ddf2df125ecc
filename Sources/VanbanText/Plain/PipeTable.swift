/// Tables that a web page flattened into text with " | " between cells (portals print a
/// letter's two-column header and signature tables so): "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI
/// CHỦ NGHĨA VIỆT NAM |", "Số: 2167/QĐ-UBND | Sơn La, ngày 09 tháng 8 năm 2017 |". Each run of
/// such rows is written back a column at a time, a blank line between columns, as the DOCX
/// and PDF readers give a table: the issuer's cell, then the motto's. A row whose first cell
/// is a label ("Kính gửi: | - Bộ Kế hoạch và Đầu tư; |") is written as it reads, label first.
///
/// Some portals print each cell between lines holding only "|" instead, and cut a cell's first
/// word onto a line of its own ("CỘNG" ⏎ "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hà" ⏎ "Nội, ngày …",
/// "Kính" ⏎ "gửi: …"): such a word is joined to its line again.
enum PipeTable {
    /// The longest word taken for one cut from the rest of its cell's line.
    static let longestCutWord = 20

    /// `text` with every run of pipe rows written column by column.
    static func columns(_ text: String) -> String {
        guard text.contains("|") else { return text }
        var out: [Substring] = []
        var run: [[Substring]] = []
        var blankAfterRun = false
        func flush() {
            guard !run.isEmpty else { return }
            let width = run.map(\.count).max() ?? 0
            for column in 0..<width {
                let cells = run.compactMap { column < $0.count ? $0[column] : nil }.filter { !$0.isEmpty }
                guard !cells.isEmpty else { continue }
                if !out.isEmpty, out.last?.isEmpty == false { out.append("") }
                out.append(contentsOf: cells)
            }
            blankAfterRun = true
            run.removeAll()
        }
        for line in joiningCutWords(text.split(separator: "\n", omittingEmptySubsequences: false)) {
            if line.trimmingSpaces() == "|" {
                // A cell's edge on a line of its own: the blocks on either side are apart.
                flush()
                if out.last?.isEmpty == false { out.append("") }
                blankAfterRun = false
                continue
            }
            if let cells = cells(of: line) {
                if let label = cells.first, label.hasSuffix(":") {
                    flush()
                    if out.last?.isEmpty == false { out.append("") }
                    out.append(contentsOf: cells.filter { !$0.isEmpty })
                } else if !cells.isEmpty {
                    run.append(cells)
                }
            } else {
                flush()
                if blankAfterRun, !line.trimmingSpaces().isEmpty { out.append("") }
                blankAfterRun = false
                out.append(line)
            }
        }
        flush()
        return out.joined(separator: "\n")
    }

    /// The lines with each cut word joined to the line after it, in a text whose cells stand between
    /// lines of "|" (elsewhere a word alone on its line is left alone): a small letter going on
    /// ("Kính" ⏎ "gửi:", "Căn" ⏎ "cứ Luật …"), or any line after a capitalised word that opens a
    /// cell (first in the text, or after "|" or a rule: "Hà" ⏎ "Nội, ngày …", "Số:" ⏎ "12/QĐ-UBND").
    static func joiningCutWords(_ lines: [Substring]) -> [Substring] {
        guard lines.contains(where: { $0.trimmingSpaces() == "|" }) else { return lines }
        var out: [Substring] = []
        out.reserveCapacity(lines.count)
        var opensCell = true
        var i = 0
        while i < lines.count {
            let line = lines[i].trimmingSpaces()
            if isCutWord(line), i + 1 < lines.count {
                let next = lines[i + 1].trimmingSpaces()
                if let first = next.first, next != "|", !isRule(next),
                   first.isLowercase || opensCell && line.first?.isUppercase == true {
                    out.append(Substring(line + " " + next))
                    opensCell = false
                    i += 2
                    continue
                }
            }
            out.append(lines[i])
            if !line.isEmpty { opensCell = line == "|" || isRule(line) }
            i += 1
        }
        return out
    }

    private static func isCutWord(_ line: Substring) -> Bool {
        guard let first = line.first, first.isLetter, line.count <= longestCutWord else { return false }
        return line.allSatisfy { $0.isLetter || $0 == ":" }
    }

    /// A rule under a header line ("-------", "*****").
    private static func isRule(_ line: Substring) -> Bool {
        guard let first = line.first, "-_*=".contains(first), line.count >= 3 else { return false }
        return line.allSatisfy { $0 == first }
    }

    /// The cells of a pipe row, nil for a line that is not one: cells are separated by " | ",
    /// or the line begins with "| " or ends with " |". A Markdown rule row ("|---|:--|") has
    /// no cells.
    static func cells(of line: Substring) -> [Substring]? {
        let trimmed = line.trimmingSpaces()
        guard trimmed.contains("|") else { return nil }
        guard trimmed == "|" || trimmed.contains(" | ") || trimmed.hasPrefix("| ") || trimmed.hasSuffix(" |")
            || trimmed.hasPrefix("|") && trimmed.hasSuffix("|") else { return nil }
        var parts = trimmed.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
        if parts.first?.isEmpty == true { parts.removeFirst() }
        if parts.last?.isEmpty == true { parts.removeLast() }
        if parts.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }) { return [] }
        return parts
    }
}

private extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let first = s.first, first == " " || first == "\t" { s.removeFirst() }
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}
