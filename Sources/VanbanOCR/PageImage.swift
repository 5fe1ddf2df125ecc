/// A rendered page: 8-bit grey pixels (0 black, 255 white), row by row, `width` bytes a row.
public struct PageImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Pixels per inch of the page as printed.
    public let dpi: Double
    public var pixels: [UInt8]

    /// - Throws: `OCRError.invalidSetting` when the sizes do not match the pixels.
    public init(width: Int, height: Int, dpi: Double, pixels: [UInt8]) throws(OCRError) {
        guard width > 0, height > 0, dpi.isFinite, dpi > 0 else {
            throw OCRError.invalidSetting("an image needs a positive size and resolution (\(width)×\(height) at \(dpi) dpi)")
        }
        guard width.multipliedReportingOverflow(by: height) == (pixels.count, false) else {
            throw OCRError.invalidSetting("\(pixels.count) pixels do not fill \(width)×\(height)")
        }
        self.width = width
        self.height = height
        self.dpi = dpi
        self.pixels = pixels
    }
}
