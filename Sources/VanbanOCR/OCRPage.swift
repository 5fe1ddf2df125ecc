/// What OCR read on one page.
public struct OCRPage: Sendable, Equatable {
    /// The recognised text in reading order, lines separated by "\n": cells that sit side by
    /// side (the header table, the signature table) come one after the other, as a PDF's
    /// text layer gives them.
    public var text: String
    /// Tesseract's mean word confidence, from 0 (none) to 1 (certain); 0 when no word was found.
    public var meanConfidence: Double
    /// The lines as Tesseract found them, with the place of every word.
    public var lines: [OCRLine]

    public init(text: String, meanConfidence: Double, lines: [OCRLine] = []) {
        self.text = text
        self.meanConfidence = meanConfidence
        self.lines = lines
    }
}
