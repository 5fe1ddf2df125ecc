import CLibraryLoaders

/// Renders PDF pages to grey pixels on a white background, as a scanner would see them.
public struct PageRasterizer: Sendable {
    /// Resolution asked for, in pixels per inch.
    public var dpi: Double
    /// Most pixels in one rendered page; larger pages are rendered at a lower resolution.
    public var maxPixels: Int
    /// What becomes of coloured ink (seals, stamps, ballpoint) in the grey image.
    public var ink: InkFilter

    public init(dpi: Double = 300, maxPixels: Int = 40_000_000, ink: InkFilter = .keepAll) {
        self.dpi = dpi
        self.maxPixels = maxPixels
        self.ink = ink
    }

    /// The pixels of `page` (a `PopplerPage *`), rotated as the page says.
    /// - Throws: `OCRError.renderFailed` for a page without a usable size or when memory runs out.
    public func render(page: OpaquePointer) throws(OCRError) -> PageImage {
        try PopplerLibrary.require()
        let surface = try renderSurface(page: page)
        defer { vanban_cairo_surface_destroy(surface.pointer) }
        return try surface.grayImage(ink: ink)
    }

    /// Renders `page` onto a new RGB24 cairo surface; the caller destroys it.
    func renderSurface(page: OpaquePointer) throws(OCRError) -> CairoImage {
        try PopplerLibrary.require()
        var width = 0.0, height = 0.0
        vanban_poppler_page_get_size(page, &width, &height)
        let (pixelWidth, pixelHeight, scale) = try size(width: width, height: height)
        let image = try CairoImage(width: pixelWidth, height: pixelHeight, dpi: scale * 72)
        let cr = vanban_cairo_create(image.pointer)
        vanban_cairo_set_source_rgb(cr, 1, 1, 1)
        vanban_cairo_paint(cr)
        vanban_cairo_scale(cr, scale, scale)
        vanban_poppler_page_render(page, cr)
        let status = vanban_cairo_status(cr)
        vanban_cairo_destroy(cr)
        vanban_cairo_surface_flush(image.pointer)
        guard status == VANBAN_CAIRO_STATUS_SUCCESS else {
            vanban_cairo_surface_destroy(image.pointer)
            throw .renderFailed(String(cString: vanban_cairo_status_to_string(status)))
        }
        return image
    }

    /// Pixel size and points-to-pixels scale for a page of `width`×`height` points.
    func size(width: Double, height: Double) throws(OCRError) -> (Int, Int, Double) {
        guard dpi.isFinite, dpi > 0 else { throw .invalidSetting("dpi must be positive") }
        guard width.isFinite, height.isFinite, width >= 1, height >= 1, width <= 200_000, height <= 200_000 else {
            throw .renderFailed("the page size \(width)×\(height) pt is not usable")
        }
        var scale = dpi / 72
        let wanted = (width * scale) * (height * scale)
        if wanted > Double(maxPixels) { scale *= (Double(maxPixels) / wanted).squareRoot() }
        // cairo's image surfaces stop at 32,767 pixels a side.
        scale = min(scale, 32_767 / width, 32_767 / height)
        let pixelWidth = max(1, Int((width * scale).rounded(.down)))
        let pixelHeight = max(1, Int((height * scale).rounded(.down)))
        return (pixelWidth, pixelHeight, scale)
    }
}

extension PageRasterizer {
    /// Whether anything is drawn on `page` (a `PopplerPage *`): rendered at 24 dpi, some pixel is
    /// darker than paper. Cheap (a few milliseconds), to leave blank pages out of OCR.
    public static func hasInk(page: OpaquePointer) -> Bool {
        guard let image = try? PageRasterizer(dpi: 24).render(page: page) else { return false }
        return image.pixels.contains { $0 < 235 }
    }
}
