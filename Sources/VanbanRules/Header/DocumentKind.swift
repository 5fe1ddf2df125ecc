import VanbanRecord

/// The document's type: from its title line, else its symbol's type code, else a công văn when it
/// has a "V/v" subject or a symbol that starts with its issuer; `van-ban` when nothing tells.
enum DocumentKind {
    static func decide(title: DocumentType?, number: DocumentNumber?, hasRegardingLine: Bool) -> String {
        if let title { return title.slug }
        if let number, let type = DocumentNumberParser.type(of: number) { return type.slug }
        if hasRegardingLine || number?.symbol != nil { return "cong-van" }
        return "van-ban"
    }
}
