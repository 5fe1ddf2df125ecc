import VanbanRecord

/// The text of one document as the rules see it, with the layout that matters kept:
/// header and signature table cells as separate runs of lines, list labels rendered,
/// broken lines and numbers joined, page furniture removed.
public struct DocumentText: Sendable, Equatable {
    public var format: TextFormat
    /// The main text, lines separated by "\n".
    public var body: String
    /// Footnotes and endnotes, kept apart from the body.
    public var notes: [String]
    /// Page headers and footers (running titles, page numbers), kept apart from the body.
    public var furniture: [String]
    /// Page count where the format has pages.
    public var pages: Int?
    /// Non-fatal problems met while reading (e.g. "page 3: timed out").
    public var warnings: [String]
    /// The legacy encoding the text was converted from, if any (`TCVN3`, `VNI`, ...).
    public var legacyEncoding: String?
    /// Whether some of the text was read by OCR (pages without a usable text layer).
    public var ocr: Bool
    /// OCR's mean confidence over the text it read, from 0 to 1; nil without OCR.
    public var ocrConfidence: Double?
    /// The file's cryptographic signatures (signed PDFs), in file order.
    public var signatures: [DigitalSignature] = []

    public init(format: TextFormat, body: String, notes: [String] = [], furniture: [String] = [],
                pages: Int? = nil, warnings: [String] = [], legacyEncoding: String? = nil,
                ocr: Bool = false, ocrConfidence: Double? = nil) {
        self.format = format
        self.body = body
        self.notes = notes
        self.furniture = furniture
        self.pages = pages
        self.warnings = warnings
        self.legacyEncoding = legacyEncoding
        self.ocr = ocr
        self.ocrConfidence = ocrConfidence
    }
}

extension DocumentText {
    /// This text with its body cut at `limits.maxTextCharacters` scalars (with the warning, once),
    /// and notes and page furniture within what the body left of the cap.
    func capped(_ limits: ExtractionLimits) -> DocumentText {
        var left = limits.maxTextCharacters
        var cut = false
        func take(_ text: String) -> String {
            let count = text.unicodeScalars.count
            if count <= left {
                left -= count
                return text
            }
            cut = true
            let end = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: left)
            left = 0
            return String(text.unicodeScalars[..<end])
        }
        var out = self
        out.body = take(body)
        out.notes = notes.map(take).filter { !$0.isEmpty }
        out.furniture = furniture.map(take).filter { !$0.isEmpty }
        if cut, !out.warnings.contains(limits.textCutWarning) { out.warnings.append(limits.textCutWarning) }
        return out
    }
}
