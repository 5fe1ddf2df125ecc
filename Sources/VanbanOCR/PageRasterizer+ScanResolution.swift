import CLibraryLoaders

extension PageRasterizer {
    /// The resolution of the scan on `page` (a `PopplerPage *`): the pixels per inch of its
    /// largest image, when that image covers at least half the page; nil for a page that is
    /// not a scan.
    public static func scanResolution(of page: OpaquePointer) -> Double? {
        guard PopplerLibrary.load() == nil else { return nil }
        var width = 0.0, height = 0.0
        vanban_poppler_page_get_size(page, &width, &height)
        guard width >= 1, height >= 1, let mapping = vanban_poppler_page_get_image_mapping(page) else { return nil }
        defer { vanban_poppler_page_free_image_mapping(mapping) }
        var largest: (area: vanban_PopplerRectangle, id: Int32, size: Double)?
        var node: UnsafeMutablePointer<vanban_GList>? = mapping
        while let item = node {
            if let image = item.pointee.data?.assumingMemoryBound(to: vanban_PopplerImageMapping.self).pointee {
                let area = image.area
                let size = abs(area.x2 - area.x1) * abs(area.y2 - area.y1)
                if size > largest?.size ?? 0 { largest = (area, image.image_id, size) }
            }
            node = item.pointee.next
        }
        guard let largest, largest.size >= 0.5 * width * height,
              let surface = vanban_poppler_page_get_image(page, largest.id) else { return nil }
        defer { vanban_cairo_surface_destroy(surface) }
        let pixels = (Double(vanban_cairo_image_surface_get_width(surface)), Double(vanban_cairo_image_surface_get_height(surface)))
        let inches = (abs(largest.area.x2 - largest.area.x1) / 72, abs(largest.area.y2 - largest.area.y1) / 72)
        guard pixels.0 > 0, pixels.1 > 0 else { return nil }
        // An image turned a quarter on the page has its pixel rows along the page's height.
        let upright = (pixels.0 / inches.0, pixels.1 / inches.1), turned = (pixels.0 / inches.1, pixels.1 / inches.0)
        let pair = abs(upright.0 - upright.1) / upright.0 <= abs(turned.0 - turned.1) / turned.0 ? upright : turned
        let dpi = (pair.0 + pair.1) / 2
        return dpi.isFinite && dpi > 0 ? dpi : nil
    }
}
