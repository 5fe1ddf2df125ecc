/// Builds one body paragraph while recording where it mentions other documents.
struct ParagraphBuilder {
    struct PendingMention {
        let offset: Int
        let length: Int
        let document: CitedDocument
        let relation: String
        let issuer: String?
        let subject: String?
        let text: String
    }

    private(set) var text = ""
    private(set) var length = 0
    private(set) var mentions: [PendingMention] = []

    init(_ start: String = "") {
        append(start)
    }

    mutating func append(_ s: String) {
        text += s
        length += s.unicodeScalars.count
    }

    /// Appends `surface` as a mention of `document`.
    mutating func mention(_ surface: String, of document: CitedDocument, relation: String, issuer: String?, subject: String?) {
        mentions.append(PendingMention(offset: length, length: surface.unicodeScalars.count, document: document,
                                       relation: relation, issuer: issuer, subject: subject, text: surface))
        append(surface)
    }

    var isEmpty: Bool { text.isEmpty }
}
