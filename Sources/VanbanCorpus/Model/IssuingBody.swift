/// A body that issues letters: its header lines, number code, signers and the ways
/// other letters name it.
public struct IssuingBody: Sendable, Hashable {
    public enum Level: String, Sendable {
        case provinceCommittee, districtCommittee, department, serviceUnit
        case provinceParty, districtParty, partyBloc, partyCommittee, partyBoard
    }

    /// Stable key within one corpus, e.g. `Lào Cai/SNV`.
    public let key: String
    public let level: Level
    /// The issuer as the record names it: "Sở Nội vụ".
    public let name: String
    /// The issuer as printed in the header (upper case), one or two lines.
    public let headerLines: [String]
    /// The body above it, as the record names it, or nil.
    public let parent: String?
    /// The parent as printed in the header.
    public let parentHeaderLines: [String]
    /// Issuer part of the number symbol: `UBND`, `SNV`, `TU`, `ĐU`.
    public let code: String
    /// Drafting units for công văn numbers and the archive line: `VP`, `KT`.
    public let units: [String]
    public let isParty: Bool
    /// Place in the place-and-date line.
    public let place: String
    public let province: String
    /// Head's title ("Giám đốc"), deputy's ("Phó Giám đốc"), the office head who signs TL./TUQ.
    public let head: String
    public let deputy: String
    public let office: String
    /// Collective body a TM. signature speaks for ("Ủy ban nhân dân", "Ban Thường vụ"), if any.
    public let collective: String?
    /// How the body names itself in its own text ("Sở Nội vụ", "Ủy ban nhân dân tỉnh").
    public let selfName: String
    /// How other letters name it after "của" ("UBND tỉnh", "Sở Nội vụ tỉnh Lào Cai").
    public let citedAs: [String]
    /// Department code whose topics this body works on (its own for a Sở).
    public let sector: String?
    /// Signers in office: the head, deputies and the office head.
    public let headName: String
    public let deputyNames: [String]
    public let officeName: String
}

extension IssuingBody.Level {
    /// Party committees and their boards.
    var isParty: Bool {
        switch self {
        case .provinceParty, .districtParty, .partyBloc, .partyCommittee, .partyBoard: return true
        default: return false
        }
    }
}
