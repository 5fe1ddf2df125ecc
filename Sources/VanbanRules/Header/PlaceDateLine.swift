import Foundation

/// Box 4: "<Place>, ngày 05 tháng 01 năm 2020" (or the date alone), in the header.
enum PlaceDateLine {
    struct Hit {
        let place: String?
        let date: String?
        let line: Int
    }

    static func find(in lines: TextLines, zone: HeaderZone) -> Hit? {
        for i in 0..<min(zone.end + 2, lines.count) {
            var key = lines.keys[i]
            var text = lines[i]
            // The number's cell and the place-and-date cell on one line:
            // "Số: 312/UBND-KT Vị Thanh, ngày 9 tháng 5 năm 2012".
            if key.startsWith("số"), key.includes(" ngày"), let rest = afterNumber(text) {
                let restKey = VietnameseText.matchKey(rest)
                if looksLikeDateLine(restKey) {
                    return Hit(place: place(in: rest), date: VietnameseDate.first(in: rest), line: i)
                }
            }
            // A cell too narrow for the line breaks it inside the date: "Hà Nội, ngày 14" /
            // "tháng 05 năm 2013", "Quảng Nam, ngày" / "13 tháng 7 năm 2023".
            // A date typed into signature widgets may come a fragment a line ("ngày" ⏎ "23" ⏎ "tháng" ⏎ "3" ⏎ "năm 2022").
            var isDateLine = looksLikeDateLine(key)
            var last = i
            while !isDateLine || VietnameseDate.first(in: text) == nil, endsInsideDate(key),
                  let next = lines.nextNonBlank(from: last + 1), next <= last + 2, next <= i + 8, continuesDate(lines.keys[next]) {
                key += " " + lines.keys[next]
                text += " " + lines[next]
                last = next
                isDateLine = looksLikeDateLine(key)
            }
            guard isDateLine else { continue }
            if VietnameseDate.first(in: text) == nil, let next = lines.nextNonBlank(from: i + 1) {
                text += " " + lines[next]
            }
            // A day left blank or written by hand: the month and year are kept.
            let date = VietnameseDate.first(in: text) ?? VietnameseDate.monthWithoutDay(in: text)
            return Hit(place: place(in: lines[i], cutFrom: i > 0 ? lines[i - 1] : nil), date: date, line: i)
        }
        return nil
    }

    /// What follows "Số: <number>" on its line, or nil when nothing does ("Số : 2917 /SGDĐT-VP Phan
    /// Rang, ngày …" → "Phan Rang, ngày …").
    static func afterNumber(_ line: String) -> String? {
        guard let rest = NumberLine.afterSoWord(line) else { return nil }
        let token = NumberLine.firstToken(rest)
        guard token.contains(where: \.isNumber) || token.contains("/") else { return nil }
        var consumed = ""
        var words = rest.split(separator: " ")[...]
        while let w = words.first, consumed.count < token.count {
            consumed += w
            words = words.dropFirst()
        }
        let after = words.joined(separator: " ")
        return after.isEmpty ? nil : after
    }

    /// A line that stops inside a date: its last words are "ngày", "ngày 14", "tháng" or
    /// "tháng 05", after at most six words of place.
    static func endsInsideDate(_ key: String) -> Bool {
        guard key.includes("ngày") else { return false }
        var words = key.split(separator: " ")
        guard words.count <= 10 else { return false }
        if let last = words.last, last.allSatisfy(\.isNumber), last.count <= 2 { words.removeLast() }
        return words.last == "ngày" || words.last == "tháng"
    }

    /// A line that goes on with a date: "tháng 05 năm 2013", "13 tháng 7 năm 2023", "năm 2018".
    static func continuesDate(_ key: String) -> Bool {
        var words = key.split(separator: " ")
        if let first = words.first, first.allSatisfy(\.isNumber), first.count <= 2 { words.removeFirst() }
        // A day or month alone on its line: "23".
        if words.isEmpty { return !key.isEmpty }
        return words.first == "tháng" || words.first == "năm"
    }

    /// A line that is a place-and-date line: "ngày" within the first words, then "tháng" and "năm",
    /// and either nothing before "ngày" or a short place name followed by a comma (then "năm" may
    /// stand on the next line).
    static func looksLikeDateLine(_ key: String) -> Bool {
        guard let ngay = key.firstMatch(of: "ngày") else { return false }
        let before = key[..<ngay.lowerBound].trimmingSpaces()
        let after = key[ngay.upperBound...]
        guard after.includes("tháng") else { return false }
        // After a place the year may be cut onto the next line ("Hà Nội, ngày 26 tháng 04" ⏎ "năm 2019").
        let year = after.includes("năm") || after.endsWith("nă")
        if before.isEmpty { return year && after.unicodeScalars.count < 40 }
        guard before.endsWith(","), before.split(separator: " ").count <= 6, !before.contains(where: \.isNumber) else {
            return false
        }
        return true
    }

    /// The place, with the first word(s) a narrow cell put on the line above ("Sơn" ⏎ "La, ngày
    /// 16 tháng 11" → "Sơn La"): a line of one or two words in title case, right above a place
    /// of one or two words.
    static func place(in line: String, cutFrom above: String?) -> String? {
        guard let place = place(in: line) else { return nil }
        guard let above, place.split(separator: " ").count <= 2 else { return place }
        let words = above.split(separator: " ")
        guard (1...2).contains(words.count), words.allSatisfy(isTitleCaseWord) else { return place }
        return above.trimmingCharacters(in: .whitespaces) + " " + place
    }

    /// "Sơn", "Hà": a capital, then small letters only.
    private static func isTitleCaseWord(_ word: Substring) -> Bool {
        guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
        return word.dropFirst().allSatisfy { $0.isLetter && $0.isLowercase }
    }

    /// The place before ", ngày": "Sơn La, ngày 8 tháng 8 năm 2023" → "Sơn La".
    static func place(in line: String) -> String? {
        guard let ngay = line.range(of: "ngày", options: .caseInsensitive) else { return nil }
        let before = line[..<ngay.lowerBound].trimmingCharacters(in: .whitespaces)
        guard before.endsWith(",") else { return nil }
        let place = before.dropLast().trimmingCharacters(in: .whitespaces)
        return place.isEmpty ? nil : place
    }
}
