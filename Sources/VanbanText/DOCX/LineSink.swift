/// Collects finished paragraphs as UTF-8 lines joined by "\n". A block boundary (an empty
/// paragraph, a table cell's edge) becomes at most one blank line, never at the start or end.
struct LineSink {
    private(set) var bytes: [UInt8] = []
    private var blankPending = false

    var isEmpty: Bool { bytes.isEmpty }

    /// Appends `line` (non-empty, may hold "\n") after a separator.
    mutating func appendLine(_ line: some Collection<UInt8>) {
        guard !line.isEmpty else { return }
        if !bytes.isEmpty {
            bytes.append(0x0A)
            if blankPending { bytes.append(0x0A) }
        }
        blankPending = false
        bytes.append(contentsOf: line)
    }

    /// Asks for a blank line before the next line, if any line came before.
    mutating func appendBlank() {
        if !bytes.isEmpty { blankPending = true }
    }

    /// Appends the lines of `other` as one block.
    mutating func append(_ other: LineSink) {
        appendLine(other.bytes)
    }

    /// The lines as a string.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
