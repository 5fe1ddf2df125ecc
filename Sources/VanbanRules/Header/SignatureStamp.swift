import Foundation
import VanbanRecord

/// Box 14: the text a digital signature leaves on an electronic copy, e.g.
/// "Đoàn Văn Tứ<tudv@sonla.gov.vn> đã ký lên văn bản này!" with "2025-02-04T15:23:15+0700",
/// or "Người ký: ...", "Email: ...", "Thời gian ký: 04.02.2025 15:23:15 +07:00".
enum SignatureStamp {
    struct Hit {
        let signature: Signature
        /// The first line of the stamp: the signer block is read above it.
        let firstLine: Int
    }

    static func find(in lines: TextLines) -> Hit? {
        let start = max(0, lines.count - 40)
        var signer: String?
        var email: String?
        var signedAt: String?
        var authority: String?
        var first: Int?
        var timeLine: Int?
        for i in start..<lines.count {
            let line = lines[i]
            if mayHoldStamp(line) {
                let key = lines.keys[i]
                if key.includes("đã ký"), let (name, mail) = nameAndEmail(line) {
                    signer = name
                    email = mail
                    first = min(first ?? i, i)
                } else if key.startsWith("người ký:") || key.startsWith("ký bởi:") {
                    signer = value(after: ":", in: line)
                    first = min(first ?? i, i)
                } else if key.startsWith("email:") || key.startsWith("e-mail:") {
                    email = value(after: ":", in: line)
                } else if key.startsWith("cơ quan:") {
                    authority = value(after: ":", in: line)
                } else if key.includes("chứng thực") || key.startsWith("cơ quan cấp") {
                    authority = line.components(separatedBy: " - ").first?.trimmingListPunctuation()
                    first = min(first ?? i, i)
                }
            }
            if signedAt == nil, digitCount(line) >= 12, let t = timestamp(in: line) {
                signedAt = t
                timeLine = i
            }
        }
        guard var firstLine = first, signer != nil || email != nil else { return nil }
        if let t = timeLine, t < firstLine, firstLine - t <= 4 { firstLine = t }
        return Hit(signature: Signature(signer: signer, email: email, signedAt: signedAt, authority: authority),
                   firstLine: firstLine)
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
