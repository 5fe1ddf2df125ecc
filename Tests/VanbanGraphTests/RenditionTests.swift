import Foundation
import Testing
import VanbanCorpus
import VanbanOCR
import VanbanPostgres
import VanbanRecord
import VanbanStore
import VanbanTestSupport

/// One document, many files: a letter kept as a DOCX draft, the signed PDF and a scan is one
/// document with three files, on both archives; `show` lists them, `chain` and `check` see
/// one document, and the letter citing it links to that document.
@Suite(.enabled(if: VanbanBinary.path != nil, "the vanban binary is built with the tests"))
struct RenditionTests {
    /// A generated letter cited by a later one: the first as DOCX, signed PDF and a scan of its
    /// PDF (200 dpi, read by OCR), the second as plain text.
    static func archive(in folder: TemporaryFolder) throws -> (cited: Letter, citing: Letter, files: [String]) {
        let letters = CorpusGenerator(options: CorpusOptions(count: 12, seed: 7)).letters()
        let citing = try #require(letters.first { letter in letter.citations.contains { $0.document.letterIndex != nil } })
        let citedIndex = try #require(citing.citations.compactMap(\.document.letterIndex).first)
        let cited = letters[citedIndex]
        let staging = URL(fileURLWithPath: folder.file("staging"))
        let archive = folder.file("archive")
        try FileManager.default.createDirectory(atPath: archive, withIntermediateDirectories: true)
        _ = try CorpusWriter(directory: staging, formats: [.docx, .pdf], seed: 7, signed: true).write([cited])
        _ = try CorpusWriter(directory: staging, formats: [.txt], seed: 7).write([citing])
        let stem = cited.stem(width: 4)
        var files: [String] = []
        for name in [stem + ".docx", stem + ".pdf", citing.stem(width: 4) + ".txt"] {
            try FileManager.default.copyItem(atPath: staging.path + "/" + name, toPath: archive + "/" + name)
            files.append(archive + "/" + name)
        }
        let unsigned = try CorpusWriter(directory: staging, formats: [.pdf], seed: 7)
            .render(cited, as: .pdf, text: PlainTextRenderer().render(cited)).data
        let scan = try ScannedPDFMaker(dpi: 200).scan(unsigned)
        try scan.write(to: URL(fileURLWithPath: archive + "/" + stem + "-scan.pdf"))
        files.insert(archive + "/" + stem + "-scan.pdf", at: 2)
        return (cited, citing, files)
    }

    @Test func oneLetterInThreeFilesIsOneDocument() throws {
        let folder = try TemporaryFolder()
        let (cited, _, files) = try RenditionTests.archive(in: folder)
        var databases = [folder.file("vanban.sqlite")]
        var postgres: String?
        if let server = TestPostgres.url {
            let name = "vanban_renditions_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
            databases.append(try PostgresServer.createDatabase(String(name), on: server))
            postgres = String(name)
        }
        defer { if let postgres, let server = TestPostgres.url { try? PostgresServer.dropDatabase(postgres, on: server) } }
        var outputs: [[String]] = []
        for db in databases {
            func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
                try VanbanBinary.run(arguments + ["--db", db])
            }
            let ingest = try run(["ingest", "--quiet", "--jobs", "1", folder.file("archive")])
            #expect(ingest.status == 0, "\(ingest.error)")
            // Four files, each record as extracted; two documents.
            let export = try run(["export"])
            #expect(export.output.split(separator: "\n").count == 4)
            let documents = try run(["query", "--format", "jsonl"])
            #expect(documents.output.split(separator: "\n").count == 2, "\(db): \(documents.output)")
            // The signed PDF speaks for the document; `show` lists the three files.
            let show = try run(["show", cited.number.raw])
            #expect(show.status == 0, "\(show.error)")
            #expect(show.output.contains("Files (3"), "\(db): \(show.output)")
            for file in files.prefix(3) { #expect(show.output.contains(file), "\(db): \(file)") }
            let pdf = try #require(show.output.split(separator: "\n").first { $0.contains("  file  ") || $0.hasPrefix("  file") })
            #expect(pdf.contains(files[1]), "\(db): \(pdf)")
            // The chain has one node for it (no ambiguity among three), cited by the other letter once.
            let chain = try run(["chain", cited.number.raw, "--format", "json"])
            #expect(chain.status == 0, "\(db): \(chain.error)")
            let json = try JSONValue.parse(chain.output)
            let downstream = json["downstream"]?.arrayValue ?? []
            #expect(downstream.count == 1, "\(db): \(chain.output)")
            // Not reported as duplicates.
            let check = try run(["check", "--kind", "duplicate-documents", "--format", "json"])
            #expect(check.status == 0)
            #expect(!check.output.contains("duplicate-documents"), "\(db): \(check.output)")
            outputs.append([export.output, chain.output, check.output])
        }
        if outputs.count == 2 { #expect(outputs[0] == outputs[1]) }
    }
}
