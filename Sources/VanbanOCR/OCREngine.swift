import Foundation

/// OCR settings, checked once: the language data is found when the engine is made, so a
/// missing language fails early with `OCRError.languageDataMissing` instead of on every page.
///
/// ```swift
/// let engine = try OCREngine(language: "vie", dpi: 300)
/// let page = try engine.recognize(page: popplerPage)   // page.text, page.meanConfidence
/// ```
public struct OCREngine: Sendable {
    /// Tesseract language(s), e.g. "vie" or "vie+eng".
    public let language: String
    /// Resolution pages are rendered at for OCR when they hold no scan; a scan is read at its
    /// own resolution (see `resolution(forScanAt:)`).
    public let dpi: Double
    /// The folder the language data is read from.
    public let tessdataDirectory: String
    /// Speck removal before OCR; nil reads the pixels as they are.
    public var despeckle: Despeckle? = Despeckle()
    /// Coloured ink (red seals, receive stamps, ballpoint) dropped before reading, so that the
    /// printed black text under it is read; `.keepAll` reads the page as a grey scanner sees it.
    public var ink: InkFilter = .dropColoured

    /// - Parameters:
    ///   - tessdataDirectory: where `<language>.traineddata` lives; found by `TessdataLocator` when nil.
    /// - Throws: `OCRError.invalidSetting` for a malformed language or a dpi outside 70...1200,
    ///   `OCRError.languageDataMissing` when no data is installed for the language.
    public init(language: String = "vie", dpi: Double = 300, tessdataDirectory: String? = nil,
                locator: TessdataLocator = TessdataLocator()) throws(OCRError) {
        let languages = language.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        guard languages.allSatisfy(Self.isLanguageName) else {
            throw .invalidSetting("\"\(language)\" is not a Tesseract language list (e.g. vie or vie+eng)")
        }
        guard dpi.isFinite, (70...1200).contains(dpi) else {
            throw .invalidSetting("dpi must be between 70 and 1200, not \(dpi)")
        }
        if let tessdataDirectory {
            if let missing = languages.first(where: { !TessdataLocator.hasData($0, in: tessdataDirectory) }) {
                throw .languageDataMissing(missing, searched: [tessdataDirectory])
            }
            self.tessdataDirectory = tessdataDirectory
        } else {
            self.tessdataDirectory = try locator.directory(for: languages)
        }
        self.language = language
        self.dpi = dpi
    }

    /// A Tesseract instance for the calling thread.
    public func makeRecognizer() throws(OCRError) -> TextRecognizer {
        try TextRecognizer(language: language, tessdata: tessdataDirectory)
    }

    /// Renders `page` (a `PopplerPage *`) and reads it, with a Tesseract instance made for this call.
    /// - Parameter pdf: the document's bytes; see `recognize(pages:of:pdf:threads:deadline:)`.
    public func recognize(page: OpaquePointer, pdf: Data? = nil,
                          deadline: ContinuousClock.Instant? = nil) throws(OCRError) -> OCRPage {
        let image = try rasterizer(for: page, readsScans: pdf.map(Self.scansAreSafeToMeasure) ?? false).render(page: page)
        return try recognize(image, deadline: deadline)
    }

    /// The rasterizer for `page`: at the resolution of its scan where it has one and `readsScans`.
    func rasterizer(for page: OpaquePointer, readsScans: Bool) -> PageRasterizer {
        PageRasterizer(dpi: resolution(forScanAt: readsScans ? PageRasterizer.scanResolution(of: page) : nil), ink: ink)
    }

    /// Whether every image in `pdf` can be decoded to measure its resolution: none declares
    /// more than 40 million pixels (an A3 page at 400 dpi; past 400 dpi pages are read at `dpi`
    /// anyway).
    static func scansAreSafeToMeasure(_ pdf: Data) -> Bool {
        PDFImageCensus.largestImage(in: pdf).map { $0 <= 40_000_000 } ?? false
    }

    /// The resolution to read a scan made at `scan` dpi: its own, so that Tesseract sees the
    /// scanner's pixels rather than a blurred resampling of them (a 200 dpi scan read at
    /// 300 dpi loses spaces and commas: "SƠNLA", "Điện Biên; ngày"), doubled below 200 dpi
    /// and halved (or more) above 400 dpi. `dpi` when the page holds no scan or one too coarse
    /// to read (under 35 dpi).
    public func resolution(forScanAt scan: Double?) -> Double {
        guard let scan, scan.isFinite, scan >= 35 else { return dpi }
        // 2.5 % below 200 is still a 200 dpi scan (pages are rarely a whole number of pixels).
        if scan < 195 { return scan * 2 }
        if scan > 400 { return scan / (scan / 300).rounded(.up) }
        return scan
    }

    /// Reads `image` with a Tesseract instance made for this call.
    public func recognize(_ image: PageImage, deadline: ContinuousClock.Instant? = nil) throws(OCRError) -> OCRPage {
        try makeRecognizer().recognize(cleaned(image), deadline: deadline)
    }

    /// `image` as Tesseract is given it: despeckled if asked.
    func cleaned(_ image: PageImage) -> PageImage {
        guard let despeckle else { return image }
        var image = image
        despeckle.apply(to: &image)
        return image
    }

    /// Tesseract names languages with letters, digits and `_` (`chi_sim`), scripts as `script/Latin`.
    static func isLanguageName(_ name: String) -> Bool {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.count == 1 || parts[0] == "script" else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.count <= 40
                && part.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
        }
    }
}
