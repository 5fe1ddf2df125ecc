/// HTML made in Swift (the text with its mentions marked); the templates escape the rest.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        escape(text, into: &out)
        return out
    }

    /// Appends `text` escaped to `out`: the runs between the five characters that need it
    /// are appended whole (the register's rows are made this way; docs/performance.md).
    static func escape(_ text: String, into out: inout String) {
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let entity: String?
            switch utf8[index] {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default: entity = nil
            }
            let next = utf8.index(after: index)
            if let entity {
                out += text[start..<index]
                out += entity
                start = next
            }
            index = next
        }
        out += text[start..<utf8.endIndex]
    }

    /// A span of the text to mark: `length` Unicode scalars from `offset`, linked to `href` when given.
    struct Mark {
        var offset: Int
        var length: Int
        var href: String?
        var title: String
        var id: String
    }

    /// `text` escaped with each mark as `<mark>` (inside a link when it has one). Offsets are
    /// Unicode scalars into the text, as the record's mentions count them; marks that overlap
    /// an earlier one or fall outside the text are left out.
    static func marked(_ text: String, _ marks: [Mark]) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var position = 0
        func plain(_ upTo: Int) {
            if upTo > position {
                var piece = String.UnicodeScalarView()
                piece.append(contentsOf: scalars[position..<upTo])
                out += escape(String(piece))
                position = upTo
            }
        }
        for mark in marks.sorted(by: { $0.offset < $1.offset }) {
            guard mark.offset >= position, mark.length > 0, mark.offset + mark.length <= scalars.count else { continue }
            plain(mark.offset)
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[mark.offset..<(mark.offset + mark.length)])
            let inner = "<mark id=\"\(mark.id)\" title=\"\(escape(mark.title))\">" + escape(String(piece)) + "</mark>"
            out += mark.href.map { "<a class=\"mention\" href=\"\($0)\">" + inner + "</a>" } ?? inner
            position = mark.offset + mark.length
        }
        plain(scalars.count)
        return out
    }
}
