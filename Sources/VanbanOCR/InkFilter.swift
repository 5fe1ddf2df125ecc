/// How a colour page becomes the grey page Tesseract reads. Office scans are colour: the red
/// seal over the signer's block, the red "CÔNG VĂN ĐẾN" receive stamp and blue ballpoint
/// notes sit on the printed black text, and in plain luma a red seal is as dark as ink
/// (pure red is grey 77), so Tesseract reads the seal's ring into the signer's title. With
/// `dropsColouredInk`, a pixel whose colour is strong (chroma, max − min of its channels, past
/// `chroma.upperBound`) is paper; one with little colour (up to `chroma.lowerBound`) is read
/// as its luma, so black and blue-black print stay; in between the two are blended. Black
/// text printed over a seal stays black: it has no colour.
public struct InkFilter: Sendable, Equatable {
    /// Whether strongly coloured ink (seals, stamps, ballpoint) is turned to paper.
    public var dropsColouredInk: Bool
    /// Chroma (0–255) up to which a pixel is kept as it is, and from which it is dropped.
    public var chroma: ClosedRange<Int>

    public init(dropsColouredInk: Bool, chroma: ClosedRange<Int> = 40...80) {
        self.dropsColouredInk = dropsColouredInk
        self.chroma = chroma
    }

    /// Plain luma: what a grey scanner would see.
    public static let keepAll = InkFilter(dropsColouredInk: false)
    /// Seals, stamps and ballpoint ink removed: the printed text as it was before them.
    public static let dropColoured = InkFilter(dropsColouredInk: true)

    /// The grey level (0 black, 255 white) of the pixel `red`, `green`, `blue`.
    @inline(__always)
    public func grey(red: UInt32, green: UInt32, blue: UInt32) -> UInt8 {
        let luma = (red * 77 + green * 150 + blue * 29) >> 8
        guard dropsColouredInk else { return UInt8(luma) }
        let high = max(red, green, blue), low = min(red, green, blue)
        let pixelChroma = Int(high - low)
        guard pixelChroma > chroma.lowerBound else { return UInt8(luma) }
        // The coloured ink's own lightness pushed to paper: its brightest channel plus its colour.
        let paper = min(255, Int(high) + pixelChroma)
        guard pixelChroma < chroma.upperBound else { return UInt8(paper) }
        let span = chroma.upperBound - chroma.lowerBound
        let weight = pixelChroma - chroma.lowerBound
        return UInt8((Int(luma) * (span - weight) + paper * weight) / span)
    }
}
