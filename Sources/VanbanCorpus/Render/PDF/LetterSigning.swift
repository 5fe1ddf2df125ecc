import Foundation
import VanbanRecord

/// Who signs a generated letter's PDF, as a real one is signed: the person who signs it (their
/// certificate names them, their e-mail and their body), then the issuing body's seal, applied
/// ten minutes later when the number is issued. And what a reader should then find.
public enum LetterSigning {
    /// The person's signature and the body's seal, in signing order.
    public static func identities(for letter: Letter) -> [PDFSigner.Identity] {
        let province = letter.issuer.parent ?? letter.issuer.name
        let domain = letter.issuer.code.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        let mailbox = asciiName(letter.signature.name)
        let signedAt = time(of: letter.date, hour: 15, minute: 40, second: 2)
        return [
            PDFSigner.Identity(field: "Signature1", commonName: letter.signature.name,
                               email: "\(mailbox)@\(domain.isEmpty ? "vanban" : domain).gov.vn",
                               unit: letter.issuer.name, organization: province, signedAt: signedAt),
            PDFSigner.Identity(field: "Signature2", commonName: letter.issuer.name, organization: province,
                               signedAt: signedAt.addingTimeInterval(600)),
        ]
    }

    /// As real letters are signed once printed with their number and day blank (`blanks`): the
    /// person's signature shows a stamp ("Ký bởi", "Email", "Cơ quan", "Thời gian ký") at the top of
    /// the first page; the body's seal types the number into its blank, and one more signature
    /// of the body's the day. Without blanks, as `identities(for:)`.
    public static func identities(for letter: Letter, blanks: SigningBlanks) -> [PDFSigner.Identity] {
        var out = identities(for: letter)
        guard let number = blanks.number, let day = blanks.day else { return out }
        let person = out[0]
        out[0].appearance = .stamp(stampLines(person), x: 360, top: 841.89 - 6, width: 200, fontSize: 6.5)
        out[1].appearance = .fill(number)
        var dayIdentity = out[1]
        dayIdentity.field = "Signature3"
        dayIdentity.appearance = .fill(day)
        out.append(dayIdentity)
        return out
    }

    /// The stamp of `identity`'s signature, as VGCA signing software prints it.
    static func stampLines(_ identity: PDFSigner.Identity) -> [String] {
        let iso = iso(identity) // 2025-01-14T15:40:02+07:00
        let d = Array(iso)
        let shown = "\(String(d[8..<10]))/\(String(d[5..<7]))/\(String(d[0..<4])) \(String(d[11..<19])) \(String(d[19...]))"
        return ["Ký bởi: \(identity.commonName)"] + (identity.email.map { ["Email: \($0)"] } ?? [])
            + (identity.organization.map { ["Cơ quan: \($0)"] } ?? []) + ["Thời gian ký: \(shown)"]
    }

    /// The `signatures` a reader should find in the signed file.
    public static func expected(for letter: Letter, blanks: SigningBlanks? = nil) -> [DigitalSignature] {
        let identities = blanks.map { Self.identities(for: letter, blanks: $0) } ?? Self.identities(for: letter)
        return identities.enumerated().map { i, identity in
            DigitalSignature(field: identity.field, signer: identity.commonName, email: identity.email, unit: identity.unit,
                             organization: identity.organization, signedAt: iso(identity), intact: true,
                             wholeFile: i == identities.count - 1, certificate: "issuer-unknown")
        }
    }

    /// ISO 8601 with the signer's offset: 2025-01-14T15:40:02+07:00.
    static func iso(_ identity: PDFSigner.Identity) -> String {
        let date = PDFSigner.pdfDate(identity) // D:20250114154002+07'00'
        let d = Array(date.dropFirst(2))
        func part(_ from: Int, _ count: Int) -> String { String(d[from..<(from + count)]) }
        return "\(part(0, 4))-\(part(4, 2))-\(part(6, 2))T\(part(8, 2)):\(part(10, 2)):\(part(12, 2))"
            + "\(part(14, 1))\(part(15, 2)):\(part(18, 2))"
    }

    private static func time(of date: CalendarDate, hour: Int, minute: Int, second: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt
        let components = DateComponents(year: date.year, month: date.month, day: date.day,
                                        hour: hour, minute: minute, second: second)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// "Đoàn Văn Tứ" → "doanvantu".
    private static func asciiName(_ name: String) -> String {
        let folded = name.replacingOccurrences(of: "Đ", with: "D").replacingOccurrences(of: "đ", with: "d")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return folded.filter { $0.isASCII && $0.isLetter }
    }
}
