import Foundation

/// DOCX text: an own zip central-directory reader with zlib inflate (capped, CRC-checked) and
/// libxml2's streaming reader over word/document.xml, its notes, headers and footers.
struct DOCXTextExtractor {
    let limits: ExtractionLimits

    /// Reads the DOCX in `data`.
    /// Text stops at `limits.maxTextCharacters` (body first, then notes, then headers and footers),
    /// with a warning.
    /// - Throws: `TextExtractionError`: `.corrupt` for a damaged zip, a missing
    ///   word/document.xml or malformed XML; `.tooLarge` past `limits.maxInflatedBytes` or
    ///   `limits.maxPartBytes`; `.timeout` past `deadline`.
    func extract(_ data: Data, deadline: Deadline? = nil) throws -> DocumentText {
        let package = try DOCXPackage(data, limits: limits)
        var tooLarge: TextExtractionError?
        func load<T>(_ part: String?, _ cache: PartCache<T>, _ parse: ([UInt8], String) throws -> T) -> T? {
            guard let part else { return nil }
            do {
                return try package.readOptional(part) { bytes, name in
                    try cache.value(for: bytes) { try parse(bytes, name) }
                } ?? nil
            } catch {
                tooLarge = error as? TextExtractionError
                return nil
            }
        }
        let labeler = ListLabeler(
            styles: { load(package.stylesPart, ParagraphStyles.cache, ParagraphStyles.parse) },
            numbering: { load(package.numberingPart, NumberingDefinitions.cache, NumberingDefinitions.parse) })
        let main = try package.read(package.mainPart)
        var body = try WordPartReader.read(main, partName: package.mainPart, labeler: labeler,
                                           requireDocument: true, maxCharacters: limits.maxTextCharacters, deadline: deadline)
        // Runs decoded by their legacy fonts, and the runs in other fonts, taken together, look
        // typed in a legacy encoding too (headings in .VnTimeH, the body in a font of another
        // name): the body is read again with those runs decoded. Guessing is the fallback for
        // what no font says, and text decoded by its font is never guessed at again.
        if body.legacyEncoding != nil, let (_, encoding) = LegacyVietnamese.repair(body.undeclaredText) {
            body = try WordPartReader.read(main, partName: package.mainPart, labeler: labeler, requireDocument: true,
                                           maxCharacters: limits.maxTextCharacters, deadline: deadline,
                                           undeclared: LegacyFonts.Reading(encoding: encoding, capitals: false))
        }
        var left = limits.maxTextCharacters - body.characters
        var truncated = body.truncated
        var notes: [String] = []
        var furniture: [String] = []
        for part in package.notesParts where left > 0 {
            let output = try package.readOptional(part) { bytes, name in
                try WordPartReader.read(bytes, partName: name, labeler: labeler, maxCharacters: left, deadline: deadline)
            }
            notes += output?.notes ?? []
            left -= output?.characters ?? 0
            truncated = truncated || output?.truncated == true
        }
        for part in package.furnitureParts where left > 0 {
            let output = try package.readOptional(part) { bytes, name in
                try WordPartReader.read(bytes, partName: name, labeler: labeler, maxCharacters: left, deadline: deadline)
            }
            if let text = output?.text, !text.isEmpty { furniture.append(text) }
            left -= output?.characters ?? 0
            truncated = truncated || output?.truncated == true
        }
        if let tooLarge { throw tooLarge }
        var warnings = package.warnings
        if truncated {
            warnings.append(limits.textCutWarning)
        }
        return DocumentText(format: .docx, body: body.text, notes: notes, furniture: furniture, warnings: warnings,
                            legacyEncoding: body.legacyEncoding?.rawValue)
    }
}
