import Foundation
import VanbanRecord

/// Box 14: the text a digital signature leaves on an electronic copy, e.g.
/// "Đoàn Văn Tứ<tudv@sonla.gov.vn> đã ký lên văn bản này!" with "2025-02-04T15:23:15+0700",
/// or "Người ký: ...", "Email: ...", "Thời gian ký: 04.02.2025 15:23:15 +07:00".
enum SignatureStamp {
    struct Hit {
        let signature: Signature
        /// The first line of a stamp at the end: the signer block is read above it (the end of
        /// the text for a stamp at the top).
        let firstLine: Int
        /// The stamp's lines at the top of the page, which are no part of the header.
        let headerLines: [Int]
    }

    /// How many lines at the top and at the end are searched: a stamp is drawn in a corner.
    static let topLines = 30, endLines = 40

    static func find(in lines: TextLines) -> Hit? {
        let tail = max(0, lines.count - endLines)
        if let hit = find(in: lines, range: tail..<lines.count) {
            // A short text is searched whole: a stamp in its first half is the one at the top.
            if tail == 0, hit.firstLine < lines.count / 2 {
                return Hit(signature: hit.signature, firstLine: lines.count, headerLines: hit.headerLines)
            }
            // The stamp drawn on every page: at the top of the first too, kept out of the header.
            if tail > 0, let top = find(in: lines, range: 0..<min(topLines, tail)), !top.headerLines.isEmpty {
                return Hit(signature: hit.signature, firstLine: hit.firstLine, headerLines: top.headerLines)
            }
            return hit
        }
        guard tail > 0, let top = find(in: lines, range: 0..<min(topLines, tail)) else { return nil }
        return Hit(signature: top.signature, firstLine: lines.count, headerLines: top.headerLines)
    }

    private static func find(in lines: TextLines, range: Range<Int>) -> Hit? {
        var signer: String?
        var email: String?
        var signedAt: String?
        var authority: String?
        var first: Int?
        var last: Int?
        var timeLine: Int?
        func mark(_ i: Int) {
            first = min(first ?? i, i)
            last = max(last ?? i, i)
        }
        for i in range {
            let line = lines[i]
            // Match keys are made only for the lines that may be a stamp's: most lines are not.
            let mayBeCopy = line.first == "S" || line.first == "s"
            let timeLike = digitCount(line) >= 12
            guard mayBeCopy || timeLike || mayHoldStamp(line) else { continue }
            let key = lines.keys[i]
            if mayBeCopy, key.startsWith("sao y") || key.startsWith("saoy") {
                // "SAO Y; CÔNG AN TỈNH LÂM ĐỒNG; Thời gian ký: …", or "SAO Y" ⏎ "Bộ Công an" ⏎ "Thời gian ký: …".
                let parts = line.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count >= 2, !parts[1].isEmpty, !parts[1].contains(where: \.isNumber) {
                    signer = parts[1]
                } else if let next = lines.nextNonBlank(from: i + 1, limit: range.upperBound), timestamp(in: lines[next]) == nil {
                    signer = lines[next].trimmingListPunctuation()
                    mark(next)
                }
                mark(i)
            } else if mayHoldStamp(line) {
                if key.includes("đã ký"), let (name, mail) = nameAndEmail(line) {
                    signer = name
                    email = mail
                    mark(i)
                } else if key.startsWith("người ký:") || key.startsWith("ký bởi:") || key.startsWith("cơ quan phát hành:") {
                    signer = value(after: ":", in: line)
                    mark(i)
                } else if key.startsWith("email:") || key.startsWith("e-mail:") {
                    email = value(after: ":", in: line)
                    if first != nil { mark(i) }
                } else if key.startsWith("cơ quan:") {
                    authority = value(after: ":", in: line)
                    if first != nil { mark(i) }
                } else if key.includes("chứng thực") || key.startsWith("cơ quan cấp") {
                    authority = line.components(separatedBy: " - ").first?.trimmingListPunctuation()
                    mark(i)
                }
            }
            if signedAt == nil, timeLike,
               let t = timestamp(in: line.replacingOccurrences(of: "; ", with: " ").replacingOccurrences(of: ";", with: " ")) {
                signedAt = t
                timeLine = i
                if first != nil, i - (last ?? i) <= 4 { mark(i) }
            }
        }
        // With no label anywhere: a body's name over a time and nothing else
        // ("Ủy ban Mặt trận tổ quốc Việt Nam tỉnh" ⏎ "25/09/2025 16:59:22").
        if signer == nil, email == nil, let t = timeLine, isTimeAlone(lines[t]),
           let above = lines.previousNonBlank(from: t - 1, limit: range.lowerBound), t - above <= 2, isName(lines[above]) {
            signer = lines[above].trimmingListPunctuation()
            mark(above)
            mark(t)
        }
        guard var firstLine = first, signer != nil || email != nil else { return nil }
        if let t = timeLine, t < firstLine, firstLine - t <= 4 { firstLine = t }
        return Hit(signature: Signature(signer: signer, email: email, signedAt: signedAt, authority: authority),
                   firstLine: firstLine, headerLines: range.lowerBound == 0 ? Array(firstLine...(last ?? firstLine)) : [])
    }

    /// A line holding a time and nothing else: "25/09/2025 16:59:22", "2025-10-01T17:08:18+07:00".
    private static func isTimeAlone(_ line: String) -> Bool {
        line.allSatisfy { $0.isNumber || $0.isWhitespace || ":/.-+T;".contains($0) }
    }

    /// A line that can name a signer: letters, at most ten words, no sentence stop.
    private static func isName(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return (1...10).contains(words.count) && line.contains(where: \.isLetter) && !line.contains(where: \.isNumber)
            && !line.hasSuffix(".") && !line.hasSuffix(";") && !line.hasSuffix(":")
    }

    /// Whether a line can be one of the stamp's lines: each has a ":", "<", "ký", "thực" or "cấp"
    /// ("đã ký", "Người ký:", "chứng thực", "Cơ quan cấp"). Most lines are not, and need no key.
    private static func mayHoldStamp(_ line: String) -> Bool {
        line.unicodeScalars.contains { c in
            switch c {
            case ":", "<", "ý", "Ý", "ự", "Ự", "ấ", "Ấ": return true
            default: return false
            }
        }
    }

    /// The ASCII digits of a line: a time stamp has at least twelve.
    private static func digitCount(_ line: String) -> Int {
        var line = line
        return line.withUTF8 { bytes in
            var n = 0
            for b in bytes where b >= 0x30 && b <= 0x39 { n += 1 }
            return n
        }
    }

    /// ("Đoàn Văn Tứ", "tudv@sonla.gov.vn") from "Đoàn Văn Tứ<tudv@sonla.gov.vn> đã ký ...".
    private static func nameAndEmail(_ line: String) -> (String?, String?)? {
        guard let open = line.firstIndex(of: "<"), let close = line[open...].firstIndex(of: ">") else { return nil }
        let email = String(line[line.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
        guard email.contains("@") else { return nil }
        let name = String(line[..<open]).trimmingListPunctuation()
        return (name.isEmpty ? nil : name, email)
    }

    private static func value(after separator: Character, in line: String) -> String? {
        guard let i = line.firstIndex(of: separator) else { return nil }
        let v = String(line[line.index(after: i)...]).trimmingListPunctuation()
        return v.isEmpty ? nil : v
    }

    /// An ISO 8601 time with offset: "2025-02-04T15:23:15+0700", "04.02.2025 15:23:15 +07:00" or
    /// "04-02-2025 15:23:15 +07:00" → "2025-02-04T15:23:15+07:00".
    static func timestamp(in line: String) -> String? {
        let s = Array(line.unicodeScalars)
        func num(_ at: Int, _ n: Int) -> Int? {
            guard at + n <= s.count else { return nil }
            var v = 0
            for k in at..<at + n {
                guard s[k].value >= 48, s[k].value <= 57 else { return nil }
                v = v * 10 + Int(s[k].value - 48)
            }
            return v
        }
        for i in 0..<s.count {
            var y: Int?, mo: Int?, d: Int?, j = i
            if let yy = num(i, 4), i + 10 <= s.count, s[i + 4] == "-", s[i + 7] == "-" {
                y = yy; mo = num(i + 5, 2); d = num(i + 8, 2); j = i + 10
            } else if let dd = num(i, 2), i + 10 <= s.count, s[i + 2] == "." || s[i + 2] == "/" || s[i + 2] == "-", s[i + 5] == s[i + 2] {
                d = dd; mo = num(i + 3, 2); y = num(i + 6, 4); j = i + 10
            }
            guard let year = y, let month = mo, let day = d, VietnameseDate.iso(day: day, month: month, year: year) != nil,
                  j < s.count, s[j] == "T" || s[j] == " " else { continue }
            j += 1
            guard let h = num(j, 2), j + 8 <= s.count, s[j + 2] == ":", let mi = num(j + 3, 2), s[j + 5] == ":",
                  let se = num(j + 6, 2) else { continue }
            j += 8
            while j < s.count, s[j] == " " { j += 1 }
            var offset = "+07:00"
            if j < s.count, s[j] == "+" || s[j] == "-", let oh = num(j + 1, 2) {
                let om = (j + 3 < s.count && s[j + 3] == ":") ? num(j + 4, 2) : num(j + 3, 2)
                offset = String(Character(s[j])) + pad(oh) + ":" + pad(om ?? 0)
            } else if j < s.count, s[j] == "Z" {
                offset = "Z"
            }
            return "\(year)-\(pad(month))-\(pad(day))T\(pad(h)):\(pad(mi)):\(pad(se))" + (offset == "Z" ? "Z" : offset)
        }
        return nil
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
