/// The XML namespaces a DOCX reader tells apart; transitional and strict OOXML count as one.
enum OfficeNamespace: Sendable {
    case wordprocessing
    case markupCompatibility
    case math
    case other

    init(uri: String) {
        switch uri {
        case "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
             "http://purl.oclc.org/ooxml/wordprocessingml/main":
            self = .wordprocessing
        case "http://schemas.openxmlformats.org/markup-compatibility/2006":
            self = .markupCompatibility
        case "http://schemas.openxmlformats.org/officeDocument/2006/math",
             "http://purl.oclc.org/ooxml/officeDocument/math":
            self = .math
        default:
            self = .other
        }
    }
}
