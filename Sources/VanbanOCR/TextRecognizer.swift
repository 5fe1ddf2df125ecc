import CTesseract
import Foundation

/// One Tesseract instance: reads page images one at a time. Not thread-safe: use one per
/// thread (`OCREngine.makeRecognizer()`), and reuse it for many pages, since starting one
/// loads the language model.
public final class TextRecognizer {
    private let handle: OpaquePointer

    /// Starts Tesseract with `language` (e.g. "vie" or "vie+eng") from the data in `tessdata`,
    /// with automatic page segmentation.
    init(language: String, tessdata: String) throws(OCRError) {
        guard vanban_tesseract_load() != 0 else {
            throw .engineFailed(vanban_tesseract_error().map { String(cString: $0) } ?? "cannot load libtesseract")
        }
        guard let handle = vanban_TessBaseAPICreate() else { throw .engineFailed("cannot create a Tesseract instance") }
        // Tesseract's diagnostics ("Detected 7 diacritics", resolution notes) go nowhere.
        _ = vanban_TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        guard vanban_TessBaseAPIInit3(handle, tessdata, language) == 0 else {
            vanban_TessBaseAPIDelete(handle)
            throw .engineFailed("cannot load \"\(language)\" from \(tessdata)")
        }
        vanban_TessBaseAPISetPageSegMode(handle, PSM_AUTO)
        // Set last: once every property is set, a throw would run deinit and free the handle twice.
        self.handle = handle
    }

    deinit {
        vanban_TessBaseAPIDelete(handle)
    }

    /// Reads the text on `image`, giving up when `deadline` passes. Rows that run across two
    /// cells side by side are read again cell by cell (`OCRLayout`).
    public func recognize(_ image: PageImage, deadline: ContinuousClock.Instant? = nil) throws(OCRError) -> OCRPage {
        guard image.width <= Int(Int32.max), image.height <= Int(Int32.max) else {
            throw .invalidSetting("the image is too large (\(image.width)×\(image.height))")
        }
        vanban_tesseract_single_threaded()
        defer { vanban_TessBaseAPIClear(handle) }
        set(image)
        // A turned scan is turned back first: rows, cells and rectangles below assume level lines.
        let skew = Self.layoutSkew(of: handle, imageWidth: image.width)
        var image = image
        if abs(skew) >= 0.1, abs(skew) <= 10 {
            image = try image.rotated(by: -skew)
            set(image)
        }

        try run(deadline: deadline)
        let lines = OCRLayout.cleaned(Self.lines(of: handle, dpi: image.dpi))
        var blocks: [[OCRLine]] = []
        var next = 0
        for region in OCRLayout.regions(in: lines) {
            if next < region.lines.lowerBound { blocks.append(Array(lines[next..<region.lines.lowerBound])) }
            // A single row is split as it is; a taller region is worth reading again cell by cell.
            let cells = region.lines.count > 1
                ? try reread(region, of: lines, image: image, deadline: deadline) : nil
            let row = OCRLayout.split(lines[region.lines], at: region.gutter)
            blocks.append(OCRLayout.cell(row.left, cells?.left ?? []))
            blocks.append(OCRLayout.cell(row.right, cells?.right ?? []))
            next = region.lines.upperBound
        }
        if next < lines.count { blocks.append(Array(lines[next...])) }

        let read = Array(blocks.joined())
        return OCRPage(text: OCRLayout.text(blocks), meanConfidence: OCRLayout.confidence(read.flatMap(\.words)),
                       lines: read, skew: skew)
    }

    /// Gives Tesseract `image`, 8-bit grey; Tesseract keeps its own copy.
    private func set(_ image: PageImage) {
        image.pixels.withUnsafeBufferPointer { pixels in
            vanban_TessBaseAPISetImage(handle, pixels.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
        }
        vanban_TessBaseAPISetSourceResolution(handle, Int32(image.dpi.rounded()))
    }

    /// Recognises the image or the rectangle set, within the deadline.
    private func run(deadline: ContinuousClock.Instant?) throws(OCRError) {
        let monitor = vanban_TessMonitorCreate()
        defer { vanban_TessMonitorDelete(monitor) }
        if let deadline {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { throw .timedOut }
            let milliseconds = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
            vanban_TessMonitorSetDeadlineMSecs(monitor, Int32(clamping: milliseconds))
        }
        let status = vanban_TessBaseAPIRecognize(handle, monitor)
        if let deadline, ContinuousClock.now >= deadline { throw .timedOut }
        guard status == 0 else { throw .recognitionFailed("Tesseract returned \(status)") }
    }

    /// Reads the two cells of `region` of `lines` on their own, each from a rectangle that
    /// keeps clear of the lines above and below the region (a line cut in half reads as noise).
    private func reread(_ region: OCRLayout.Region, of lines: [OCRLine], image: PageImage,
                        deadline: ContinuousClock.Instant?) throws(OCRError) -> (left: [OCRLine], right: [OCRLine]) {
        let rows = lines[region.lines], gutter = region.gutter
        let box = rows.dropFirst().reduce(rows.first!.box) { $0.union($1.box) }
        let margin = 0.3 * (rows.map(\.box.height).min() ?? 0)
        let others = lines.indices.filter { !region.lines.contains($0) }.map { lines[$0].box }
            .filter { $0.x < box.maxX && $0.maxX > box.x }
        let top = max(box.y - margin, others.filter { $0.maxY <= box.y + margin }.map(\.maxY).max() ?? 0)
        let bottom = min(box.maxY + margin, others.filter { $0.y >= box.maxY - margin }.map(\.y).min() ?? .infinity)
        let pixels = image.dpi / 72
        func cell(from left: Double, to right: Double) throws(OCRError) -> [OCRLine] {
            let x0 = max(0, Int((left * pixels).rounded(.down))), x1 = min(image.width, Int((right * pixels).rounded(.up)))
            let y0 = max(0, Int((top * pixels).rounded(.up)))
            let y1 = min(image.height, Int((bottom * pixels).rounded(.down)))
            guard x1 > x0, y1 > y0 else { return [] }
            vanban_TessBaseAPISetRectangle(handle, Int32(x0), Int32(y0), Int32(x1 - x0), Int32(y1 - y0))
            try run(deadline: deadline)
            return OCRLayout.cleaned(Self.lines(of: handle, dpi: image.dpi))
        }
        let left = try cell(from: box.x - margin, to: gutter)
        let right = try cell(from: gutter, to: box.maxX + margin)
        return (left, right)
    }
}
