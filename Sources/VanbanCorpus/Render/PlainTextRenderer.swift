/// The letter as plain text, in reading order: left header column, right header column, title,
/// "Kính gửi", body, "Nơi nhận", signature. This text is what gold mention offsets count in.
public struct PlainTextRenderer: Sendable {
    public struct Output: Sendable {
        public let text: String
        /// Offset (Unicode scalars) of each body block in `text`.
        public let blockOffsets: [Int]
    }

    public init() {}

    public func render(_ letter: Letter) -> Output {
        var text = ""
        var length = 0
        func line(_ s: String = "") {
            text += s + "\n"
            length += s.unicodeScalars.count + 1
        }
        LetterLayout.leftHeader(letter).forEach { line($0) }
        line()
        LetterLayout.motto(letter).forEach { line($0) }
        line(letter.dateLine)
        line()
        if let title = letter.kind.title {
            line(title)
            line(letter.subjectLine)
        }
        if let authority = letter.authorityLine { line(authority) }
        let address = LetterLayout.addressLines(letter)
        if !address.isEmpty {
            line()
            address.forEach { line($0) }
        }
        line()
        var offsets: [Int] = []
        for block in letter.blocks {
            offsets.append(length)
            line(block.text)
        }
        line()
        line("Nơi nhận:")
        LetterLayout.distributionLines(letter).forEach { line($0) }
        line()
        letter.signature.lines.forEach { line($0) }
        line()
        line(letter.signature.name)
        return Output(text: text, blockOffsets: offsets)
    }
}
