import VanbanRules
import VanbanStore

/// A document number read for matching: its folded key ("01/ct-ubnd"), sequence ("01"),
/// folded symbol ("ct-ubnd"), the year printed in it ("30/2020/NĐ-CP") and the type its
/// symbol names.
struct NumberParts: Sendable, Equatable {
    let key: String
    let seq: String?
    let symbolKey: String?
    let year: Int?
    let type: String?

    init(_ raw: String) {
        key = SearchKey.number(raw)
        if let parsed = DocumentNumberParser.parse(raw) {
            seq = parsed.seq.map(NumberParts.trimmedSequence)
            symbolKey = parsed.symbol.map(SearchKey.number)
            year = parsed.year
            type = DocumentNumberParser.type(of: parsed)?.slug
        } else {
            seq = nil
            symbolKey = nil
            year = nil
            type = nil
        }
    }

    /// Parts read before and kept in `graph_documents`.
    init(key: String, seq: String?, symbolKey: String?, year: Int?, type: String?) {
        self.key = key
        self.seq = seq
        self.symbolKey = symbolKey
        self.year = year
        self.type = type
    }

    /// "01" and "1" are the same sequence.
    private static func trimmedSequence(_ seq: String) -> String {
        let trimmed = seq.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }
}
