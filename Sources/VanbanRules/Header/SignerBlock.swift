import VanbanRecord

/// Box 7: the signing prefix and whom it signs for ("KT. GIÁM ĐỐC"), the signer's own position
/// ("PHÓ GIÁM ĐỐC") and name ("Đoàn Văn Tứ"), read from the end of the document.
enum SignerBlock {
    /// How many non-blank lines from the end are searched.
    static let window = 60

    static func read(_ lines: TextLines, before end: Int) -> Signer? {
        var candidates: [Int] = []
        var i = min(end, lines.count) - 1
        while i >= 0, candidates.count < window {
            if !lines[i].isEmpty { candidates.append(i) }
            i -= 1
        }
        candidates.reverse()
        // The authority line, nearest the end.
        if let a = candidates.last(where: { authority(of: lines[$0]) != nil }) {
            let prefix = authority(of: lines[a])!
            let code = prefix.0
            var principal = prefix.1
            var after = candidates.filter { $0 > a }
            // A principal wrapped over two lines: "TM. BAN THƯỜNG VỤ" ⏎ "TỈNH ỦY" ⏎ "PHÓ BÍ THƯ".
            if after.count >= 2, case let (first, second) = (lines[after[0]], lines[after[1]]),
               first.isCapitalised, !first.startsWith("-"), !isPosition(first), personalName(first) == nil,
               authority(of: first) == nil, second.isCapitalised, isPosition(second) {
                principal += " " + first
                after.removeFirst()
            }
            var positionLines: [String] = []
            var name: String?
            var marks = 0
            var inList = false
            // The prefix printed inside the "Nơi nhận" list (a PDF reading the two columns row by row):
            // the list's own lines between it and the position or name are passed over.
            let besideList = (max(0, a - 25)..<a).contains { RecipientLists.isDistributionLabel(lines, $0) }
            for (k, j) in after.enumerated() {
                let line = lines[j]
                if isAnnotation(line) { continue }
                // The "Nơi nhận" list printed between the position and the name (the two columns
                // read one after the other): its label and items are passed over.
                if !positionLines.isEmpty, name == nil, RecipientLists.isDistributionLabel(lines, j) {
                    inList = true
                    continue
                }
                if inList, personalName(line) == nil { continue }
                if besideList, name == nil, isListLine(line) { continue }
                if let person = personalName(line) {
                    // A line in capitals before a name in small letters is the position, however OCR spelt it.
                    let laterName = after.dropFirst(k + 1).prefix(maxMarks + 1).contains { later in
                        personalName(lines[later]).map { !$0.isCapitalised } ?? false
                    }
                    if line.isCapitalised, laterName, positionLines.count < 2, marks == 0 {
                        positionLines.append(line)
                        continue
                    }
                    name = person
                    break
                }
                if let (position, glued) = splitGluedName(line), positionLines.count < 2 {
                    positionLines.append(position)
                    name = glued
                    break
                }
                // A position names one ("PHÓ CHỦ TỊCH") or is short, of two words at least; a long line in
                // capitals under the prefix is the title of what follows (a regulation the portal printed
                // after the cut), one short capital word ("DĨ") a mark.
                // A position names one ("PHÓ CHỦ TỊCH") or its body under it ("VỤ TRƯỞNG" ⏎ "VỤ CẢI CÁCH HÀNH CHÍNH").
                if line.isCapitalised, !line.startsWith("-"), positionLines.count < 2, marks == 0,
                   isPosition(line) || (2...3).contains(line.split(separator: " ").count)
                    || (!positionLines.isEmpty && IssuerBlock.startsWithHead(line)) {
                    positionLines.append(line)
                    continue
                }
                // A seal or a signature read into short lines of marks ("DĨ", "s. 2)") lies between the position and the name.
                if !positionLines.isEmpty, marks < maxMarks, isMark(line) {
                    marks += 1
                    continue
                }
                if !positionLines.isEmpty { break }
            }
            if positionLines.isEmpty, let split = splitInlinePosition(principal) {
                return Signer(name: name, position: split.position, authority: code, principal: split.principal)
            }
            // An acting head (Q.) with no position line of their own holds the post they act in.
            let position = positionLines.isEmpty ? (code == "Q" ? principal : nil) : positionLines.joined(separator: " ")
            return Signer(name: name, position: position, authority: code, principal: principal.isEmpty ? nil : principal)
        }
        // No prefix: the last name, under a capitalised position line.
        guard let n = candidates.last(where: { personalName(lines[$0]) != nil }) else { return nil }
        var positionLines: [String] = []
        var marks = 0
        for j in candidates.filter({ $0 < n }).reversed() {
            let line = lines[j]
            if isAnnotation(line) { continue }
            if positionLines.isEmpty, marks < maxMarks, isMark(line), !(line.isCapitalised && isPosition(line)) {
                marks += 1
                continue
            }
            guard line.isCapitalised, !line.startsWith("-"), isPosition(line), positionLines.count < 2 else { break }
            positionLines.insert(line, at: 0)
        }
        guard !positionLines.isEmpty else { return nil }
        return Signer(name: personalName(lines[n]) ?? lines[n], position: positionLines.joined(separator: " "), authority: nil, principal: nil)
    }

    /// ("KT", "GIÁM ĐỐC") for "KT. GIÁM ĐỐC", "K/T GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN".
    static func authority(of line: String) -> (String, String)? {
        // Only as many letters as the longest prefix are upper-cased: this runs on the last 60 lines.
        let upper = line.prefix(HeaderVocabulary.longestAuthority).uppercased()
        for (printed, code) in HeaderVocabulary.authorities where upper.startsWith(printed) {
            var rest = line.dropFirst(printed.count)
            guard let f = rest.first, f == "." || f == " " || f == ":" else { continue }
            if printed == "Q", f != "." { continue }
            while let c = rest.first, c == "." || c == " " || c == ":" { rest = rest.dropFirst() }
            guard !rest.isEmpty, String(rest).isCapitalised else { continue }
            return (code, String(rest))
        }
        return nil
    }

    /// A position glued to the name under it: "CHÁNH VĂN PHÒNGNguyễn Văn An" → ("CHÁNH VĂN PHÒNG",
    /// "Nguyễn Văn An"): capitals, then a capital and small letters starting a name.
    static func splitGluedName(_ line: String) -> (String, String)? {
        guard line.unicodeScalars.contains(where: ScalarText.isLower), line.unicodeScalars.first.map(ScalarText.isUpper) == true else {
            return nil
        }
        let chars = Array(line)
        guard let k = chars.firstIndex(where: { $0.isLowercase }), k >= 4, chars[k - 1].isUppercase, chars[k - 2].isUppercase else {
            return nil
        }
        let position = String(chars[..<(k - 1)]).trimmingCharacters(in: .whitespaces)
        let name = String(chars[(k - 1)...])
        guard position.contains(" ") || position.count >= 4, isPosition(position), isName(name) else { return nil }
        return (position, name)
    }

    /// "GIÁM ĐỐC PHÓ GIÁM ĐỐC", "ỦY BAN NHÂN DÂN CHỦ TỊCH", "BỘ TRƯỞNG THỨ TRƯỞNG" (prefix and
    /// position on one line) → principal and position: the line ends with a position's title and
    /// what stands before it is a body or a position.
    static func splitInlinePosition(_ text: String) -> (principal: String, position: String)? {
        if let r = text.firstMatch(of: " PHÓ ") {
            return (String(text[..<r.lowerBound]), String(text[text.index(after: r.lowerBound)...]))
        }
        let upper = text.uppercased()
        for title in HeaderVocabulary.positionTitles where upper.endsWith(" " + title) {
            let principal = String(text.dropLast(title.count + 1)).trimmingCharacters(in: .whitespaces)
            // "BỘ TRƯỞNG, CHỦ NHIỆM" is one post of two titles, not a principal and a position.
            guard !principal.hasSuffix(","), isPosition(principal) || IssuerBlock.startsWithHead(principal) else { continue }
            return (principal, String(text.suffix(title.count)))
        }
        return nil
    }

    /// A line of a distribution list: a dash alone or opening an item, or an item ending in ";".
    private static func isListLine(_ line: String) -> Bool {
        guard let f = line.first else { return false }
        return "-+•–".contains(f) || line.endsWith(";")
    }

    /// Most lines of marks skipped between a position and its name.
    static let maxMarks = 8

    /// A short line that is no sentence, list item or heading: what OCR makes of a seal or a
    /// handwritten signature.
    private static func isMark(_ line: String) -> Bool {
        line.unicodeScalars.count <= 24 && !line.startsWith("-") && !VietnameseText.matchKey(line).startsWith("nơi nhận")
    }

    /// The name on `line` without the title or rank before it ("Thượng tướng Nguyễn Văn Long",
    /// "LS. TS. Đỗ Ngọc Thịnh" → the name), when the rest is a name.
    static func personalName(_ line: String) -> String? {
        var rest = Substring(line)
        // "(đã ký) Mai Văn Nam": the signature's note and the name on one line.
        if rest.utf8.first == 0x28, let close = rest.firstIndex(of: ")"), rest.distance(from: rest.startIndex, to: close) <= 12,
           isAnnotation(String(rest[...close])) {
            rest = rest[rest.index(after: close)...].drop(while: { $0 == " " })
        }
        var stripped = true
        while stripped {
            stripped = false
            for title in HeaderVocabulary.nameTitles where rest.utf8.starts(with: title.utf8) {
                let after = rest.dropFirst(title.count)
                guard after.first == " " || title.hasSuffix(".") else { continue }
                rest = after.drop(while: { $0 == " " })
                stripped = true
                break
            }
        }
        let name = String(rest)
        return isName(name) ? name : nil
    }

    /// A person's name: 2–6 words, each capitalised and made of letters ("Phùng Đức Sơn"),
    /// or all capitals when it names no position or body ("NGUYỄN VĂN AN").
    static func isName(_ line: String) -> Bool {
        guard line.unicodeScalars.count <= 50 else { return false }
        let words = line.split(separator: " ")
        guard (2...6).contains(words.count) else { return false }
        guard words.allSatisfy({ w in
            w.unicodeScalars.allSatisfy(ScalarText.isLetter) && ScalarText.isUpper(w.unicodeScalars.first!)
        }) else { return false }
        if words.allSatisfy({ $0.dropFirst().allSatisfy { !$0.isUppercase } }) {
            return !isPosition(line.uppercased()) && !IssuerBlock.startsWithHead(line.uppercased())
        }
        // In capitals, every word is: "Cổng TTĐT", "Phòng KHTC" are bodies with their abbreviation.
        guard line.isCapitalised, words.allSatisfy({ $0.unicodeScalars.allSatisfy { !ScalarText.isLower($0) } }) else { return false }
        return !isPosition(line) && !IssuerBlock.startsWithHead(line)
            && !HeaderVocabulary.mottoPrefixes.contains { VietnameseText.matchKey(line).startsWith($0) }
    }

    static func isPosition(_ line: String) -> Bool {
        let upper = line.uppercased()
        return HeaderVocabulary.positionWords.contains { upper.includes($0) }
    }

    /// Lines between position and name that are neither: "(Đã ký)", "(Ký, ghi rõ họ tên, đóng dấu)", "[daky]".
    private static func isAnnotation(_ line: String) -> Bool {
        (line.startsWith("(") && line.endsWith(")")) || (line.startsWith("[") && line.endsWith("]"))
    }
}
