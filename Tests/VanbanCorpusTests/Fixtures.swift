import VanbanCorpus

/// Corpora the tests share, generated once.
enum Fixtures {
    /// A mixed archive with every letter carrying DOCX traps.
    static let trapped = CorpusGenerator(options: CorpusOptions(count: 60, seed: 11, trapRate: 1)).letters()
    /// A larger mixed archive for archive-wide properties.
    static let archive = CorpusGenerator(options: CorpusOptions(count: 400, seed: 2024)).letters()

    /// Text with runs of white space made single spaces (a DOCX break or a PDF line end is white space too).
    static func squeezed(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
