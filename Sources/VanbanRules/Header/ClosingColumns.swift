/// The signature block printed beside the "Nơi nhận" list: the two cells of each row of the
/// closing table read as one line, split by a tab or a run of spaces ("- Bộ Khoa học;\tKT. CHỦ
/// TỊCH", "- Như trên;     (đã ký) Mai Văn Nam"). The right-hand cells are taken out of the
/// list's lines and put after them, so that the list and the signature each read as a column.
enum ClosingColumns {
    /// How many lines from the end are searched for the label.
    static let searchedLines = 150
    /// The most lines of the list's rows looked at after the label.
    static let rowLimit = 40

    /// `text` with its closing columns read apart, or nil when it has none such.
    static func separated(_ text: String) -> String? {
        // Most letters have neither tab nor three spaces in a row: told from the bytes first.
        guard mayHaveGaps(text) else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = max(0, lines.count - searchedLines)
        guard let label = (first..<lines.count).last(where: { isLabel(lines[$0]) }) else { return nil }
        var lefts: [Substring] = []
        var rights: [Substring] = []
        var split = false
        var end = label
        var blanks = 0
        for i in label..<min(lines.count, label + rowLimit) {
            let line = lines[i]
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                blanks += 1
                if blanks >= 2 { break }
                lefts.append(line)
                continue
            }
            blanks = 0
            end = i
            if let (left, right) = cells(of: line) {
                lefts.append(left)
                rights.append(right)
                split = split || !left.allSatisfy({ $0 == " " || $0 == "\t" })
            } else {
                lefts.append(line)
            }
        }
        lefts = Array(lefts.prefix(end - label + 1))
        guard split, rights.contains(where: { RecipientLists.isSignatureCell(TextLines.clean($0)) }) else { return nil }
        lines.replaceSubrange(label...end, with: lefts + [""] + rights)
        return lines.joined(separator: "\n")
    }

    /// Whether a tab or three spaces in a row stand after the last line opening with "Nơi nhận" among
    /// the last `searchedLines` lines: told from the bytes, so that most letters cost one backward scan.
    private static func mayHaveGaps(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var end = bytes.count
            var lines = 0
            while end > 0, lines < searchedLines {
                var start = end - 1
                while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
                var k = start
                while k < end, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
                if labelBytes.contains(where: { label in
                    end - k >= label.count && zip(label, bytes[k..<(k + label.count)]).allSatisfy { $0 == $1 }
                }) {
                    var spaces = 0
                    for b in bytes[k...] {
                        if b == 0x09 { return true }
                        spaces = b == 0x20 ? spaces + 1 : 0
                        if spaces >= 3 { return true }
                    }
                    return false
                }
                end = start - 1
                lines += 1
            }
            return false
        }
    }

    /// "Nơi nhận" as printed (NFC), in small letters and in capitals.
    private static let labelBytes: [[UInt8]] = ["Nơi nhận", "NƠI NHẬN", "nơi nhận"].map { Array($0.utf8) }

    private static func isLabel(_ line: Substring) -> Bool {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        guard let f = trimmed.first, f == "N" || f == "n" else { return false }
        return RecipientLists.isDistributionLabel(VietnameseText.matchKey(TextLines.clean(trimmed.prefix(40))))
    }

    /// The line's two cells, split at its first tab or run of three spaces after some text; a line
    /// that starts with such a gap is all right-hand cell.
    private static func cells(of line: Substring) -> (Substring, Substring)? {
        var spaces = 0
        var index = line.startIndex
        var seenText = false
        while index < line.endIndex {
            let c = line[index]
            if c == "\t" || (c == " " && spaces == 2) {
                let gapStart = c == "\t" ? index : line.index(index, offsetBy: -2)
                let right = line[index...].drop(while: { $0 == " " || $0 == "\t" })
                guard !right.isEmpty else { return nil }
                let left = seenText ? line[..<gapStart] : line[line.startIndex..<line.startIndex]
                return (left, right)
            }
            if c == " " {
                spaces += 1
            } else {
                spaces = 0
                seenText = true
            }
            index = line.index(after: index)
        }
        return nil
    }
}
