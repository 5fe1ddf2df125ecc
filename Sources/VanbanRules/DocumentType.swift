/// One kind of document: its slug in records, its name as printed in a title line,
/// and the abbreviations that stand for it in a number's symbol.
public struct DocumentType: Sendable, Equatable, Hashable {
    public let slug: String
    /// The name as printed (title case), e.g. "Kế hoạch".
    public let name: String
    /// Abbreviations used in symbols (Phụ lục III of Nghị định 30/2020/NĐ-CP and the Party's own).
    public let codes: [String]
    /// Whether the name alone (without a number) may stand for a cited document, as laws do.
    public let citedByName: Bool

    public init(_ slug: String, _ name: String, _ codes: [String] = [], citedByName: Bool = false) {
        self.slug = slug
        self.name = name
        self.codes = codes
        self.citedByName = citedByName
    }
}
