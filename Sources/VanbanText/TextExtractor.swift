import Foundation

/// Stage 1's entry point: the bytes of a file in, its `DocumentText` out.
public struct TextExtractor: Sendable {
    public var limits: ExtractionLimits
    /// How PDF pages without a text layer are read.
    public var ocr: OCROptions

    public init(limits: ExtractionLimits = .standard, ocr: OCROptions = .standard) {
        self.limits = limits
        self.ocr = ocr
    }

    /// Reads `data` (the whole file) as the format its content shows, within `limits`: the text
    /// kept is at most `limits.maxTextCharacters` scalars (cut with a warning), and reading ends
    /// by `limits.timeBudget` from now.
    /// - Throws: `TextExtractionError` with a stable code.
    public func extract(_ data: Data, fileExtension: String) throws -> DocumentText {
        try extract(data, fileExtension: fileExtension, deadline: Deadline(seconds: limits.timeBudget))
    }

    /// The same, ending by `deadline` (a caller that spent part of the budget already).
    public func extract(_ data: Data, fileExtension: String, deadline: Deadline) throws -> DocumentText {
        if data.isEmpty { throw TextExtractionError(.empty, "the file is empty (0 bytes)") }
        if data.count > limits.maxFileBytes {
            throw TextExtractionError(.tooLarge, "the file is \(data.count) bytes; the limit is \(limits.maxFileBytes)")
        }
        guard let format = FormatSniffer.detect(data, fileExtension: fileExtension) else {
            throw TextExtractionError(.unsupported, "the content is not PDF, DOCX, Word 97–2003 .doc or text")
        }
        let document: DocumentText
        switch format {
        case .pdf: document = repairingLegacyLetters(try PDFTextExtractor(limits: limits, ocr: ocr).extract(data, deadline: deadline))
        case .docx:
            document = repairingLegacyLetters(try DOCXTextExtractor(limits: limits).extract(data, deadline: deadline),
                                              decodedByFonts: true)
        case .txt: document = try PlainTextReader().read(data, limits: limits, deadline: deadline)
        case .doc: document = repairingLegacyLetters(try DOCTextExtractor(limits: limits).extract(data), decodedByFonts: true)
        }
        return document.capped(limits)
    }

    /// Text typed in a legacy font (.VnTime, VNI-Times) comes out of PDF and DOCX as the font's code
    /// points ("Céng hoµ"): converted back to Vietnamese here, before any normalisation. A `.doc`
    /// or DOCX whose runs were decoded by their fonts (`LegacyRuns` and `WordPartReader`, which
    /// also guess at the runs in other fonts) is not guessed at again: its capitals ("Á", U+00C1)
    /// would read as legacy codes a second time ("Ầ").
    private func repairingLegacyLetters(_ document: DocumentText, decodedByFonts: Bool = false) -> DocumentText {
        if decodedByFonts, document.legacyEncoding != nil { return document }
        guard let (body, encoding) = LegacyVietnamese.repair(document.body) else { return document }
        var repaired = document
        repaired.body = body
        repaired.legacyEncoding = encoding.rawValue
        return repaired
    }

    /// The format `data` would be read as, without reading it.
    public func format(of data: Data, fileExtension: String) -> TextFormat? {
        FormatSniffer.detect(data, fileExtension: fileExtension)
    }
}
