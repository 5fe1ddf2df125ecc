import VanbanRecord

/// Box 3: "Số: 12/QĐ-UBND", "Số 34-CT/TW", "Số: /CSĐTNMT-TCHCKT" (left blank for hand-filling),
/// spaces inside ("Số:  170/KH - CSĐTNTMT"), a symbol broken at the line end ("Số: 62/SLĐTBXH-" ⏎ "LĐVL").
enum NumberLine {
    struct Hit {
        let number: DocumentNumber
        let line: Int
    }

    static func find(in lines: TextLines, zone: HeaderZone) -> Hit? {
        for i in 0..<zone.end {
            guard let rest = afterSoWord(lines[i]) ?? afterTypeAndSo(lines[i], lines.keys[i]) else { continue }
            var printed = firstToken(rest)
            var end = i
            if printed.isEmpty, let next = lines.nextNonBlank(from: i + 1, limit: zone.end) {
                printed = firstToken(lines[next])
                end = next
            }
            // The sequence typed into a signature widget may come on a line of its own: "779" ⏎ "/QĐ-UBND".
            if !printed.isEmpty, printed.allSatisfy(\.isNumber), let next = lines.nextNonBlank(from: end + 1, limit: zone.end),
               next <= end + 2, lines[next].first == "/" || lines[next].first == "-" {
                printed += firstToken(lines[next])
            }
            if printed.endsWith("-") || printed.endsWith("/"), let next = lines.nextNonBlank(from: i + 1, limit: zone.end) {
                let tail = firstToken(lines[next])
                if tail.first?.isUppercase == true || tail.first?.isNumber == true { printed += tail }
            }
            if let number = DocumentNumberParser.parse(printed) { return Hit(number: number, line: i) }
        }
        return nil
    }

    /// The text after a leading "Số:" / "Số" (any case), if the line starts so.
    static func afterSoWord(_ line: String) -> Substring? {
        var scalars = line.unicodeScalars.makeIterator()
        guard let s = scalars.next(), s == "s" || s == "S", let o = scalars.next(), o == "ố" || o == "Ố" else { return nil }
        var rest = line.dropFirst(2)
        guard let f = rest.first, f == ":" || f == " " || f == "." || f.isNumber || f == "/" else { return nil }
        while let f = rest.first, f == ":" || f == " " || f == "." { rest = rest.dropFirst() }
        return rest
    }

    /// Where no "Số:" field is printed, a title line naming the document by type and number:
    /// "Quyết định số 123-QĐ/TW, ngày 12/3/2011 của Bộ Chính trị" (its own number, not a
    /// citation), with the date it gives. Only among the first lines, before the body.
    static func titleLine(in lines: TextLines, zone: HeaderZone) -> (hit: Hit, date: String?)? {
        var seen = 0
        for i in 0..<min(zone.end, lines.count) where !lines[i].isEmpty {
            seen += 1
            if seen > 10 { break }
            let key = lines.keys[i]
            guard key.includes(" số "), let label = typeNames.first(where: { key.startsWith($0.key) }) else { continue }
            var rest = Substring(lines[i])
            for _ in 0..<label.words { rest = rest.drop(while: { $0 != " " }).drop(while: { $0 == " " }) }
            var token = firstToken(rest)
            if token.hasSuffix(",") { token.removeLast() }
            guard let number = DocumentNumberParser.parse(token) else { continue }
            return (Hit(number: number, line: i), VietnameseDate.first(in: String(rest)))
        }
        return nil
    }

    /// "<type name> số " as match keys, longest name first, with the words before the number.
    private static let typeNames: [(key: String, words: Int)] = DocumentTypes.byNameLongestFirst.map {
        (VietnameseText.matchKey($0.name) + " số ", $0.name.split(separator: " ").count + 1)
    }

    /// The text after "<type name> số:" opening a line, the number's field labelled with the type
    /// ("Nghị quyết số: 653/2019/UBTVQH14"); the colon tells it from a citation.
    static func afterTypeAndSo(_ line: String, _ key: String) -> Substring? {
        guard key.includes(" số:"), let label = typeLabels.first(where: { key.startsWith($0.key) }) else { return nil }
        let words = label.words
        var rest = Substring(line)
        for _ in 0..<words { rest = rest.drop(while: { $0 != " " }).drop(while: { $0 == " " }) }
        return afterSoWord("Số " + rest).map { Substring(String($0)) }
    }

    /// "<type name> số:" as match keys, longest name first, with the label's word count.
    private static let typeLabels: [(key: String, words: Int)] = DocumentTypes.byNameLongestFirst.map {
        (VietnameseText.matchKey($0.name) + " số:", $0.name.split(separator: " ").count + 1)
    }

    /// The number at the start of `rest`, with spaces around "/" and "-" closed up.
    static func firstToken(_ rest: some StringProtocol) -> String {
        var out = ""
        var pendingSpace = false
        for c in rest {
            if c == " " { pendingSpace = true; continue }
            if pendingSpace {
                // "170/KH - CSĐTNTMT", "3120QĐ/ BTP", "1520/SNN &PTNT", "07/TT .HĐND"
                let joins = out.last == "-" || out.last == "/" || out.last == "&" || c == "-" || c == "/" || c == "&" || c == "."
                    || (c.isUppercase && !out.isEmpty && out.allSatisfy(\.isNumber))   // "1520 TM/SKHĐT"
                if !joins { break }
                pendingSpace = false
            }
            out.append(c)
        }
        return out
    }
}

