/// Caps that keep hostile files from costing unbounded time or memory. The defaults sit far
/// above any real official letter, report or law (the largest real DOCX part seen is a few MB
/// of XML, the longest text a few hundred thousand characters), so only hostile or broken
/// files ever meet them.
///
/// What happens at each cap:
/// - `maxFileBytes`, `maxInflatedBytes`, `maxPartBytes`, `maxPages`: the file fails with
///   `too-large` (nothing useful can be read safely).
/// - `maxTextCharacters`: reading stops there and the text read so far is kept, with a
///   warning; every format (PDF, DOCX, text) cuts at the same count, so the record is `ok`
///   with its header, citations and targets read from the first `maxTextCharacters`.
/// - `timeBudget`: checked inside the readers' long loops; past it the file fails with
///   `timeout`, except a PDF that already gave text, which keeps the pages read with a warning.
public struct ExtractionLimits: Sendable, Equatable {
    /// Largest input file read, in bytes (default 200 MiB).
    public var maxFileBytes: Int
    /// Total inflated size of the DOCX parts read, in bytes (default 128 MiB).
    public var maxInflatedBytes: Int
    /// Inflated size of any one DOCX part read (the document, a header, the notes), in bytes,
    /// checked while it inflates (default 64 MiB: a 1,000-page report is under 20 MiB of XML).
    public var maxPartBytes: Int
    /// Most PDF pages read (default 5,000).
    public var maxPages: Int
    /// Most text kept per file, in Unicode scalars, the unit of record offsets (default
    /// 4,000,000: about 2,000 dense pages). Reading stops there; see above.
    public var maxTextCharacters: Int
    /// Wall-clock budget for one document's text, in seconds (default 120).
    public var timeBudget: Double

    public init(maxFileBytes: Int = 200 << 20, maxInflatedBytes: Int = 128 << 20, maxPartBytes: Int = 64 << 20,
                maxPages: Int = 5_000, maxTextCharacters: Int = 4_000_000, timeBudget: Double = 120) {
        self.maxFileBytes = maxFileBytes
        self.maxInflatedBytes = maxInflatedBytes
        self.maxPartBytes = maxPartBytes
        self.maxPages = maxPages
        self.maxTextCharacters = maxTextCharacters
        self.timeBudget = timeBudget
    }

    public static let standard = ExtractionLimits()

    /// The warning a text cut at `maxTextCharacters` carries.
    var textCutWarning: String {
        "the text is cut at \(maxTextCharacters) characters (the limit per file); the rest of the file is not read"
    }
}

extension ExtractionLimits: Codable {}
