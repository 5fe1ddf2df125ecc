import VanbanRecord

/// One generated letter: everything its TXT, DOCX and PDF forms print, and the facts its
/// gold record states (citations with their mentions, targets, signer).
public struct Letter: Sendable {
    /// Position in the corpus (chronological order).
    public let index: Int
    public let kind: LetterKind
    /// Key of the field of work (`thi-dua`, `chuyen-doi-so`, ...).
    public let topic: String
    public let issuer: IssuingBody
    public let number: DocumentNumber
    /// The number line as printed: "Số: 15/KH-UBND", "Số 12-NQ/ĐU".
    public let numberLine: String
    public let date: CalendarDate
    /// "Lào Cai, ngày 05 tháng 9 năm 2024"
    public let dateLine: String
    /// The subject without "V/v" (what the record's `subject` holds).
    public let subject: String
    /// How the subject is printed: "V/v ..." under the number (công văn) or under the title.
    public let subjectLine: String
    /// The deciding authority of a quyết định ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI").
    public let authorityLine: String?
    public let addressees: [String]
    /// "Kính gửi: X." on one line rather than a dash list.
    public let addresseesInline: Bool
    public let blocks: [LetterBlock]
    public let signature: SignatureBlock
    public let distribution: [DistributionItem]
    /// "Lưu: VT, KT."
    public let archiveLine: String
    public let citations: [LetterCitation]
    public let targets: [Target]
    public internal(set) var traps: LetterTraps

    /// File name without extension: `vb-0007-ke-hoach`.
    public func stem(width: Int) -> String {
        let n = String(index + 1)
        return "vb-" + String(repeating: "0", count: max(0, width - n.count)) + n + "-" + kind.slug
    }

    /// The letter as a document others cite.
    public var asCited: CitedDocument {
        CitedDocument(kind: kind, number: number.raw, title: nil, date: date, issuerNames: issuer.citedAs,
                      subject: Self.lowerFirst(subject), letterIndex: index)
    }

    /// `s` with a lower-case first letter, unless it starts with an abbreviation ("UBND ...").
    static func lowerFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        let rest = s.dropFirst()
        if let second = rest.first, second.isUppercase { return s }
        return first.lowercased() + rest
    }
}

extension Letter: CustomStringConvertible {
    /// "#7 ke-hoach 15/KH-UBND 2024-03-05", short enough for test names and logs.
    public var description: String {
        "#\(index) \(kind.slug) \(number.raw) \(date.iso)"
    }
}
