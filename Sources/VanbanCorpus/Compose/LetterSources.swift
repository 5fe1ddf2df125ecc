/// The documents a letter will cite, chosen by the generator from the archive so far and
/// from the outside tables.
struct LetterSources: Sendable {
    /// Earlier letters of the archive this one carries out or rests on.
    var implemented: [CitedDocument] = []
    /// Earlier letters it only mentions (what a report lists, what a decision replaces).
    var related: [CitedDocument] = []
    /// A tờ trình this decision answers ("Theo đề nghị ... tại Tờ trình số ...").
    var proposal: CitedDocument?
    /// Central and Party documents.
    var central: [CitedDocument] = []
    /// Laws, cited by name.
    var laws: [CitedDocument] = []
    /// Provincial documents outside the archive (HĐND resolutions, organisation decisions).
    var provincial: [CitedDocument] = []

    /// What the letter carries out first: archive letters, else provincial or central ones.
    var leading: [CitedDocument] {
        if !implemented.isEmpty { return implemented }
        if !provincial.isEmpty { return Array(provincial.prefix(1)) }
        return Array(central.prefix(1))
    }
}
