import CLibraryLoaders

extension PageImage {
    /// A copy turned by `degrees` counter-clockwise about the centre, same size, corners white.
    func rotated(by degrees: Double) throws(OCRError) -> PageImage {
        let flat = try CairoImage(self)
        defer { vanban_cairo_surface_destroy(flat.pointer) }
        let turned = try flat.rotated(by: degrees)
        defer { vanban_cairo_surface_destroy(turned.pointer) }
        return try turned.grayImage()
    }
}
