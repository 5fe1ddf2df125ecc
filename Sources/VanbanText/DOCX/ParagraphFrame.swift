/// A paragraph being read: its text so far, its numbering, and the lines of any text box
/// anchored in it (written after the paragraph, never inside it).
struct ParagraphFrame {
    /// The paragraph's text as read: runs, tabs and breaks.
    var line: [UInt8] = []
    /// What `w:pPr` says about its numbering.
    var numbering = ListLabeler.Request()
    /// The rendered list label, once the paragraph properties are known.
    var label: String?
    /// A deleted paragraph mark: the text joins the next paragraph.
    var markDeleted = false
    /// Lines of text boxes anchored in this paragraph.
    var anchored = LineSink()

    /// `line` with spaces and tabs trimmed around each line break and at both ends, and
    /// leading or trailing breaks dropped.
    static func trimmed(_ line: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(line.count)
        for segment in line.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let start = segment.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? segment.endIndex
            let end = segment.lastIndex { $0 != 0x20 && $0 != 0x09 }.map { $0 + 1 } ?? start
            if !result.isEmpty || start < end {
                result.append(0x0A)
                result.append(contentsOf: segment[start..<max(start, end)])
            }
        }
        if !result.isEmpty { result.removeFirst() }
        while result.last == 0x0A { result.removeLast() }
        return result
    }
}
