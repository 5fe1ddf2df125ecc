/// A "Kính gửi:" label printed in the left cell beside the date line: text layers and OCR alike
/// give the left column first, so the label comes before the motto and the date line that
/// stand beside it, and would end the header there. It goes back after the date line, before
/// its recipients.
extension TextLines {
    func movingAddressLabel() -> TextLines {
        let limit = Swift.min(40, lines.count)
        guard let label = (0..<limit).first(where: { lines[$0].utf8.count <= 16 && keys[$0].startsWith("kính gửi") }),
              let motto = nextNonBlank(from: label + 1, limit: limit),
              HeaderVocabulary.isMotto(keys[motto], before: nil, after: nil) else { return self }
        var following: [Int] = []
        var i = motto
        while following.count < 3, let next = nextNonBlank(from: i + 1, limit: limit) {
            following.append(next)
            i = next
        }
        guard let dateLine = following.first(where: { PlaceDateLine.looksLikeDateLine(keys[$0]) }) else { return self }
        var reordered = lines
        let moved = reordered.remove(at: label)
        reordered.insert(moved, at: dateLine)
        return TextLines(lines: reordered)
    }
}
