/// What OCR read on one page.
public struct OCRPage: Sendable, Equatable {
    /// The recognised text in reading order, lines separated by "\n": cells that sit side by
    /// side (the header table, the signature table) come one after the other, as a PDF's
    /// text layer gives them.
    public var text: String
    /// Tesseract's mean word confidence, from 0 (none) to 1 (certain); 0 when no word was found.
    public var meanConfidence: Double
    /// The lines in reading order, with the place of every word on the page as if it had been
    /// scanned straight (turned back by `skew`).
    public var lines: [OCRLine]
    /// How far the scan was turned, in degrees counter-clockwise (its lines rose to the right);
    /// from 0.1° to 10° it is turned back before it is read.
    public var skew: Double

    public init(text: String, meanConfidence: Double, lines: [OCRLine] = [], skew: Double = 0) {
        self.text = text
        self.meanConfidence = meanConfidence
        self.lines = lines
        self.skew = skew
    }
}
