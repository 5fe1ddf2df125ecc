/// What OCR read on one page.
public struct OCRPage: Sendable, Equatable {
    /// The recognised text, lines separated by "\n", paragraphs by a blank line.
    public var text: String
    /// Tesseract's mean word confidence, from 0 (none) to 1 (certain); 0 when no word was found.
    public var meanConfidence: Double

    public init(text: String, meanConfidence: Double) {
        self.text = text
        self.meanConfidence = meanConfidence
    }
}
