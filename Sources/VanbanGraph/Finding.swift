/// One broken or suspicious chain that `vanban check` reports, with the letters involved and
/// where they mention the document.
public struct Finding: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        /// A citation that matches no archived document: an outside document.
        case unresolved
        /// Letters give one cited document different dates (or another date than its own).
        case conflictingDates = "conflicting-dates"
        /// A letter cites a document dated after the letter itself.
        case citesLater = "cites-later"
        /// The issuer a letter names is not the archived document's.
        case issuerMismatch = "issuer-mismatch"
        /// One document cited under several spellings of its symbol (a typo).
        case symbolVariants = "symbol-variants"
        /// Two archived documents with the same type, number and year.
        case duplicateDocuments = "duplicate-documents"
        /// A letter that cites itself.
        case selfCitation = "self-citation"
        /// A letter cites a document as in force (basis, implements) after an archived document
        /// repealed or replaced it.
        case citedAfterRepeal = "cited-after-repeal"

        public static func < (a: Kind, b: Kind) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public let kind: Kind
    /// The document the finding is about, when there is one.
    public let node: NodeID?
    /// The document as one line ("Chỉ thị 34-CT/TW 2014 · outside the archive").
    public let subject: String
    /// What is wrong, in a sentence.
    public let detail: String
    /// Archived documents involved besides the letters (duplicates, variants).
    public let documents: [Int64]
    public let citations: [FindingCitation]
}

/// A citation named by a finding: which letter, how it writes the document, and where.
public struct FindingCitation: Sendable, Equatable {
    public let citation: Int64
    /// The citing letter's id.
    public let letter: Int64
    public let letterNumber: String?
    public let path: String?
    /// The number (or name) as the letter writes it.
    public let written: String?
    /// The date the letter gives.
    public let date: String?
    /// Mention offsets in the letter's text (Unicode scalars).
    public let offsets: [Int]

    /// "#5@412,1290".
    public var reference: String {
        "#\(letter)" + (offsets.isEmpty ? "" : "@" + offsets.map(String.init).joined(separator: ","))
    }
}
