/// What `vanban query` asks of the archive. Every filter that is set must hold.
public struct DocumentQuery: Sendable, Equatable {
    /// One document by id.
    public var id: Int64?
    /// A type slug (`ke-hoach`, `quyet-dinh`, ...).
    public var type: String?
    /// Words of the issuer's name or of its parent body (diacritics optional).
    public var issuer: String?
    /// Words of the signer's name (diacritics optional).
    public var signer: String?
    /// Earliest issuing date, ISO `YYYY-MM-DD`, inclusive.
    public var from: String?
    /// Latest issuing date, ISO `YYYY-MM-DD`, inclusive.
    public var to: String?
    /// The document's own number (`12/QĐ-UBND`), compared as a `SearchKey.number`.
    public var number: String?
    /// A number the document cites.
    public var cites: String?
    /// Only documents that cite the document with this id (as `citation_links` resolves it).
    public var citing: Int64?
    /// Only documents cited by the document with this id.
    public var citedBy: Int64?
    /// Phrases that must all occur in the subject or the text (see `TextSearch`).
    public var text: [String]
    /// At most this many documents.
    public var limit: Int?

    public init(id: Int64? = nil, type: String? = nil, issuer: String? = nil, signer: String? = nil,
                from: String? = nil, to: String? = nil, number: String? = nil, cites: String? = nil,
                citing: Int64? = nil, citedBy: Int64? = nil, text: [String] = [], limit: Int? = nil) {
        self.id = id
        self.type = type
        self.issuer = issuer
        self.signer = signer
        self.from = from
        self.to = to
        self.number = number
        self.cites = cites
        self.citing = citing
        self.citedBy = citedBy
        self.text = text
        self.limit = limit
    }

    /// An ISO date bound from `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `DD/MM/YYYY`: the first day
    /// of the period, or its last (`upper`). Nil when `value` is none of these.
    public static func dateBound(_ value: String, upper: Bool) -> String? {
        var parts = value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if value.contains("/") {
            parts = value.split(separator: "/", omittingEmptySubsequences: false).reversed().map(String.init)
            guard parts.count == 3 else { return nil }
        }
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), year > 0 else { return nil }
        var month = upper ? 12 : 1
        var day = upper ? 31 : 1
        if parts.count > 1 {
            guard (1...2).contains(parts[1].count), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count > 2 {
            guard (1...2).contains(parts[2].count), let d = Int(parts[2]), (1...31).contains(d) else { return nil }
            day = d
        }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
