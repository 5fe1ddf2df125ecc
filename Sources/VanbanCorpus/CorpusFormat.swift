import Foundation

/// A file format the corpus is written in.
public enum CorpusFormat: String, Sendable, CaseIterable {
    case txt, docx, pdf

    /// Parses "txt,docx,pdf"; throws on an unknown or empty list.
    public static func parseList(_ text: String) throws -> [CorpusFormat] {
        var out: [CorpusFormat] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = CorpusFormat(rawValue: name) else {
                throw CorpusError(code: "options", message: "unknown format '\(name)' (use txt, docx, pdf)")
            }
            if !out.contains(format) { out.append(format) }
        }
        guard !out.isEmpty else { throw CorpusError(code: "options", message: "no format given") }
        return out
    }
}
