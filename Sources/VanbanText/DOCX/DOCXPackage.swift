import Foundation

/// The parts of a DOCX that carry text, found through the package relationships (or Word's
/// usual part names when a producer left them out), read under one shared inflate budget.
final class DOCXPackage {
    /// The main document part ("word/document.xml").
    let mainPart: String
    let stylesPart: String?
    let numberingPart: String?
    /// Footnotes then endnotes.
    let notesParts: [String]
    /// Headers then footers, each in name order.
    let furnitureParts: [String]
    /// Problems met on the way (a damaged .rels part, an optional part left out).
    private(set) var warnings: [String] = []

    private let archive: ZipArchive
    private var budget: InflateBudget

    /// Opens the zip in `data` and finds its parts.
    /// - Throws: `.corrupt` when `data` is not a zip or has no main document part; `.tooLarge`
    ///   when the parts to read declare more than `maxInflatedBytes` between them, or one of them
    ///   more than `maxPartBytes`.
    init(_ data: Data, limits: ExtractionLimits) throws {
        let archive = try ZipArchive(data)
        var budget = InflateBudget(limits)
        var warnings: [String] = []
        let rootLinks = try Self.relationships(in: archive, of: "", budget: &budget, warnings: &warnings)
        let linkedMain = rootLinks.first { $0.kind == "officeDocument" && archive.entry(named: $0.target) != nil }
        guard let main = linkedMain?.target ?? archive.entry(named: "word/document.xml")?.name else {
            throw TextExtractionError(.corrupt, "the zip has no word/document.xml: not a Word document")
        }
        let links = try Self.relationships(in: archive, of: main, budget: &budget, warnings: &warnings)
        let folder = main.split(separator: "/").dropLast().map { $0 + "/" }.joined()
        func parts(_ kind: String) -> [String] {
            let linked = links.filter { $0.kind == kind }.map(\.target)
            let named = links.isEmpty
                ? archive.entries.map(\.name).filter { Self.isNumberedPart($0, kind: kind, in: folder) } : []
            return Set(linked + named).filter { archive.entry(named: $0) != nil }
                .sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        }
        mainPart = main
        stylesPart = parts("styles").first
        numberingPart = parts("numbering").first
        notesParts = Array(parts("footnotes").prefix(1) + parts("endnotes").prefix(1))
        furnitureParts = parts("header") + parts("footer")
        self.warnings = warnings
        self.archive = archive
        self.budget = budget
        let all = [main] + [stylesPart, numberingPart].compactMap { $0 } + notesParts + furnitureParts
        let sizes = all.compactMap { archive.entry(named: $0) }.map { ($0.name, $0.uncompressedSize) }
        for (name, size) in sizes { try budget.check(size, for: name) }
        let declared = sizes.map(\.1).reduce(0, +)
        guard declared <= budget.remaining else {
            throw TextExtractionError(.tooLarge, "the \(all.count) text parts would inflate to \(declared) bytes; "
                + "the limit is \(limits.maxInflatedBytes) (zip bomb?)")
        }
    }

    /// The bytes of `part`, taken from the inflate budget.
    /// - Throws: `.corrupt` when it is missing or damaged, `.tooLarge` past the budget.
    func read(_ part: String) throws -> [UInt8] {
        guard let entry = archive.entry(named: part) else {
            throw TextExtractionError(.corrupt, "the zip has no \(part)")
        }
        return try ZipInflater(archive: archive).contents(of: entry, budget: &budget)
    }

    /// Reads and parses a part the body can do without: a damaged one leaves a warning and nil.
    /// Only `.tooLarge` (the shared budget) and `.timeout` (the document's deadline) still fail the document.
    func readOptional<T>(_ part: String?, _ parse: ([UInt8], String) throws -> T) throws -> T? {
        guard let part else { return nil }
        do {
            return try parse(read(part), part)
        } catch let error as TextExtractionError where error.code != .tooLarge && error.code != .timeout {
            warnings.append("\(part) left out: \(error.message)")
            return nil
        }
    }

    /// The relationships of `source` ("" for the package itself); none when it has no .rels part
    /// or a damaged one (with a warning).
    /// - Throws: `.tooLarge` when the .rels part alone exhausts the budget.
    private static func relationships(in archive: ZipArchive, of source: String, budget: inout InflateBudget,
                                      warnings: inout [String]) throws -> [PackageRelationship] {
        let components = source.split(separator: "/")
        let folder = components.dropLast().map { $0 + "/" }.joined()
        let relsName = folder + "_rels/" + (components.last.map(String.init) ?? "") + ".rels"
        guard let entry = archive.entry(named: relsName) else { return [] }
        do {
            let bytes = try ZipInflater(archive: archive).contents(of: entry, budget: &budget)
            return try PackageRelationship.parse(bytes, partName: relsName, sourcePart: source)
        } catch let error as TextExtractionError where error.code != .tooLarge {
            warnings.append("\(relsName) could not be read (\(error.message)); parts found by their usual names")
            return []
        }
    }

    /// True for "word/footer2.xml" when `kind` is "footer" and `folder` is "word/".
    private static func isNumberedPart(_ name: String, kind: String, in folder: String) -> Bool {
        guard name.hasPrefix(folder + kind), name.hasSuffix(".xml") else { return false }
        let middle = name.dropFirst(folder.count + kind.count).dropLast(4)
        return middle.allSatisfy(\.isASCII) && middle.allSatisfy(\.isNumber)
    }
}
