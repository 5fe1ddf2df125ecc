/// The subject (trích yếu): under the title (box 5a), or a công văn's "V/v ..." under its
/// number (box 5b). A subject wrapped over several lines is joined.
enum SubjectBlock {
    /// Longest subject taken, in characters.
    static let maxLength = 400

    /// A "V/v ..." or "Về việc ..." line in the header, before any title, with its continuation lines.
    static func regardingLine(in lines: TextLines, zone: HeaderZone) -> (text: String, line: Int)? {
        for i in 0..<zone.end {
            var key = Substring(lines.keys[i])
            if DocumentTypes.type(forKey: lines.keys[i]) != nil { return nil }
            // The subject in quotes or brackets: "“V/v giới thiệu …" ⏎ "… giúp việc”", "(V/v quản lý …)".
            let quoted = key.unicodeScalars.first.map { openingMarks.contains($0) } ?? false
            if quoted { key = key.dropFirst() }
            // "V/v …", "Về việc …", "Về: …" (a label: dropped) or "Về …" (printed as the subject's first word).
            if key.startsWith("v/v") || key.startsWith("về việc") || key.startsWith("về:") || key.startsWith("về ") {
                var first = Substring(lines[i]).dropFirst(quoted ? 1 : 0)
                if key.startsWith("v/v") || key.startsWith("về:") {
                    first = first.dropFirst(key.startsWith("v/v") ? 3 : 2).drop(while: { $0 == " " || $0 == ":" })
                }
                var text = continued(String(first), from: i + 1, in: lines, stopAt: zone.end + 1, anyCase: true)
                if quoted, let last = text.last, quotes.contains(last) { text.removeLast() }
                return text.isEmpty ? nil : (text, i)
            }
        }
        return nil
    }

    /// The subject without a "Về việc" label whose marks were lost or mistyped ("Về viêc …", "Ve viec
    /// …"): the scorer and people read the label off a subject; a label misspelt stays a label.
    static func withoutMisspeltLabel(_ subject: String) -> String {
        let words = subject.split(separator: " ", maxSplits: 2)
        guard words.count == 3, VietnameseText.fold(words[0] + " " + words[1]) == "ve viec",
              VietnameseText.matchKey(words[0] + " " + words[1]) != "về việc" else { return subject }
        return String(words[2])
    }

    /// Quotation marks put around a subject.
    static let quotes: Set<Character> = ["“", "”", "\"", "‘", "’", "(", ")"]
    private static let openingMarks: [Unicode.Scalar] = ["“", "\"", "‘", "("]

    /// The subject on the lines after a title at `titleLine`.
    static func lines(after titleLine: Int, in lines: TextLines) -> String? {
        guard var first = lines.nextNonBlank(from: titleLine + 1, limit: min(titleLine + 6, lines.count)) else { return nil }
        // The number and date printed under the title ("SỐ 136/2007/NĐ-CP NGÀY 17 THÁNG 8 NĂM 2007").
        if PlaceDateLine.afterNumber(lines[first]) != nil || lines.keys[first].startsWith("số:"),
           let next = lines.nextNonBlank(from: first + 1, limit: min(first + 4, lines.count)) {
            first = next
        }
        let line = lines[first]
        // A subject in capitals may fill one long line (a portal that joined its lines).
        let longest = line.upperCaseShare > 0.9 ? maxLength : 250
        guard !isStop(lines.keys[first], line), line.unicodeScalars.count <= longest else { return nil }
        // "Về việc …" fills its cell: its lines go on in any case ("… Điều lệ (sửa đổi, bổ sung)" ⏎
        // "Quỹ Khuyến học tỉnh Bình Thuận"), up to the enacting authority in capitals.
        let regarding = lines.keys[first].startsWith("về ") || lines.keys[first].startsWith("v/v")
        let text = continued(line, from: first + 1, in: lines, stopAt: min(first + 12, lines.count), anyCase: regarding)
        return text.isEmpty ? nil : text
    }

    /// `first` followed by the lines that continue it: a wrapped subject goes on in lower case (or with
    /// a digit or quote, or a capital after a capitalised word: a name cut in two, "Hồ" ⏎ "Chí Minh");
    /// a stop line, two blank lines or a length cap end it. `anyCase` lets any line go on (a "V/v"
    /// subject fills the rest of its header cell).
    static func continued(_ first: String, from start: Int, in lines: TextLines, stopAt limit: Int,
                          anyCase: Bool = false) -> String {
        var text = first
        var i = start
        var blanks = 0
        while i < min(limit, lines.count), text.count < maxLength {
            let line = lines[i]
            if line.isEmpty {
                blanks += 1
                if blanks >= 2 { break }
                i += 1
                continue
            }
            let afterBlank = blanks > 0
            blanks = 0
            if isStop(lines.keys[i], line) || line.unicodeScalars.count > 160 { break }
            // The body begins with a sentence ("Căn cứ Luật …", "Thực hiện …"), whatever the case of
            // the subject (a wrapped subject goes on in lower case: "… và làm" ⏎ "theo tư tưởng").
            if line.first?.isUppercase == true, HeaderVocabulary.bodyLeads.contains(where: { lines.keys[i].startsWith($0 + " ") }) {
                break
            }
            guard let c = line.first else { break }
            // A subject in capitals goes on in capitals: a line in sentence case after it is the
            // body ("Sau 02 năm triển khai …", "Sáng ngày 09 …"), and a line naming a body or its
            // head ("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") is the
            // enacting authority under the subject, unless the subject's last word asks for it ("… CỦA").
            if c.isUppercase, text.upperCaseShare > 0.9 {
                if line.upperCaseShare < 0.6 { break }
                if isEnactingAuthority(lines.keys[i], line), !endsWithConnective(text) { break }
            }
            // And a subject in small letters does not go on in capitals: that is the next block
            // ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", a title), not a wrapped line; one word may be ("GTGT").
            if c.isUppercase, text.upperCaseShare < 0.6, line.upperCaseShare > 0.9, line.contains(" ") { break }
            // A capital after a blank line starts a block of its own (the enacting authority
            // under a subject in capitals: "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"), not a name going on.
            let nameGoesOn = !afterBlank && c.isUppercase && (text.split(separator: " ").last?.first?.isUppercase ?? false)
            // A subject in capitals goes on in capitals also after a figure ("… GIAI ĐOẠN 2021 - 2025" ⏎
            // "TRÊN ĐỊA BÀN TỈNH TIỀN GIANG"); the enacting authority was ruled out above.
            let capitalsGoOn = !afterBlank && c.isUppercase && text.upperCaseShare > 0.9 && line.upperCaseShare > 0.9
            guard anyCase || c.isLowercase || c.isNumber || "“\"(‘'".contains(c) || nameGoesOn || capitalsGoOn else { break }
            if anyCase, line.unicodeScalars.count > 120 { break }
            text += " " + line
            i += 1
        }
        return text.trimmingListPunctuation()
    }

    /// A subject printed with no title line above it (the portal dropped it): the lines in capitals
    /// after the place-and-date line, when the enacting authority's line follows them.
    static func untitled(after dateLine: Int, in lines: TextLines) -> String? {
        guard let first = lines.nextNonBlank(from: dateLine + 1, limit: min(dateLine + 4, lines.count)) else { return nil }
        let line = lines[first]
        guard line.upperCaseShare > 0.9, !isStop(lines.keys[first], line), !isEnactingAuthority(lines.keys[first], line),
              line.unicodeScalars.count <= 250 else { return nil }
        let text = continued(line, from: first + 1, in: lines, stopAt: min(first + 6, lines.count))
        let used = text.split(separator: " ").count
        var j = first
        var words = 0
        while j < lines.count, words < used {
            words += lines[j].split(separator: " ").count
            j += 1
        }
        guard let after = lines.nextNonBlank(from: j, limit: min(j + 3, lines.count)),
              isEnactingAuthority(lines.keys[after], lines[after]) else { return nil }
        return text.isEmpty ? nil : text
    }

    /// A line in capitals naming the enacting authority: a body ("ỦY BAN NHÂN DÂN TỈNH …",
    /// "HỘI ĐỒNG NHÂN DÂN …", "CHÍNH PHỦ") or its head ("CHỦ TỊCH …", "BỘ TRƯỞNG …", "THỦ TƯỚNG CHÍNH PHỦ").
    static func isEnactingAuthority(_ key: String, _ line: String) -> Bool {
        guard line.upperCaseShare > 0.9 else { return false }
        if HeaderVocabulary.enactingBodies.contains(where: { key.startsWith($0) }) { return true }
        guard let head = HeaderVocabulary.enactingHeads.first(where: { key.startsWith($0 + " ") }) else { return false }
        let rest = key.dropFirst(head.count + 1)
        return rest.startsWith("bộ ") || HeaderVocabulary.enactingBodies.contains { rest.startsWith($0) }
    }

    /// Whether the subject so far ends in a word that needs what follows ("… CỦA", "… THUỘC", "… VÀ").
    static func endsWithConnective(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last else { return false }
        return HeaderVocabulary.connectives.contains(VietnameseText.matchKey(last))
    }

    /// Lines that never belong to a subject.
    static func isStop(_ key: String, _ line: String) -> Bool {
        if HeaderVocabulary.opensWith(key, label: .addressees) || key.startsWith("số:") || PlaceDateLine.looksLikeDateLine(key) { return true }
        if HeaderVocabulary.mottoPrefixes.contains(where: { key.startsWith($0) }) { return true }
        if line.allSatisfy({ $0 == "-" || $0 == "_" || $0 == "*" || $0 == " " || $0 == "=" || $0 == "|" }) { return true }
        if DocumentTypes.type(forKey: key) != nil { return true }
        return line.endsWith(":")
    }
}
