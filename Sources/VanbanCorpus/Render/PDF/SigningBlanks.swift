/// Where a letter printed for signing left its number and its day blank ("Số:      /KH-UBND",
/// "ngày      tháng 9 năm 2024"), as agencies print them: the signing software types them in later,
/// each in a signature widget's appearance over the blank. Rectangles are in PDF user space
/// (points, origin bottom left) on the first page.
public struct SigningBlanks: Sendable, Equatable {
    public struct Blank: Sendable, Equatable {
        /// What belongs in the blank: "156", "25".
        public let text: String
        public let x1: Double
        public let y1: Double
        public let x2: Double
        public let y2: Double
        /// The baseline of the printed line, and its font size.
        public let baseline: Double
        public let size: Double
    }

    public var number: Blank?
    public var day: Blank?

    public init(number: Blank? = nil, day: Blank? = nil) {
        self.number = number
        self.day = day
    }
}
