/// How a citation was resolved. Stored in `citation_resolutions.method`.
public enum ResolutionMethod: String, Sendable, CaseIterable {
    /// Not resolved yet (just arrived, or the document it named went away).
    case pending
    /// Same number (case and diacritics aside) and the same year.
    case exact
    /// Same type, sequence and year, the symbol one or two letters off ("LĐTBOXH" for "LĐTBXH").
    case symbol
    /// A document whose own number was lost: same type and year, like subject and issuer.
    case subject
    /// A document cited by its name (a law): same type and name.
    case title
    /// Nothing archived matches: an outside document, shared by every letter that cites it.
    case external
    /// The citation names neither a number nor a title.
    case none
}
