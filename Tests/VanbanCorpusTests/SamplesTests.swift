import Foundation
import Testing
import VanbanRecord
@testable import VanbanCorpus

@Suite("Samples")
struct SamplesTests {
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples")

    /// The committed samples are what `samples/README.md`'s command writes (gold and PDF byte sizes
    /// aside, which follow the installed fonts).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: samples.appendingPathComponent("gold").path), "samples/gold is absent"))
    func samplesAreWhatTheGeneratorWrites() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("vanban-samples-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: dir) }
        let letters = CorpusGenerator(options: CorpusOptions(count: 3, seed: 58, kinds: [.congVan, .keHoach, .quyetDinh])).letters()
        _ = try CorpusWriter(directory: dir, formats: [.txt, .docx, .pdf], seed: 58).write(letters)
        let written = try fm.subpathsOfDirectory(atPath: dir.path).filter { $0 != "gold" }.sorted()
        #expect(written.count == 18)
        for path in written {
            let committed = try Data(contentsOf: Self.samples.appendingPathComponent(path))
            let fresh = try Data(contentsOf: dir.appendingPathComponent(path))
            if path.hasSuffix(".pdf") {
                // Font files differ between machines; the text and pages must not.
                #expect(PopplerText.pages(committed) == PopplerText.pages(fresh), "samples/\(path) reads differently")
            } else if path.hasSuffix(".pdf.gold.json") {
                var a = try Record(json: JSONValue.parse(String(decoding: committed, as: UTF8.self)))
                var b = try Record(json: JSONValue.parse(String(decoding: fresh, as: UTF8.self)))
                a.source.bytes = nil
                b.source.bytes = nil
                #expect(a == b, "samples/\(path) differs from the generator's output")
            } else {
                #expect(committed == fresh, "samples/\(path) differs from the generator's output")
            }
        }
    }
}
