import ArgumentParser
import Foundation
import VanbanCorpus

/// `vanban-gen`: writes a synthetic corpus of Vietnamese official letters with their gold records.
@main
struct VanbanGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban-gen",
        abstract: "Generate synthetic Vietnamese official letters (TXT, DOCX, PDF) with gold records.",
        discussion: """
        The same --seed and options always give the same letters. Letters cite earlier letters \
        of the same province, central and Party documents and laws; gold/<file>.gold.json holds \
        the record a correct extractor should give for each file (RECORD.md).
        """)

    @Option(help: "Number of letters.")
    var count: Int = 10

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1

    @Option(help: "Comma-separated formats: txt, docx, pdf.")
    var formats: String = "txt,docx,pdf"

    @Flag(help: "Sign each PDF as agencies do: the signer, then the body's seal (self-signed, test-only certificates).")
    var signed = false

    @Flag(help: "Write each letter in one format only, the formats taken in turn (a mixed archive).")
    var mixed = false

    @Option(help: "Output directory (gold records go to its gold/ folder).")
    var out: String

    @Option(help: "Comma-separated kinds taken in turn (e.g. cong-van,ke-hoach,quyet-dinh); default a realistic mix.")
    var types: String?

    @Option(help: "First and last year of the letters' dates, e.g. 2021-2025.")
    var years: String = "2021-2025"

    @Option(help: "Share of letters whose DOCX carries hard cases (0 to 1).")
    var trapRate: Double = 0.35

    func validate() throws {
        guard (1...100_000).contains(count) else { throw ValidationError("--count must be between 1 and 100000") }
        guard (0...1).contains(trapRate) else { throw ValidationError("--trap-rate must be between 0 and 1") }
        _ = try parsedYears()
        _ = try parsedKinds()
        do { _ = try CorpusFormat.parseList(formats) } catch { throw ValidationError("\(error)") }
    }

    func run() throws {
        let options = CorpusOptions(count: count, seed: seed, years: try parsedYears(), kinds: try parsedKinds(), trapRate: trapRate)
        let started = Date()
        let generator = CorpusGenerator(options: options)
        let writer = CorpusWriter(directory: URL(fileURLWithPath: out, isDirectory: true),
                                  formats: try CorpusFormat.parseList(formats), seed: seed,
                                  oneFormatEach: mixed, signed: signed)
        do {
            let summary = try writer.write(generator)
            let seconds = Date().timeIntervalSince(started)
            let line = "vanban-gen: \(count) letters, \(summary.files) files, \(summary.bytes / 1024) KiB, "
                + "\(summary.pages) PDF pages in \(String(format: "%.2f", seconds)) s -> \(out)\n"
            FileHandle.standardError.write(Data(line.utf8))
        } catch {
            FileHandle.standardError.write(Data("vanban-gen: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    private func parsedYears() throws -> ClosedRange<Int> {
        let parts = years.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2 || parts.count == 1, let first = parts.first, let last = parts.last, first <= last,
              first >= 1990, last <= 2100 else {
            throw ValidationError("--years must look like 2021-2025 (between 1990 and 2100)")
        }
        return first...last
    }

    private func parsedKinds() throws -> [LetterKind]? {
        guard let types else { return nil }
        var kinds: [LetterKind] = []
        for name in types.split(separator: ",") {
            let slug = name.trimmingCharacters(in: .whitespaces)
            guard let kind = LetterKind.written(slug: slug) else {
                throw ValidationError("unknown type '\(slug)'; use one of \(LetterKind.written.map(\.slug).joined(separator: ", "))")
            }
            kinds.append(kind)
        }
        return kinds.isEmpty ? nil : kinds
    }
}
