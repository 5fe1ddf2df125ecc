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
            // …or in small letters: "Kính gửi: Sở Thông tin và Truyền thông các tỉnh, thành phố" ⏎ "trực thuộc Trung ương".
            if items.count == 1, k + 1 < lines.count, let f = lines[k + 1].first, f.isLowercase,
               lines[k + 1].unicodeScalars.count <= 60, !inline.endsWith(";"), !inline.endsWith(".") {
                items[0] = clean(items[0] + " " + lines[k + 1])
            }
            // …or more addressees, one a line, without dashes: "Kính gửi: UBND huyện Việt Yên" ⏎ "Phòng
            // Công Thương huyện Việt Yên" ⏎ ⏎ "Căn cứ …" (short names of bodies, no figures, then the body).
            var j = k + 1
            var more: [String] = []
            while !inline.endsWith("."), j < min(lines.count, k + 5), isBodyName(lines[j]) {
                more.append(clean(lines[j]))
                if lines[j].endsWith(".") { j += 1; break }
                j += 1
            }
            if !more.isEmpty, j >= lines.count || lines[j].isEmpty
                || HeaderVocabulary.bodyLeads.contains(where: { lines.keys[j].startsWith($0 + " ") }) {
                items += more
            }
            return items
        }
        var items = inline.isEmpty ? [] : [clean(String(inline))]
        // The other column's cells read between the label and its items: the motto, the place and date.
        var first = k + 1
        while first < min(lines.count, k + 8), isOtherCell(lines, first) { first += 1 }
        var listed = listItems(in: lines, from: first, stopAtArchive: false)
        // One addressee on a line of its own, without a dash ("Kính gửi:" ⏎ ⏎ "Sở Tài chính.").
        if items.isEmpty, listed.isEmpty, let single = singleAddressee(in: lines, after: k) {
            listed = [single]
        }
        items += listed
        // "Đồng kính gửi:" (copied to, for their part) names more addressees after the list.
        if let also = (k + 1..<min(lines.count, k + 30)).first(where: { lines.keys[$0].startsWith(coAddresseesLabel) }) {
            let inline = afterLabel(lines[also])
            if !inline.isEmpty, !isMarker(inline) {
                items += inline.split(separator: ";").map { clean(String($0)) }
            } else {
                items += listItems(in: lines, from: also + 1, stopAtArchive: false)
            }
        }
        return items.filter { !$0.isEmpty }
    }

    /// A short line naming a body ("Phòng Công Thương huyện Việt Yên"): it opens with a body's head
    /// word, holds no figure and no clause ("Sở Tư pháp nhận được Công văn số …" is the body text).
    private static func isBodyName(_ line: String) -> Bool {
        guard let f = line.first, f.isUppercase, line.unicodeScalars.count <= 70, !line.contains(where: \.isNumber),
              !line.endsWith(":") else { return false }
        let key = VietnameseText.matchKey(line)
        guard !key.startsWith("trường hợp"), !key.includes("nhận được"), !key.includes("về việc"),
              !SubjectBlock.endsWithConnective(line) else { return false }
        return headKeys.contains { key.startsWith($0) }
    }

    /// `HeaderVocabulary.organisationHeadsInText` as match keys, each with its space.
    private static let headKeys = HeaderVocabulary.organisationHeadsInText.map { VietnameseText.matchKey($0) + " " }

    /// A line of the header's other column, or dirt of two letters at most (a scan's specks, a page number).
    private static func isOtherCell(_ lines: TextLines, _ i: Int) -> Bool {
        let key = lines.keys[i]
        if HeaderVocabulary.mottoPrefixes.contains(where: { key.startsWith($0) }) || PlaceDateLine.looksLikeDateLine(key) { return true }
        // A place-and-date line whose day and month were left blank, broken where they would stand:
        // "Thành phố Hồ Chí Minh, ngày" ⏎ "tháng" ⏎ "năm 2025".
        if key.endsWith(", ngày") || key == "ngày" || key == "tháng" || key.startsWith("năm "), key.utf8.count <= 60 { return true }
        return !lines[i].isEmpty && isSpeck(lines[i]) && !isMarker(lines[i])
    }

    /// Two letters at most (told from the bytes first: most lines are long).
    private static func isSpeck(_ line: String) -> Bool {
        line.utf8.count <= 8 && line.count <= 2
    }

    /// The label of addressees to whom a letter goes for their part ("Đồng kính gửi:").
    static let coAddresseesLabel = "đồng kính gửi"

    /// The one name on the first line after the label, when it is a name and the body follows.
    private static func singleAddressee(in lines: TextLines, after label: Int) -> String? {
        guard let j = lines.nextNonBlank(from: label + 1, limit: label + 5) else { return nil }
        let line = lines[j]
        guard line.unicodeScalars.count <= 120, !line.endsWith(":"), line.first?.isUppercase == true else { return nil }
        let key = lines.keys[j]
        if HeaderVocabulary.bodyLeads.contains(where: { key.startsWith($0 + " ") }) { return nil }
        guard IssuerBlock.startsWithHead(line) || addresseeHeads.contains(where: { key.startsWith($0 + " ") }) else { return nil }
        return clean(line)
    }

    /// How an addressee that is no body's name begins (match keys): persons and groups of bodies.
    static let addresseeHeads = ["các", "đồng chí", "đ/c", "ông", "bà", "chủ tịch", "giám đốc", "thủ trưởng", "lãnh đạo", "quý"]

    /// The line of the last "Nơi nhận" label.
    static func distributionLabel(in lines: TextLines) -> Int? {
        var i = lines.count - 1
        while i >= 0 {
            if isDistributionLabel(lines, i) { return i }
            i -= 1
        }
        return nil
    }

    /// Whether line `i` is the "Nơi nhận" label; only lines opening with "N" or "n" are keyed.
    static func isDistributionLabel(_ lines: TextLines, _ i: Int) -> Bool {
        guard let f = lines[i].utf8.first, f == 0x4E || f == 0x6E else { return false }
        return isDistributionLabel(lines.keys[i])
    }

    static func distribution(in lines: TextLines, label: Int?) -> [String] {
        guard let n = label else {
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
        // What follows the label on its line is the first item, or the signature's column beside it.
        if !inline.isEmpty, !isSignatureCell(inline), !isSpeck(inline) || isMarker(inline) {
            if isArchive(inline) { return [] }
            items.append(clean(inline))
        }
        items += listItems(in: lines, from: n + 1, stopAtArchive: true)
        return items.filter { !$0.isEmpty }
    }

    /// Where the letter ends when an annex follows it (a regulation, a charter "ban hành kèm theo",
    /// with its own header and motto): the first motto line after the "Nơi nhận" list, or a bound
    /// past it; the signature sits beside or under the list. The text's end when there is no list.
    static func letterEnd(in lines: TextLines, label: Int?) -> Int {
        guard let n = label else { return lines.count }
        var seen = 0
        var i = n + 1
        while i < lines.count, seen < 40 {
            if let f = lines[i].utf8.first {
                // The motto opens with "C" ("CỘNG HÒA …"): only such lines are keyed.
                if f == 0x43 || f == 0x63, lines.keys[i].startsWith(HeaderVocabulary.mottoPrefixes[0]) { return i }
                seen += 1
            }
            i += 1
        }
        return i
    }

    /// "Nơi nhận:" as a label: alone, before a colon, a dash or a cell beside it, but not a
    /// sentence about recipients ("Nơi nhận được trình bày tại ô số 9a" in a regulation on format).
    static func isDistributionLabel(_ key: String) -> Bool {
        guard HeaderVocabulary.opensWith(key, label: .distribution) else { return false }
        let label = key.startsWith(HeaderVocabulary.Label.distribution.rawValue)
            ? HeaderVocabulary.Label.distribution.rawValue : HeaderVocabulary.Label.distribution.glued
        let rest = key.dropFirst(label.count).drop(while: { $0 == " " })
        guard let next = rest.first, next.isLetter else { return true }
        return !sentenceWords.contains { rest.startsWith($0 + " ") }
    }

    /// Words that make "Nơi nhận …" a sentence rather than the label (match keys).
    static let sentenceWords = ["được", "phải", "là", "gồm", "bao", "xác", "của", "và", "có", "ghi", "trình", "nhận"]

    /// Dash items from `start`: wrapped items are joined; blank lines between items are skipped;
    /// the list ends at a line that is not an item or its continuation, or at the archive line.
    private static func listItems(in lines: TextLines, from start: Int, stopAtArchive: Bool) -> [String] {
        var items: [String] = []
        var open = false
        var i = start
        var blanks = 0
        var loneMarker = false
        var nested = false
        while i < lines.count {
            var line = lines[i]
            i += 1
            // A dash on a line of its own, its item on the next (a PDF's cells): "-" ⏎ "Các Khoa/ Đơn vị;".
            if line.utf8.count <= 3, line.unicodeScalars.count == 1, isMarker(line) {
                loneMarker = true
                continue
            }
            if loneMarker, !line.isEmpty {
                line = "- " + line
                loneMarker = false
            }
            if line.isEmpty {
                blanks += 1
                // Before the first item a few blank lines may stand ("Kính gửi:" ⏎ ⏎ " " ⏎ ⏎ "- Sở …").
                if blanks > (items.isEmpty ? 3 : 2) { break }
                continue
            }
            let afterBlank = blanks > 0
            blanks = 0
            // A speck or a page number between items.
            if isSpeck(line), !isMarker(line), !items.isEmpty { continue }
            // A note on a line of its own under its item ("- UBND tỉnh;" ⏎ "(để b/c)").
            if line.startsWith("("), line.endsWith(")"), !items.isEmpty,
               isNote(VietnameseText.matchKey(line.dropFirst().dropLast())) { continue }
            // The signature's column read into the list's: "KT.TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "(đã ký)".
            if !isMarker(line), line.first == "(" || line.first?.isUppercase == true && line.isCapitalised, isSignatureCell(line) { continue }
            if isMarker(line) {
                let item = String(Substring(line.unicodeScalars.drop(while: { "-+•–·* ".unicodeScalars.contains($0) })))
                if stopAtArchive, isArchive(item) { break }
                // The addressees end where the body's first paragraph is dashed too ("- Căn cứ …").
                if !stopAtArchive {
                    let key = VietnameseText.matchKey(item)
                    if HeaderVocabulary.bodyLeads.contains(where: { key.startsWith($0 + " ") }) { break }
                }
                // The parts of a body listed under it: "- Văn phòng UBND tỉnh:" ⏎ "+ LĐVP, TH;" ⏎ "+ KTN;"
                // is one item, "Văn phòng UBND tỉnh: LĐVP, TH, KTN", as such items are printed on one line.
                if line.first == "+", let last = items.last, last.endsWith(":") || nested {
                    let part = String(item.trimmingListPunctuation())
                    items[items.count - 1] = last + (last.endsWith(":") ? " " : ", ") + part
                    nested = true
                    open = !(item.endsWith(";") || item.endsWith("."))
                    continue
                }
                nested = false
                items.append(item)
                open = !(item.endsWith(";") || item.endsWith("."))
            } else if open, let last = items.last, !line.isCapitalised || last.isCapitalised,
                      // past a blank line only a small letter goes on with the item; a capital is the body
                      !afterBlank || line.first?.isLowercase == true,
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
        return !addressNotes.contains { key.startsWith($0) } && !isNote(key.dropLast())
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

    /// Words that open a note put after an item, saying why it is sent: "(b/c)", "(để biết)",
    /// "(thực hiện)", "(phối hợp TH)", "(để đăng lên Cổng TTĐT)", "BGH: báo cáo" (match keys,
    /// compared as whole words at the note's start). Counts ("(100b)", "(20 bản)") are notes too.
    static let notes: [String] = ["b/c", "b/cáo", "đ/b", "để", "biết", "báo cáo", "thực hiện", "t/h", "phối hợp", "p/h",
                                  "chỉ đạo", "theo dõi", "đăng", "e-copy", "xem xét", "thi hành", "giám sát",
                                  "p/hợp", "góp ý", "tổng hợp", "t/hợp", "th/h", "t/hiện"]

    /// Whether `key` (a match key) is such a note: it starts with a note word, and is short.
    static func isNote(_ key: some StringProtocol) -> Bool {
        guard let first = key.unicodeScalars.first else { return false }
        if first.properties.numericType != nil, key.count <= 8 { return true }
        guard key.utf8.count <= 120, noteInitials.contains(first) else { return false }
        if notes.contains(where: { word in
            key.startsWith(word) && (key.count == word.count || key.dropFirst(word.count).first.map { !$0.isLetter } == true)
        }) { return true }
        // Marks a scan lost or changed ("(đê b/c)", "(đề p/h)"): the short forms compared without them.
        let words = String(key).split(separator: " " as Character, maxSplits: 2).prefix(2).map(String.init)
        guard let firstWord = words.first else { return false }
        return scannedPurpose.contains(firstWord) || words.contains { foldedNotes.contains(VietnameseText.fold($0)) }
    }

    /// The letters notes begin with (a quick test before the tables are searched).
    private static let noteInitials: Set<Unicode.Scalar> = Set((notes + scannedPurpose + foldedNotes).compactMap(\.unicodeScalars.first))

    /// The notes of two letters and a slash, compared without marks, as the note's first or second
    /// word ("(đề p/h)"); "b/e" stays unknown.
    static let foldedNotes: Set<String> = ["b/c", "p/h", "t/h", "d/b", "b/cao"]
    /// "để" as scans misread it (not "đề": "(Đề án 06)" is part of a name).
    static let scannedPurpose: Set<String> = ["đê", "đẻ", "đế"]

    static func clean(_ item: String) -> String {
        var s = item.trimmingListPunctuation()
        if let f = s.unicodeScalars.first, "-+•–·".unicodeScalars.contains(f) {
            s = String(String.UnicodeScalarView(s.unicodeScalars.drop(while: { "-+•–· ".unicodeScalars.contains($0) })))
        }
        while s.endsWith(")"), let open = s.lastIndex(of: "(") {
            guard isNote(VietnameseText.matchKey(s[s.index(after: open)..<s.index(before: s.endIndex)])) else { break }
            s = String(s[..<open]).trimmingListPunctuation()
        }
        // A note after a colon: "BGH: báo cáo", "Như trên: để thực hiện".
        if s.utf8.contains(0x3A), let colon = s.lastIndex(of: ":"), s.distance(from: s.startIndex, to: colon) >= 2,
           isNote(VietnameseText.matchKey(s[s.index(after: colon)...].drop(while: { $0 == " " }))) {
            s = String(s[..<colon]).trimmingListPunctuation()
        }
        return s
    }
}
