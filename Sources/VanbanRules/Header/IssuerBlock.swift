import Foundation
import VanbanRecord

/// Box 2: the issuing body (lower line) and its parent (line above), from the capitalised lines of the
/// header's left column; where the header was lost, from the opening paragraph ("Cơ sở ... hưởng ứng và
/// phát động", "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu").
enum IssuerBlock {
    static func read(_ lines: TextLines, zone: HeaderZone) -> Issuer? {
        var units: [String] = []
        for i in 0..<zone.end {
            // Two header cells flattened onto one line: the motto's cell follows the issuer's
            // ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …", "TỈNH HẬU GIANG Độc lập - Tự do - Hạnh phúc").
            let (line, key) = beforeMotto(lines[i], lines.keys[i])
            if line.isEmpty || isDecoration(line)
                || HeaderVocabulary.isMotto(key, before: lines.neighbourKey(i, -1), after: lines.neighbourKey(i, 1)) {
                continue
            }
            if NumberLine.afterSoWord(line) != nil || key.startsWith("v/v") || key.startsWith("về việc")
                || PlaceDateLine.looksLikeDateLine(key) || DocumentTypes.type(forKey: key) != nil {
                break
            }
            // Above the letterhead: what a portal or a printer put there ("Trang 1", the file's path).
            if units.isEmpty, i < 4, isPreamble(line, key) { continue }
            guard line.isCapitalised, !line.contains(where: \.isNumber) else { break }
            if units.isEmpty || startsWithHead(line) && !isCutHead(units[units.count - 1], line)
                && !isWholeBody(units[units.count - 1], line) {
                units.append(line)
            } else {
                units[units.count - 1] = join(units[units.count - 1], line)
            }
        }
        guard let name = units.last else { return nil }
        return Issuer(name: name, parent: units.count >= 2 ? units[units.count - 2] : nil)
    }

    /// A line printed above a letter rather than in it: a page label ("Trang 1", "Trang 1/3",
    /// "Page 2", "- 1 -"), a file's path or address ("C:\\…\\CV-125.doc", "https://…").
    static func isPreamble(_ line: String, _ key: String) -> Bool {
        let words = key.split(separator: " ")
        if let first = words.first, first == "trang" || first == "page", words.count <= 3,
           words.dropFirst().allSatisfy({ $0.allSatisfy { $0.isNumber || $0 == "/" } }) { return true }
        if line.allSatisfy({ $0.isNumber || $0 == "-" || $0 == " " }), line.contains(where: \.isNumber) { return true }
        if key.includes("://") || line.contains("\\") { return true }
        return [".doc", ".docx", ".pdf", ".txt", ".rtf"].contains { key.hasSuffix($0) }
    }

    /// Where no letterhead is printed ("NGHỊ ĐỊNH" ⏎ number ⏎ subject ⏎ "CHÍNH PHỦ"), the body named
    /// by the enacting authority's line under the subject, without its head's title ("CHỦ TỊCH …").
    static func enactingAuthority(in lines: TextLines, zone: HeaderZone) -> Issuer? {
        for i in 0..<min(lines.count, zone.end + 2) where !lines[i].isEmpty {
            guard SubjectBlock.isEnactingAuthority(lines.keys[i], lines[i]) else { continue }
            let key = lines.keys[i]
            var words = lines[i].split(separator: " ")
            if let head = HeaderVocabulary.enactingHeads.first(where: { key.startsWith($0 + " ") }) {
                words.removeFirst(head.split(separator: " ").count)
            }
            guard !words.isEmpty else { return nil }
            return Issuer(name: words.joined(separator: " "), parent: nil)
        }
        return nil
    }

    /// The words of a line before a motto that starts inside it (the whole line when none does).
    static func beforeMotto(_ line: String, _ key: String) -> (String, String) {
        // A motto is long: a line that holds one and a cell before it is longer still.
        guard key.utf8.count > 40, key.includes("cộng hòa") || key.includes("độc lập") || key.includes("cộng sản") else {
            return (line, key)
        }
        let keyWords = key.split(separator: " ")
        guard keyWords.count >= 3 else { return (line, key) }
        let words = line.split(separator: " ")
        guard words.count == keyWords.count else { return (line, key) }
        for n in 1..<keyWords.count {
            let rest = keyWords[n...].joined(separator: " ")
            if HeaderVocabulary.mottoPrefixes.contains(where: { rest.startsWith($0) }) || rest.startsWith("độc lập") {
                return (words[..<n].joined(separator: " "), keyWords[..<n].joined(separator: " "))
            }
        }
        return (line, key)
    }

    /// A body's name printed without its territory ("ỦY BAN NHÂN DÂN" alone in a flattened header
    /// table, "UỶ BAN NHÂN DÂN TỈNH") completed from the enacting-authority line under the subject
    /// ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH") or, failing that, from the place the text names
    /// most often after the body ("… của Ủy ban nhân dân tỉnh Tuyên Quang").
    static func completed(_ issuer: Issuer, in lines: TextLines, zone: HeaderZone) -> Issuer {
        guard let name = issuer.name else { return issuer }
        let key = VietnameseText.matchKey(name).trimmingListPunctuation()
        guard let body = HeaderVocabulary.territorialBodies.first(where: { key == $0 || key.startsWith($0 + " ") }) else {
            return issuer
        }
        let tail = key.dropFirst(body.count).split(separator: " ")
        guard tail.isEmpty || tail.count == 1 && HeaderVocabulary.territoryLevels.contains(String(tail[0])) else { return issuer }
        let limit = min(lines.count, zone.end + 25)
        for i in 0..<limit where !lines[i].isEmpty && SubjectBlock.isEnactingAuthority(lines.keys[i], lines[i]) {
            let words = lines[i].split(separator: " ")
            let keyWords = lines.keys[i].split(separator: " ")
            guard words.count == keyWords.count, let start = keyWords.firstIndex(where: { body.startsWith($0) }) else { continue }
            let named = keyWords[start...].joined(separator: " ")
            guard named.startsWith(key + " "), named.startsWith(body + " "),
                  HeaderVocabulary.territoryLevels.contains(where: { named.dropFirst(body.count + 1).startsWith($0 + " ") }) else {
                continue
            }
            return Issuer(name: words[start...].joined(separator: " "), parent: issuer.parent)
        }
        var counts: [String: (count: Int, first: Int)] = [:]
        var seen = 0
        for i in 0..<min(lines.count, zone.end + 80) where !lines[i].isEmpty {
            let words = lines[i].split(separator: " ")
            let keyWords = lines.keys[i].split(separator: " ").map(String.init)
            guard words.count == keyWords.count else { continue }
            let bodyWords = body.split(separator: " ").map(String.init)
            var j = 0
            while j + bodyWords.count + 1 < keyWords.count {
                guard Array(keyWords[j..<j + bodyWords.count]) == bodyWords else { j += 1; continue }
                var k = j + bodyWords.count
                guard let level = HeaderVocabulary.territoryLevels.first(where: { lvl in
                    let l = lvl.split(separator: " ").map(String.init)
                    return k + l.count < keyWords.count && Array(keyWords[k..<k + l.count]) == l
                }) else { j += 1; continue }
                if tail.count == 1, String(tail[0]) != level { j += 1; continue }
                k += level.split(separator: " ").count
                var place: [Substring] = []
                while k < words.count, place.count < 4, let f = words[k].first, f.isUppercase {
                    let w = words[k].prefix(while: { $0.isLetter || $0 == "-" })
                    if w.isEmpty { break }
                    place.append(w)
                    if w.count < words[k].count { break }
                    k += 1
                }
                if !place.isEmpty {
                    let name = level + " " + place.joined(separator: " ")
                    seen += 1
                    counts[name] = ((counts[name]?.count ?? 0) + 1, counts[name]?.first ?? seen)
                }
                j = k
            }
        }
        guard let best = counts.max(by: { $0.value.count < $1.value.count || ($0.value.count == $1.value.count && $0.value.first > $1.value.first) }) else {
            return issuer
        }
        let head = name.split(separator: " ").prefix(body.split(separator: " ").count).joined(separator: " ")
        let level = String(best.key.split(separator: " ").prefix(while: { $0.first?.isLowercase == true }).joined(separator: " "))
        let place = best.key.dropFirst(level.count + 1)
        let capitals = name.upperCaseShare > 0.9
        return Issuer(name: head + " " + (capitals ? level.uppercased() + " " + place.uppercased() : best.key), parent: issuer.parent)
    }

    /// The body named as the subject of the opening paragraph, where no header names it.
    static func infer(from lines: TextLines, zone: HeaderZone) -> Issuer? {
        let body = lines.lines[0..<min(lines.count, zone.end + 80)].filter { !$0.isEmpty }.joined(separator: " ")
        let text = String(body.prefix(3000))
        var best: (range: Range<String.Index>, name: String)?
        for head in HeaderVocabulary.organisationHeadsInText {
            var searchStart = text.startIndex
            while let r = text.firstMatch(of: head, from: searchStart) {
                searchStart = r.upperBound
                guard isClauseStart(text, r.lowerBound), let name = phrase(in: text, from: r.lowerBound) else { continue }
                if best == nil || r.lowerBound < best!.range.lowerBound { best = (r, name) }
                break
            }
        }
        guard let found = best else { return nil }
        return Issuer(name: completeTerritory(found.name, in: text), parent: nil)
    }

    /// The noun phrase from `start` up to a self-reference verb ("... tỉnh hưởng ứng" → "... tỉnh").
    private static func phrase(in text: String, from start: String.Index) -> String? {
        let window = text[start...].prefix(120)
        var cut: String.Index?
        for verb in HeaderVocabulary.selfReferenceVerbs {
            if let r = window.firstMatch(of: " " + verb + " "), cut == nil || r.lowerBound < cut! { cut = r.lowerBound }
        }
        guard let end = cut else { return nil }
        let name = String(window[..<end]).trimmingListPunctuation()
        let words = name.split(separator: " ")
        guard !name.contains(","), !name.contains(";"), !name.contains("."), words.count <= 12,
              !words.contains(where: { functionWords.contains(String($0)) }) else {
            return nil
        }
        return name
    }

    /// "Ủy ban nhân dân tỉnh" → "Ủy ban nhân dân tỉnh Sơn La", with the place the text names most often after "tỉnh".
    private static func completeTerritory(_ name: String, in text: String) -> String {
        let key = VietnameseText.matchKey(name)
        guard HeaderVocabulary.territorialBodies.contains(where: { key.startsWith($0) }),
              let level = HeaderVocabulary.territoryLevels.first(where: { key.endsWith(" " + $0) }) else { return name }
        var counts: [String: Int] = [:]
        var searchStart = text.startIndex
        while let r = text.firstMatch(of: level + " ", from: searchStart) {
            searchStart = r.upperBound
            let words = text[r.upperBound...].split(separator: " ", maxSplits: 3).prefix(3)
            var place: [Substring] = []
            for w in words {
                let word = w.prefix(while: { $0.isLetter })
                guard let f = word.first, f.isUppercase else { break }
                place.append(word)
                if word.count < w.count { break }
            }
            if !place.isEmpty { counts[place.joined(separator: " "), default: 0] += 1 }
        }
        guard let place = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key else {
            return name
        }
        return name + " " + place
    }

    /// Words that never stand inside a body's name in running text.
    private static let functionWords: Set<String> = ["về", "của", "số", "ngày", "theo", "tại", "cho", "với", "và", "các"]

    /// Leaders who speak for their body: "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu".
    private static let leaders = ["Chủ tịch ", "Giám đốc ", "Thủ trưởng ", "Lãnh đạo ", "Ban Giám đốc "]

    /// Whether `i` opens a clause: the text's start, or after ". ", ", ", "; ", ": ", optionally behind a leader's title.
    private static func isClauseStart(_ text: String, _ i: String.Index) -> Bool {
        var before = text[..<i]
        for leader in leaders where before.endsWith(leader) {
            before = before.dropLast(leader.count)
            break
        }
        let trimmed = before.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.last else { return true }
        return ".,;:".contains(last)
    }

    static func startsWithHead(_ line: String) -> Bool {
        let upper = line.uppercased()
        if HeaderVocabulary.notHeads.contains(where: { upper.startsWith($0) }) { return false }
        return HeaderVocabulary.organisationHeads.contains { head in
            upper.startsWith(head) && (upper.count == head.count || !upper[upper.index(upper.startIndex, offsetBy: head.count)].isLetter)
        }
    }

    /// Whether `previous` is the first word(s) of a body's head that the cell's width cut off from
    /// `line` ("ỦY" ⏎ "BAN NHÂN DÂN", "ỦY BAN" ⏎ "THƯỜNG VỤ QUỐC HỘI"): then they are one line.
    static func isCutHead(_ previous: String, _ line: String) -> Bool {
        let first = previous.uppercased()
        guard !startsWithHead(previous) || first.split(separator: " ").count <= 2 else { return false }
        let joined = (first + " " + line.uppercased())
        return HeaderVocabulary.organisationHeads.contains { head in
            head.count > first.count && head.startsWith(first + " ") && joined.startsWith(head)
        }
    }

    /// Whether `previous` and `line` together name one body that a narrow cell broke in two
    /// ("THỦ TƯỚNG" ⏎ "CHÍNH PHỦ", "ỦY BAN THƯỜNG VỤ" ⏎ "QUỐC HỘI").
    static func isWholeBody(_ previous: String, _ line: String) -> Bool {
        HeaderVocabulary.wholeBodies.contains(VietnameseText.matchKey(previous + " " + line))
    }

    /// Joins a wrapped header line: "SỞ LAO ĐỘNG - THƯƠNG" + "BINH VÀ XÃ HỘI".
    private static func join(_ a: String, _ b: String) -> String { a + " " + b }

    private static func isDecoration(_ line: String) -> Bool {
        line.allSatisfy { "-_*=~. ".contains($0) }
    }
}
