import Foundation
import VanbanRecord
import VanbanRules
import VanbanStore

/// One archived document laid out for people: every field of its record (a dash for what is
/// unknown), its citations (with the archived document each one names), its targets, and the
/// archived documents that cite it.
struct DocumentSheet {
    let file: StoredFile
    let record: Record
    /// Archived documents this one cites.
    let cited: [StoredFile]
    /// Archived documents that cite this one.
    let citing: [StoredFile]
    /// The document's files (renditions), the one whose record is shown first.
    var renditions: [StoredFile] = []

    func render() -> String {
        var out = "#\(file.id)  " + title + "\n"
        func field(_ name: String, _ value: String?) {
            out += "  " + name.padding(toLength: 13, withPad: " ", startingAt: 0) + (value ?? "—") + "\n"
        }
        field("type", record.type.map { slug in DocumentTypes.bySlug[slug].map { "\(slug) (\($0.name))" } ?? slug })
        field("number", record.number?.raw)
        field("date", record.date)
        field("place", record.place)
        field("issuer", record.issuer?.name)
        field("parent", record.issuer?.parent)
        field("subject", record.subject)
        field("signer", signer)
        field("signature", signature)
        field("file", record.source.path + " (" + sourceDetails + ")")
        field("sha256", record.source.sha256)
        field("imported", file.importedAt)
        if renditions.count > 1 {
            out += "Files (\(renditions.count): one document; the fields are the first's)\n"
            for other in renditions {
                out += "  #\(other.id)  \(other.format ?? "?")  \(other.path)\n"
            }
        }
        out += list("Addressees", record.addressees)
        out += list("Distribution", record.distribution)
        out += list("Warnings", record.warnings)
        out += citations
        out += targets
        if !citing.isEmpty {
            out += "Cited by (\(citing.count))\n"
            for other in citing { out += "  " + DocumentSheet.line(other) + "\n" }
        }
        return out
    }

    private var title: String {
        let name = record.type.flatMap { DocumentTypes.bySlug[$0]?.name } ?? "Văn bản"
        return [name, record.number?.raw, record.date].compactMap { $0 }.joined(separator: " ")
    }

    private var signer: String? {
        guard let s = record.signer else { return nil }
        let name = [s.name, s.position].compactMap { $0 }.joined(separator: ", ")
        let forWhom = [s.authority.map { $0 + "." }, s.principal].compactMap { $0 }.joined(separator: " ")
        return forWhom.isEmpty ? name : name + " (" + forWhom + ")"
    }

    private var signature: String? {
        guard let s = record.signature else { return nil }
        return [s.signer, s.email, s.signedAt, s.authority].compactMap { $0 }.joined(separator: ", ")
    }

    private var sourceDetails: String {
        var parts = [record.source.format ?? "unknown format"]
        if let pages = record.source.pages { parts.append("\(pages) page\(pages == 1 ? "" : "s")") }
        if let bytes = record.source.bytes { parts.append("\(bytes) bytes") }
        return parts.joined(separator: ", ")
    }

    private var citations: String {
        guard !record.citations.isEmpty else { return "" }
        var byNumber: [String: StoredFile] = [:]
        for other in cited {
            if let raw = try? other.record().number?.raw { byNumber[SearchKey.number(raw)] = other }
        }
        var out = "Citations (\(record.citations.count))\n"
        for (i, c) in record.citations.enumerated() {
            let name = c.type.flatMap { DocumentTypes.bySlug[$0]?.name }
            var head = [name, c.number ?? c.title].compactMap { $0 }.joined(separator: " ")
            if let date = c.date { head += ", " + date }
            if let issuer = c.issuer { head += ", " + issuer }
            if let found = c.number.flatMap({ byNumber[SearchKey.number($0)] }) { head += "  → #\(found.id)" }
            out += "  \(i + 1). " + c.relation.padding(toLength: 11, withPad: " ", startingAt: 0) + head + "\n"
            if let subject = c.subject { out += "     " + subject + "\n" }
            for m in c.mentions { out += "     at \(m.offset): \(m.text)\n" }
        }
        return out
    }

    private var targets: String {
        guard !record.targets.isEmpty else { return "" }
        var out = "Targets (\(record.targets.count))\n"
        for t in record.targets {
            let parts = [t.metric, t.comparison, t.value.map { String(format: "%g", $0) }, t.unit].compactMap { $0 }
            out += "  - " + t.text + (parts.isEmpty ? "" : "  [" + parts.joined(separator: " ") + "]") + "\n"
        }
        return out
    }

    private func list(_ name: String, _ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        return "\(name) (\(items.count))\n" + items.map { "  - " + $0 + "\n" }.joined()
    }

    /// One archived document on one line: id, date, type, number, subject.
    static func line(_ file: StoredFile) -> String {
        guard let r = try? file.record() else { return "#\(file.id)  \(file.path)" }
        return ["#\(file.id)", r.date, r.type, r.number?.raw, r.subject ?? r.source.file].compactMap { $0 }
            .joined(separator: "  ")
    }
}
