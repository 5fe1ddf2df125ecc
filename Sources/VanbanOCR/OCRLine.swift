/// A rectangle on the page, in points (1/72 inch) from the top-left corner.
public struct OCRBox: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }

    /// The smallest box holding both.
    func union(_ other: OCRBox) -> OCRBox {
        let (left, top) = (min(x, other.x), min(y, other.y))
        return OCRBox(x: left, y: top, width: max(maxX, other.maxX) - left, height: max(maxY, other.maxY) - top)
    }
}

/// One recognised word and where it is.
public struct OCRWord: Sendable, Equatable {
    public var text: String
    public var box: OCRBox
    /// From 0 to 1.
    public var confidence: Double

    public init(text: String, box: OCRBox, confidence: Double) {
        self.text = text
        self.box = box
        self.confidence = confidence
    }
}

/// One line of text as Tesseract found it: its words left to right. A line may run across
/// two table cells that sit side by side (`OCRLayout` splits it).
public struct OCRLine: Sendable, Equatable {
    public var words: [OCRWord]
    /// Whether Tesseract starts a new paragraph with this line.
    public var startsParagraph: Bool

    public init(words: [OCRWord], startsParagraph: Bool) {
        self.words = words
        self.startsParagraph = startsParagraph
    }

    public var box: OCRBox { words.dropFirst().reduce(words[0].box) { $0.union($1.box) } }
    public var text: String { words.map(\.text).joined(separator: " ") }
}
