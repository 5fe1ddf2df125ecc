import CLibraryLoaders
import Foundation

/// Turns a PDF into what a scanner would make of its printout: every page rendered to grey
/// pixels, turned slightly and dirtied if asked, and written back as images only, with no text
/// layer. For tests and for measuring OCR on known letters.
public struct ScannedPDFMaker: Sendable {
    /// Scan resolution (office scanners: 200–300 dpi).
    public var dpi: Double
    /// Skew in degrees, counter-clockwise; pages 2, 4, ... lean the other way by half as much.
    public var rotation: Double
    public var noise: ScanNoise
    /// Most pages scanned; later pages are left out.
    public var maxPages: Int

    public init(dpi: Double = 200, rotation: Double = 0, noise: ScanNoise = ScanNoise(amount: 0), maxPages: Int = 200) {
        self.dpi = dpi
        self.rotation = rotation
        self.noise = noise
        self.maxPages = maxPages
    }

    /// The scanned version of `pdf`.
    /// - Throws: `OCRError.renderFailed` when `pdf` cannot be opened or a page cannot be drawn.
    public func scan(_ pdf: Data) throws(OCRError) -> Data {
        guard dpi.isFinite, (50...600).contains(dpi) else { throw .invalidSetting("scan dpi must be between 50 and 600") }
        guard rotation.isFinite, abs(rotation) <= 45 else { throw .invalidSetting("rotation must be within ±45°") }
        let document = try PopplerDocument(data: pdf)
        let rasterizer = PageRasterizer(dpi: dpi)
        let writer = try ScannedPDFWriter()
        for index in 0..<min(document.pageCount, maxPages) {
            var image = try document.withPage(index) { page throws(OCRError) in
                let flat = try rasterizer.renderSurface(page: page)
                defer { vanban_cairo_surface_destroy(flat.pointer) }
                let angle = index.isMultiple(of: 2) ? rotation : -rotation / 2
                guard angle != 0 else { return try flat.grayImage() }
                let turned = try flat.rotated(by: angle)
                defer { vanban_cairo_surface_destroy(turned.pointer) }
                return try turned.grayImage()
            }
            var pageNoise = noise
            pageNoise.seed = noise.seed &+ UInt64(index)
            pageNoise.apply(to: &image)
            try writer.add(image)
        }
        return try writer.finish()
    }
}
