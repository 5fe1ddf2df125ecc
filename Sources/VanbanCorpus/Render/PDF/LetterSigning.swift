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

    /// The `signatures` a reader should find in the signed file.
    public static func expected(for letter: Letter) -> [DigitalSignature] {
        let identities = identities(for: letter)
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
