import VanbanRecord

/// The record (RECORD.md) a correct extractor gives for a letter: what the generator wrote,
/// field by field. Mention offsets count in the letter's plain text (`PlainTextRenderer`).
public struct GoldRecordBuilder: Sendable {
    public let seed: UInt64

    public init(seed: UInt64) {
        self.seed = seed
    }

    public func record(for letter: Letter, text: PlainTextRenderer.Output, file: String, path: String,
                       format: String, pages: Int?, bytes: Int?) -> Record {
        let citations = letter.citations.map { c -> Citation in
            let dated = c.places.contains { $0.text.contains("ngày") }
            return Citation(
                type: c.document.kind.slug, number: c.document.number, title: c.document.title,
                date: dated ? c.document.date?.iso : nil, issuer: c.issuer, subject: c.subject, relation: c.relation,
                mentions: c.places.map { Mention(offset: text.blockOffsets[$0.block] + $0.offset, text: $0.text) })
        }
        let s = letter.signature
        let generator: JSONValue = .object([
            ("seed", .string(String(seed))),
            ("index", .number(Double(letter.index))),
            ("topic", .string(letter.topic)),
            ("issuerLevel", .string(letter.issuer.level.rawValue)),
            ("traps", .array(letter.traps.names.map(JSONValue.string))),
            ("cites", .array(letter.citations.compactMap { $0.document.letterIndex }.map { .number(Double($0)) })),
        ])
        return Record(
            source: Source(file: file, path: path, sha256: nil, format: format, pages: pages, bytes: bytes),
            type: letter.kind.slug, number: letter.number, date: letter.date.iso, place: letter.issuer.place,
            subject: letter.subject, issuer: Issuer(name: letter.issuer.name, parent: letter.issuer.parent),
            signer: Signer(name: s.name, position: s.position, authority: s.authority, principal: s.principal),
            addressees: letter.addressees, distribution: letter.distribution.map(\.name), citations: citations,
            targets: letter.targets, signature: nil, extra: [("generator", generator)])
    }
}
