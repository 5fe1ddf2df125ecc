/// Small builders for WordprocessingML markup.
enum WordXML {
    static let namespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Run properties: bold, italic, underline, size in half-points.
    struct Style: Equatable {
        var bold = false
        var italic = false
        var underline = false
        var size: Int?

        var xml: String {
            var s = ""
            if bold { s += "<w:b/>" }
            if italic { s += "<w:i/>" }
            if underline { s += #"<w:u w:val="single"/>"# }
            if let size { s += #"<w:sz w:val="\#(size)"/><w:szCs w:val="\#(size)"/>"# }
            return s.isEmpty ? "" : "<w:rPr>\(s)</w:rPr>"
        }
    }

    static func run(_ text: String, _ style: Style = Style()) -> String {
        "<w:r>\(style.xml)<w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
    }

    /// Paragraph properties.
    static func pPr(center: Bool = false, justify: Bool = false, firstLine: Int? = nil, left: Int? = nil,
                    after: Int = 0, style: String? = nil, numbered: Bool = false) -> String {
        var s = ""
        if let style { s += #"<w:pStyle w:val="\#(style)"/>"# }
        if numbered { s += #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"# }
        s += #"<w:spacing w:before="0" w:after="\#(after)"/>"#
        if firstLine != nil || left != nil {
            s += "<w:ind" + (left.map { #" w:left="\#($0)""# } ?? "") + (firstLine.map { #" w:firstLine="\#($0)""# } ?? "") + "/>"
        }
        if center { s += #"<w:jc w:val="center"/>"# } else if justify { s += #"<w:jc w:val="both"/>"# }
        return "<w:pPr>\(s)</w:pPr>"
    }

    static func paragraph(_ text: String, _ style: Style = Style(), center: Bool = false, after: Int = 0) -> String {
        "<w:p>\(pPr(center: center, after: after))\(text.isEmpty ? "" : run(text, style))</w:p>"
    }

    /// A borderless table of two cells, each a list of paragraphs.
    static func twoColumns(left: [String], right: [String], widths: (Int, Int)) -> String {
        let none = ["top", "left", "bottom", "right", "insideH", "insideV"].map { #"<w:\#($0) w:val="nil"/>"# }.joined()
        func cell(_ paragraphs: [String], _ width: Int) -> String {
            #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/></w:tcPr>"# + (paragraphs.isEmpty ? "<w:p/>" : paragraphs.joined()) + "</w:tc>"
        }
        return #"<w:tbl><w:tblPr><w:tblW w:w="\#(widths.0 + widths.1)" w:type="dxa"/><w:tblBorders>\#(none)</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>"#
            + #"<w:tblGrid><w:gridCol w:w="\#(widths.0)"/><w:gridCol w:w="\#(widths.1)"/></w:tblGrid>"#
            + "<w:tr>\(cell(left, widths.0))\(cell(right, widths.1))</w:tr></w:tbl>"
    }
}
