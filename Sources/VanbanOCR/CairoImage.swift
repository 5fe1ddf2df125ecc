import CLibraryLoaders

/// A cairo RGB24 image surface and the resolution it was drawn at. Owned by whoever made it
/// (`cairo_surface_destroy`).
struct CairoImage {
    let pointer: OpaquePointer
    let width: Int
    let height: Int
    let dpi: Double

    /// A new surface, not yet painted.
    init(width: Int, height: Int, dpi: Double) throws(OCRError) {
        try PopplerLibrary.require()
        guard let surface = vanban_cairo_image_surface_create(VANBAN_CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            throw .renderFailed("cannot make a \(width)×\(height) image")
        }
        let status = vanban_cairo_surface_status(surface)
        guard status == VANBAN_CAIRO_STATUS_SUCCESS else {
            vanban_cairo_surface_destroy(surface)
            throw .renderFailed("cannot make a \(width)×\(height) image: \(String(cString: vanban_cairo_status_to_string(status)))")
        }
        self.pointer = surface
        self.width = width
        self.height = height
        self.dpi = dpi
    }

    /// A surface holding the grey pixels of `image`.
    init(_ image: PageImage) throws(OCRError) {
        try self.init(width: image.width, height: image.height, dpi: image.dpi)
        let stride = Int(vanban_cairo_image_surface_get_stride(pointer))
        guard let data = vanban_cairo_image_surface_get_data(pointer) else {
            vanban_cairo_surface_destroy(pointer)
            throw .renderFailed("cannot reach the pixels of a \(width)×\(height) image")
        }
        image.pixels.withUnsafeBufferPointer { gray in
            for y in 0..<height {
                let row = UnsafeMutableRawPointer(data + y * stride).bindMemory(to: UInt32.self, capacity: width)
                let source = y * width
                for x in 0..<width {
                    let level = UInt32(gray[source + x])
                    row[x] = level << 16 | level << 8 | level
                }
            }
        }
        vanban_cairo_surface_mark_dirty(pointer)
    }

    /// The pixels as 8-bit grey (ITU-R BT.601 luma), coloured ink dropped or kept as `ink` says.
    func grayImage(ink: InkFilter = .keepAll) throws(OCRError) -> PageImage {
        vanban_cairo_surface_flush(pointer)
        let stride = Int(vanban_cairo_image_surface_get_stride(pointer))
        guard let data = vanban_cairo_image_surface_get_data(pointer) else {
            throw .renderFailed("cannot reach the pixels of a \(width)×\(height) image")
        }
        let (width, height) = (self.width, self.height)
        let pixels = [UInt8](unsafeUninitializedCapacity: width * height) { buffer, count in
            for y in 0..<height {
                let row = UnsafeRawPointer(data + y * stride).bindMemory(to: UInt32.self, capacity: width)
                let target = y * width
                for x in 0..<width {
                    let pixel = row[x]
                    buffer[target + x] = ink.grey(red: (pixel >> 16) & 0xFF, green: (pixel >> 8) & 0xFF, blue: pixel & 0xFF)
                }
            }
            count = width * height
        }
        return try PageImage(width: width, height: height, dpi: dpi, pixels: pixels)
    }
}

extension CairoImage {
    /// A copy turned by `degrees` (counter-clockwise) about the centre, same size, the corners
    /// left white; `self` is untouched.
    func rotated(by degrees: Double) throws(OCRError) -> CairoImage {
        let turned = try CairoImage(width: width, height: height, dpi: dpi)
        let cr = vanban_cairo_create(turned.pointer)
        defer { vanban_cairo_destroy(cr) }
        vanban_cairo_set_source_rgb(cr, 1, 1, 1)
        vanban_cairo_paint(cr)
        vanban_cairo_translate(cr, Double(width) / 2, Double(height) / 2)
        vanban_cairo_rotate(cr, -degrees * .pi / 180)
        vanban_cairo_translate(cr, -Double(width) / 2, -Double(height) / 2)
        vanban_cairo_set_source_surface(cr, pointer, 0, 0)
        vanban_cairo_pattern_set_filter(vanban_cairo_get_source(cr), VANBAN_CAIRO_FILTER_GOOD)
        vanban_cairo_paint(cr)
        vanban_cairo_surface_flush(turned.pointer)
        return turned
    }
}
