import Foundation

/// Renders a letter to PDF with cairo: A4, DejaVu Serif, the header and the signature as two
/// columns, the body wrapped by measured width and justified, pages numbered from the second.
public struct PDFRenderer: Sendable {
    public struct Output: Sendable {
        public let data: Data
        public let pages: Int
        /// Where the number and the day were left blank, when `leavesBlanks`.
        public var blanks = SigningBlanks()
    }

    /// Print the letter as it goes to signing: the number's digits and the day left blank.
    public var leavesBlanks: Bool

    public init(leavesBlanks: Bool = false) {
        self.leavesBlanks = leavesBlanks
    }

    public func render(_ letter: Letter) throws -> Output {
        let canvas = try PDFCanvas(created: "\(letter.date.iso)T08:00:00+07:00", title: letter.subject)
        let blanks = header(letter, canvas)
        canvas.y += 10
        if let title = letter.kind.title {
            canvas.paragraph(PDFCanvas.words(title, .bold), size: 14, align: .center, after: 0)
            canvas.paragraph(PDFCanvas.words(letter.subjectLine, .bold), size: 13, align: .center, after: 6)
        }
        if let authority = letter.authorityLine {
            canvas.paragraph(PDFCanvas.words(authority, .bold), size: 13, align: .center, after: 6)
        }
        for (i, line) in LetterLayout.addressLines(letter).enumerated() {
            let single = letter.addresseesInline || letter.addressees.count == 1
            canvas.paragraph(PDFCanvas.words(line, .regular), size: 13, align: single || i == 0 ? .center : .left,
                             leftIndent: single || i == 0 ? 0 : 110, after: 2)
        }
        canvas.y += 4
        for block in letter.blocks { body(block, canvas) }
        signature(letter, canvas)
        var output = Output(data: try canvas.finish(), pages: canvas.pages)
        output.blanks = blanks
        return output
    }

    private func body(_ block: LetterBlock, _ canvas: PDFCanvas) {
        switch block.role {
        case .centered:
            canvas.paragraph(PDFCanvas.words(block.text, .bold), size: 13, align: .center, after: 4)
        case .heading, .subheading:
            canvas.paragraph(PDFCanvas.words(block.text, .bold), size: 13, align: .justify, firstIndent: 28, after: 4)
        default:
            let leadCount = PDFCanvas.words(block.lead, .bold).count
            let words = PDFCanvas.words(block.text, .regular).enumerated().map { i, w in
                i < leadCount ? (w.text, PDFCanvas.Face.bold) : w
            }
            canvas.paragraph(words, size: 13, align: .justify, firstIndent: 28, after: 4)
        }
    }

    /// Two columns: parent, issuer, number (and "V/v") on the left; motto and place-date on the right.
    private func header(_ letter: Letter, _ canvas: PDFCanvas) -> SigningBlanks {
        var blanks = SigningBlanks()
        let leftX = 50.0, leftWidth = 215.0
        let rightX = 268.0, rightWidth = PDFCanvas.pageWidth - PDFCanvas.right - rightX + 6
        let top = canvas.y
        var leftY = top
        let parentCount = letter.issuer.parentHeaderLines.count
        let issuerEnd = parentCount + letter.issuer.headerLines.count
        for (i, line) in LetterLayout.leftHeader(letter).enumerated() {
            let face: PDFCanvas.Face = i >= parentCount && i < issuerEnd ? .bold : .regular
            let wrapOK = line == letter.subjectLine
            let size = wrapOK ? 11.0 : canvas.fit(line, face, 12, width: leftWidth)
            if leavesBlanks, line == letter.numberLine, let seq = Self.numberDigits(line) {
                leftY = column(line, x: leftX, width: leftWidth, y: leftY, face: face, size: size, canvas,
                               blank: (seq.word, seq.digits, 14), filled: &blanks.number)
            } else {
                leftY = column(line, x: leftX, width: leftWidth, y: leftY, face: face, size: size, canvas)
            }
            if i == issuerEnd - 1, !letter.issuer.isParty {
                canvas.rule(from: leftX + leftWidth * 0.35, to: leftX + leftWidth * 0.65, at: leftY + 3)
                leftY += 4
            }
        }
        var rightY = top
        let motto = LetterLayout.motto(letter)
        for (i, line) in motto.enumerated() {
            let size = canvas.fit(line, .bold, i == 0 ? 12 : 13, width: rightWidth)
            rightY = column(line, x: rightX, width: rightWidth, y: rightY, face: .bold, size: size, canvas)
            if i == motto.count - 1 {
                let w = canvas.width(line, .bold, size)
                canvas.rule(from: rightX + (rightWidth - w) / 2, to: rightX + (rightWidth + w) / 2, at: rightY + 3)
                rightY += 8
            }
        }
        let dateSize = canvas.fit(letter.dateLine, .italic, 13, width: rightWidth)
        if leavesBlanks, let day = Self.dayWord(letter.dateLine) {
            rightY = column(letter.dateLine, x: rightX, width: rightWidth, y: rightY + 6, face: .italic, size: dateSize, canvas,
                            blank: (day.word, day.digits, 8), filled: &blanks.day)
        } else {
            rightY = column(letter.dateLine, x: rightX, width: rightWidth, y: rightY + 6, face: .italic, size: dateSize, canvas)
        }
        canvas.y = max(leftY, rightY) + 6
        return blanks
    }

    /// The word of "Số: 156/KH-UBND" that starts with the number's digits, and those digits.
    static func numberDigits(_ line: String) -> (word: Int, digits: String)? {
        for (i, word) in line.split(separator: " ").enumerated() where i > 0 {
            let digits = word.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty { return (i, String(digits)) }
        }
        return nil
    }

    /// The word after "ngày" in "Hà Nội, ngày 25 tháng 9 năm 2024", when it is the day's digits.
    static func dayWord(_ line: String) -> (word: Int, digits: String)? {
        let words = line.split(separator: " ")
        guard let at = words.firstIndex(of: "ngày"), at + 1 < words.count,
              words[at + 1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return (at + 1, String(words[at + 1]))
    }

    /// `column` leaving the leading `blank.digits` of word `blank.word` unprinted, in a blank `blank.extra`
    /// points wider than they are; `filled` gets the blank's place.
    private func column(_ text: String, x: Double, width: Double, y: Double, face: PDFCanvas.Face, size: Double,
                        _ canvas: PDFCanvas, blank: (word: Int, digits: String, extra: Double),
                        filled: inout SigningBlanks.Blank?) -> Double {
        var yy = y
        var index = 0
        let blankWidth = canvas.width(blank.digits, face, size) + blank.extra
        let space = canvas.width(" ", .regular, size)
        for line in canvas.wrap(PDFCanvas.words(text, face), size: size, width: width, firstIndent: 0) {
            yy += size * 1.25
            let widths = line.enumerated().map { k, word in
                index + k == blank.word
                    ? canvas.width(String(word.text.dropFirst(blank.digits.count)), word.face, size) + blankWidth
                    : canvas.width(word.text, word.face, size)
            }
            var cursor = x + (width - widths.reduce(0, +) - space * Double(line.count - 1)) / 2
            for (k, word) in line.enumerated() {
                if index + k == blank.word {
                    canvas.draw(String(word.text.dropFirst(blank.digits.count)), x: cursor + blankWidth, baseline: yy, word.face, size)
                    let base = PDFCanvas.pageHeight - yy
                    filled = SigningBlanks.Blank(text: blank.digits, x1: cursor, y1: base - 0.3 * size, x2: cursor + blankWidth,
                                                 y2: base + 0.95 * size, baseline: base, size: size)
                } else {
                    canvas.draw(word.text, x: cursor, baseline: yy, word.face, size)
                }
                cursor += widths[k] + space
            }
            index += line.count
        }
        return yy
    }

    /// Centred, wrapped lines in a column from `y`; returns the new `y`.
    private func column(_ text: String, x: Double, width: Double, y: Double, face: PDFCanvas.Face, size: Double,
                        _ canvas: PDFCanvas) -> Double {
        var yy = y
        for line in canvas.wrap(PDFCanvas.words(text, face), size: size, width: width, firstIndent: 0) {
            yy += size * 1.25
            let saved = canvas.y
            canvas.y = yy
            canvas.drawLine(line, x: x, width: width, size: size, align: .center, last: true)
            canvas.y = saved
        }
        return yy
    }

    /// "Nơi nhận" on the left, authority, position and name on the right, kept on one page.
    private func signature(_ letter: Letter, _ canvas: PDFCanvas) {
        let notes = LetterLayout.distributionLines(letter)
        let height = max(Double(notes.count + 1) * 13.5, Double(letter.signature.lines.count) * 17 + 80) + 16
        canvas.ensure(height)
        canvas.y += 10
        let top = canvas.y
        let leftWidth = 230.0
        var leftY = top + 12
        canvas.draw("Nơi nhận:", x: PDFCanvas.left, baseline: leftY, .boldItalic, 12)
        for note in notes {
            for line in canvas.wrap(PDFCanvas.words(note, .regular), size: 11, width: leftWidth, firstIndent: 0) {
                leftY += 13.5
                let saved = canvas.y
                canvas.y = leftY
                canvas.drawLine(line, x: PDFCanvas.left, width: leftWidth, size: 11, align: .left, last: true)
                canvas.y = saved
            }
        }
        let rightX = PDFCanvas.left + leftWidth + 10
        let rightWidth = PDFCanvas.pageWidth - PDFCanvas.right - rightX
        var rightY = top
        for line in letter.signature.lines {
            rightY = column(line, x: rightX, width: rightWidth, y: rightY, face: .bold, size: 13, canvas)
        }
        rightY = column(letter.signature.name, x: rightX, width: rightWidth, y: rightY + 60, face: .bold, size: 13, canvas)
        canvas.y = max(leftY, rightY)
    }
}
