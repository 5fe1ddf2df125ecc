/// Box 5a: the type name on a line of its own ("KẾ HOẠCH", "QUYẾT ĐỊNH") and the subject
/// (trích yếu) under it, possibly over several lines.
enum TitleBlock {
    struct Hit {
        let typeSlug: String
        let line: Int
        let subject: String?
    }

    static func find(in lines: TextLines, zone: HeaderZone) -> Hit? {
        let limit = min(max(zone.end, 1) + 1, lines.count)
        for i in 0..<limit {
            let line = lines[i]
            guard !line.isEmpty, line.unicodeScalars.count <= 40, let type = DocumentTypes.type(forKey: lines.keys[i]) else { continue }
            let subject = SubjectBlock.lines(after: i, in: lines)
            return Hit(typeSlug: type.slug, line: i, subject: subject)
        }
        return nil
    }
}
