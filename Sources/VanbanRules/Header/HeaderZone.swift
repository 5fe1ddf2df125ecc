/// Where the header ends: the first line of the body (a "Kính gửi" line, a paragraph-length
/// line, or a line opening like a body paragraph), looking no further than `maxLines`.
struct HeaderZone {
    static let maxLines = 80
    /// Lines `0..<end` hold the header.
    let end: Int

    init(_ lines: TextLines) {
        let limit = min(HeaderZone.maxLines, lines.count)
        var end = limit
        var previousWasTitle = false
        for i in 0..<limit {
            let line = lines[i]
            if line.isEmpty { continue }
            let key = lines.keys[i]
            // A paragraph-length line is the body, unless it is a long "V/v" subject.
            let regarding = key.startsWith("v/v") || key.startsWith("về việc")
            if HeaderVocabulary.opensWith(key, label: .addressees) || line.unicodeScalars.count > 160 && !regarding {
                end = i
                break
            }
            if !previousWasTitle, line.first?.isUppercase == true,
               HeaderZone.bodyLeads.contains(where: { key.startsWith($0) }),
               // "Ngày ký 13.11.2025": a signing stamp's time above the header, read off a scan.
               !PlaceDateLine.looksLikeDateLine(key), !key.startsWith("ngày ký") {
                end = i
                break
            }
            previousWasTitle = DocumentTypes.type(forKey: key) != nil
        }
        self.end = end
    }

    /// `HeaderVocabulary.bodyLeads`, each followed by its space.
    private static let bodyLeads = HeaderVocabulary.bodyLeads.map { $0 + " " }
}
