import Foundation
import Testing
import VanbanRecord
@testable import VanbanCorpus

@Suite("Corpus writer")
struct CorpusWriterTests {
    @Test func writesEveryFormatAndAGoldRecordPerFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-gen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let letters = CorpusGenerator(options: CorpusOptions(count: 3, seed: 8, kinds: [.congVan, .keHoach, .quyetDinh])).letters()
        let summary = try CorpusWriter(directory: dir, formats: CorpusFormat.allCases, seed: 8).write(letters)
        #expect(summary.files == 9)
        for letter in letters {
            for format in CorpusFormat.allCases {
                let file = letter.stem(width: 4) + "." + format.rawValue
                let data = try Data(contentsOf: dir.appendingPathComponent(file))
                let goldText = try String(contentsOf: dir.appendingPathComponent("gold/\(file).gold.json"), encoding: .utf8)
                let gold = try Record(json: try JSONValue.parse(goldText))
                #expect(gold.source.file == file)
                #expect(gold.source.format == format.rawValue)
                #expect(gold.source.bytes == data.count)
                #expect(gold.number?.raw == letter.number.raw)
                if format == .pdf {
                    #expect(gold.source.pages == PopplerText.pages(data)?.count)
                } else {
                    #expect(gold.source.pages == nil)
                }
            }
        }
    }

    @Test func aMixedArchiveWritesEachLetterInOneFormatTakenInTurn() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-gen-mixed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let letters = CorpusGenerator(options: CorpusOptions(count: 4, seed: 5, kinds: [.congVan])).letters()
        let writer = CorpusWriter(directory: dir, formats: [.txt, .docx], seed: 5, oneFormatEach: true)
        let summary = try writer.write(letters)
        #expect(summary.files == 4)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0 != "gold" }.sorted()
        #expect(files.map { ($0 as NSString).pathExtension } == ["txt", "docx", "txt", "docx"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("gold").path).count == 4)
    }

    @Test func writingFromTheGeneratorMatchesWritingTheLetters() throws {
        let fm = FileManager.default
        let a = fm.temporaryDirectory.appendingPathComponent("vanban-gen-a-\(UUID().uuidString)")
        let b = fm.temporaryDirectory.appendingPathComponent("vanban-gen-b-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: a); try? fm.removeItem(at: b) }
        let generator = CorpusGenerator(options: CorpusOptions(count: 12, seed: 3))
        _ = try CorpusWriter(directory: a, formats: [.txt, .docx], seed: 3).write(generator)
        _ = try CorpusWriter(directory: b, formats: [.txt, .docx], seed: 3).write(generator.letters())
        let files = try fm.subpathsOfDirectory(atPath: a.path).sorted()
        #expect(files == (try fm.subpathsOfDirectory(atPath: b.path).sorted()))
        #expect(files.count == 12 * 2 * 2 + 1)
        for file in files where file != "gold" {
            #expect(try Data(contentsOf: a.appendingPathComponent(file)) == Data(contentsOf: b.appendingPathComponent(file)), "\(file)")
        }
    }

    @Test func formatListsAreCheckedAndUnknownFormatsRefused() throws {
        #expect(try CorpusFormat.parseList("pdf, txt,pdf") == [.pdf, .txt])
        #expect(throws: CorpusError.self) { try CorpusFormat.parseList("txt,xls") }
        #expect(throws: CorpusError.self) { try CorpusFormat.parseList(" , ") }
    }

    @Test func anUnwritableDirectoryIsAClearError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-gen-file-\(UUID().uuidString)")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let letters = CorpusGenerator(options: CorpusOptions(count: 1, seed: 1)).letters()
        #expect(throws: CorpusError.self) {
            try CorpusWriter(directory: file.appendingPathComponent("sub"), formats: [.txt], seed: 1).write(letters)
        }
    }
}
