import VanbanGraph

/// `vanban check` findings as a table for a terminal, with a count per kind below it.
enum FindingTable {
    static func render(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "No findings.\n" }
        let table = TextTable(columns: ["kind", "document", "detail", "letters"], maxWidth: 60)
        for finding in findings {
            let letters = finding.citations.map(\.reference)
            let shown = letters.prefix(6).joined(separator: " ") + (letters.count > 6 ? " +\(letters.count - 6) more" : "")
            table.add([finding.kind.rawValue, finding.subject, finding.detail, shown])
        }
        var counts: [Finding.Kind: Int] = [:]
        for finding in findings { counts[finding.kind, default: 0] += 1 }
        let summary = counts.keys.sorted().map { "\(counts[$0]!) \($0.rawValue)" }.joined(separator: ", ")
        return table.render() + "\n\(findings.count) finding\(findings.count == 1 ? "" : "s"): \(summary)\n"
    }
}
