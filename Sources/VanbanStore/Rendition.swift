import VanbanRecord
import VanbanRules

/// One document, many files: the same letter kept as a DOCX draft, the signed PDF and a scan.
/// Files whose type, number, date and issuer agree (and whose subjects agree where both
/// have one) are renditions of one document; the best rendition speaks for it (its record
/// fills the document's row, its id is the document's id) and the others are listed with it
/// (`renditions` table, docs/schema.md). Both archives group files with these rules
/// (`RenditionGrouping`).
public enum Rendition {
    /// What files of one document share: type, number, date and issuer, folded; nil when any
    /// is unknown or the number has no sequence (a number left blank is not the letter's own).
    public static func key(_ record: Record) -> String? {
        guard record.status == .ok, let type = record.type, let number = record.number,
              let seq = number.seq, !seq.isEmpty, let date = record.date, let issuer = issuerKey(record) else { return nil }
        return [type, SearchKey.number(number.raw), date, issuer].joined(separator: "|")
    }

    /// The issuer's name and parent body, folded and joined by " | " (`documents.issuer_key`).
    public static func issuerKey(_ record: Record) -> String? {
        let names = [record.issuer?.name, record.issuer?.parent].compactMap { $0.map(SearchKey.name) }
        return names.isEmpty ? nil : names.joined(separator: " | ")
    }

    /// Which rendition speaks for the document, the highest first: a signed PDF (5), a PDF
    /// with a text layer (4), a DOCX (3), a Word .doc (2), a scan read by OCR (1), anything
    /// else (0, plain text). Among equals, the file stored first.
    public static func rank(_ record: Record) -> Int {
        let ocr = record.extra.contains { $0.0 == "ocr" && $0.1 == .bool(true) }
        switch record.source.format {
        case "pdf" where ocr: return 1
        case "pdf" where record.signature != nil || !record.signatures.isEmpty: return 5
        case "pdf": return 4
        case "docx": return 3
        case "doc": return 2
        default: return ocr ? 1 : 0
        }
    }

    /// Subjects agree when either is unknown, or when they share most of their words (Dice
    /// coefficient of the folded word sets at least 0.8: a word or two misread by OCR in a
    /// long subject is forgiven, another letter's subject is not).
    public static func subjectsAgree(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        let x = Set(SearchKey.words(VietnameseText.fold(a.lowercased())))
        let y = Set(SearchKey.words(VietnameseText.fold(b.lowercased())))
        guard !x.isEmpty || !y.isEmpty else { return true }
        return 2 * Double(x.intersection(y).count) / Double(x.count + y.count) >= 0.8
    }
}

/// A file with a rendition key, as regrouping sees it.
public struct RenditionMember: Sendable, Equatable {
    public var fileID: Int64
    public var rank: Int
    public var subject: String?
    /// Whether the file has a row in `documents` now (it speaks for its document).
    public var hasDocument: Bool
    /// The document it is recorded as a rendition of now.
    public var documentID: Int64

    public init(fileID: Int64, rank: Int, subject: String?, hasDocument: Bool, documentID: Int64) {
        self.fileID = fileID
        self.rank = rank
        self.subject = subject
        self.hasDocument = hasDocument
        self.documentID = documentID
    }
}

/// What regrouping needs of an archive, inside the transaction that stores files.
public protocol RenditionRows {
    /// The files (read successfully) whose rendition key is `key`.
    func members(key: String) throws -> [RenditionMember]
    /// Keeps the document text of `fileID` with its rendition and removes its `documents` row
    /// (and what hangs from it): another rendition speaks for the document now.
    func demote(_ fileID: Int64) throws
    /// Writes the `documents` row of `fileID` again from its stored record and the text kept
    /// with its rendition: it speaks for its document now.
    func promote(_ fileID: Int64) throws
    /// Records that `fileIDs` are renditions of the document `documentID`.
    func assign(_ fileIDs: [Int64], to documentID: Int64) throws
}

/// Sorts the files of one rendition key into documents and makes the best rendition of each
/// the one with a `documents` row. One copy for both archives.
public enum RenditionGrouping {
    /// The documents `members` make: each list best first (rank, then the file stored first).
    /// A file joins the first document whose best rendition's subject agrees with its own.
    public static func documents(_ members: [RenditionMember]) -> [[RenditionMember]] {
        let sorted = members.sorted { ($0.rank, -$0.fileID) > ($1.rank, -$1.fileID) }
        var groups: [[RenditionMember]] = []
        for member in sorted {
            if let i = groups.firstIndex(where: { Rendition.subjectsAgree($0[0].subject, member.subject) }) {
                groups[i].append(member)
            } else {
                groups.append([member])
            }
        }
        return groups
    }

    /// Regroups the files of `key` after some were stored or removed.
    public static func regroup(key: String, _ rows: some RenditionRows) throws {
        for group in documents(try rows.members(key: key)) {
            let best = group[0]
            for other in group.dropFirst() where other.hasDocument { try rows.demote(other.fileID) }
            if !best.hasDocument { try rows.promote(best.fileID) }
            let moved = group.filter { $0.documentID != best.fileID }.map(\.fileID)
            if !moved.isEmpty { try rows.assign(moved, to: best.fileID) }
        }
    }
}
