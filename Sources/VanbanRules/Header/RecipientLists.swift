/// Box 9: the "Kính gửi:" addressees and the "Nơi nhận:" distribution, each item without its dash,
/// trailing punctuation or "(b/c)"-style note; the archive line ("Lưu: VT, ...") is left out.
enum RecipientLists {
    static func addressees(in lines: TextLines, zone: HeaderZone) -> [String] {
        let limit = min(lines.count, max(zone.end, 0) + 20)
        guard let k = (0..<limit).first(where: { HeaderVocabulary.opensWith(lines.keys[$0], label: .addressees) }) else { return [] }
        let inline = afterLabel(lines[k])
        if !inline.isEmpty, !isMarker(inline) {
            var items = inline.split(separator: ";").map { clean(String($0)) }.filter { !$0.isEmpty }
            // One addressee whose name goes on in brackets on the next line: "Công ty TNHH An Phú" ⏎
            // "(Việt Nam)"; an address or tax number in brackets is no part of it.
            if items.count == 1, k + 1 < lines.count, isNameInBrackets(lines[k + 1]) {
                items[0] += " " + lines[k + 1]
            }
            return items
        }
        var items = inline.isEmpty ? [] : [clean(String(inline))]
        items += listItems(in: lines, from: k + 1, stopAtArchive: false)
        return items.filter { !$0.isEmpty }
    }

    static func distribution(in lines: TextLines) -> [String] {
        guard let n = lines.keys.lastIndex(where: { HeaderVocabulary.opensWith($0, label: .distribution) }) else {
            // The label lost (a portal dropped the cell that held it): the list is still known by its
            // first item, "Như trên" or "Như Điều 3", near the end.
            var i = lines.count - 1
            while i >= max(0, lines.count - 60) {
                if lines[i].startsWith("-"), firstItems.contains(where: { lines.keys[i].startsWith($0) }) {
                    return listItems(in: lines, from: i, stopAtArchive: true)
                }
                i -= 1
            }
            return []
        }
        var items: [String] = []
        let inline = afterLabel(lines[n])
        if !inline.isEmpty {
            if isArchive(inline) { return [] }
            items.append(clean(inline))
        }
        items += listItems(in: lines, from: n + 1, stopAtArchive: true)
        return items.filter { !$0.isEmpty }
    }

    /// Dash items from `start`: wrapped items are joined; blank lines between items are skipped;
    /// the list ends at a line that is not an item or its continuation, or at the archive line.
    private static func listItems(in lines: TextLines, from start: Int, stopAtArchive: Bool) -> [String] {
        var items: [String] = []
        var open = false
        var i = start
        var blanks = 0
        while i < lines.count {
            let line = lines[i]
            i += 1
            if line.isEmpty {
                blanks += 1
                // Before the first item a few blank lines may stand ("Kính gửi:" ⏎ ⏎ " " ⏎ ⏎ "- Sở …").
                if blanks > (items.isEmpty ? 3 : 2) { break }
                continue
            }
            blanks = 0
            if isMarker(line) {
                let item = String(Substring(line.unicodeScalars.drop(while: { "-+•–·* ".unicodeScalars.contains($0) })))
                if stopAtArchive, isArchive(item) { break }
                items.append(item)
                open = !(item.endsWith(";") || item.endsWith("."))
            } else if open, let last = items.last, !line.isCapitalised || last.isCapitalised,
                      SignerBlock.authority(of: line) == nil {
                items[items.count - 1] = last + " " + line
                open = !(line.endsWith(";") || line.endsWith("."))
            } else {
                break
            }
        }
        return items.flatMap { item -> [String] in
            guard item.utf8.dropLast().contains(0x3B) else {
                return mayBeAuthority(item) && SignerBlock.authority(of: item) != nil ? [] : [clean(item)]
            }
            // Items run together on one line: "Như trên;- Bộ Tư pháp;- Lưu: VT.".
            var out: [String] = []
            for run in item.split(separator: ";", omittingEmptySubsequences: false).reduce(into: [[Substring]]()) { runs, part in
                if runs.isEmpty || part.drop(while: { $0 == " " }).first.map({ "-+".contains($0) }) == true {
                    runs.append([part])
                } else {
                    runs[runs.count - 1].append(part)
                }
            } {
                let text = run.map { String($0.drop(while: { $0 == " " || $0 == "-" || $0 == "+" })) }
                if stopAtArchive, let first = text.first, isArchive(first) { break }
                // The signature's column interleaved with the list ("Bộ Khoa học; KT. CHỦ TỊCH",
                // "CT, PCT UBND tỉnh; (Đã ký)", "UBND các huyện; Nguyễn Văn Hiệp"): its cells are left out.
                let kept = text.filter { !isSignatureCell($0) }
                if !kept.isEmpty { out.append(clean(kept.joined(separator: "; "))) }
            }
            return out.filter { !$0.isEmpty }
        }
    }

    /// A quick test before the signing prefix is read: every prefix starts with T, K or Q.
    private static func mayBeAuthority(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first == 0x54 || first == 0x4B || first == 0x51 || first == 0x74 || first == 0x6B || first == 0x71
    }

    /// A cell of the signature block: a signing prefix, a position, "(Đã ký)" or a person's name.
    static func isSignatureCell(_ text: String) -> Bool {
        let cell = text.trimmingListPunctuation()
        guard !cell.isEmpty else { return false }
        if mayBeAuthority(cell), SignerBlock.authority(of: cell) != nil { return true }
        let key = VietnameseText.matchKey(cell)
        if key.startsWith("(đã ký)") || key.startsWith("(ký") { return true }
        if cell.upperCaseShare > 0.9, SignerBlock.isPosition(cell), cell.split(separator: " ").count <= 5 { return true }
        return SignerBlock.isName(cell) && !IssuerBlock.startsWithHead(cell.uppercased())
    }

    /// How the first item of a distribution list begins (match keys).
    static let firstItems = ["- như trên", "- như điều", "-như trên", "-như điều"]

    /// Words that open an address or a tax number in brackets, not a part of a name.
    static let addressNotes = ["đ/c", "địa chỉ", "mst", "mã số thuế", "đt", "điện thoại"]

    private static func isNameInBrackets(_ line: String) -> Bool {
        guard line.startsWith("("), line.endsWith(")"), line.unicodeScalars.count <= 40 else { return false }
        let key = VietnameseText.matchKey(line.dropFirst())
        return !addressNotes.contains { key.startsWith($0) } && !notes.contains(String(key.dropLast()))
    }

    private static func afterLabel(_ line: String) -> String {
        guard let colon = line.firstIndex(of: ":") else {
            return String(line.split(separator: " ").dropFirst(2).joined(separator: " "))
        }
        return String(line[line.index(after: colon)...]).trimmingListPunctuation()
    }

    private static func isMarker(_ line: some StringProtocol) -> Bool {
        guard let f = line.first else { return false }
        return "-+•–·".contains(f) || (f == "*" && line.dropFirst().first == " ")
    }

    private static func isArchive(_ item: String) -> Bool {
        let key = VietnameseText.matchKey(item)
        return key.startsWith("lưu") && (key.count <= 4 || key.dropFirst(3).first.map { ":. ".contains($0) } == true)
    }

    /// Notes put after an item: "(b/c)", "(để biết)", "(thực hiện)", "(100b)", "(20 bản)".
    private static let notes: [String] = ["b/c", "đ/b", "để b/c", "để biết", "để báo cáo", "báo cáo", "thực hiện",
                                          "t/h", "để thực hiện", "phối hợp", "p/h", "để phối hợp", "chỉ đạo",
                                          "để chỉ đạo", "theo dõi", "để theo dõi", "đăng tải", "e-copy"]

    static func clean(_ item: String) -> String {
        var s = item.trimmingListPunctuation()
        while s.endsWith(")"), let open = s.lastIndex(of: "(") {
            let note = VietnameseText.matchKey(s[s.index(after: open)..<s.index(before: s.endIndex)])
            let isCount = note.first?.isNumber == true && note.count <= 8
            guard notes.contains(note) || isCount else { break }
            s = String(s[..<open]).trimmingListPunctuation()
        }
        return s
    }
}
