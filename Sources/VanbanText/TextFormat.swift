/// The container formats vanban reads.
public enum TextFormat: String, Sendable, CaseIterable {
    case pdf, docx, doc, txt
}
