import Foundation
import Testing
@testable import VanbanCorpus

@Suite("Determinism")
struct DeterminismTests {
    static let options = CorpusOptions(count: 25, seed: 99, trapRate: 0.6)

    @Test func sameSeedGivesByteIdenticalTXTAndDOCX() throws {
        let a = CorpusGenerator(options: Self.options).letters()
        let b = CorpusGenerator(options: Self.options).letters()
        #expect(a.count == 25 && b.count == 25)
        for (x, y) in zip(a, b) {
            #expect(PlainTextRenderer().render(x).text == PlainTextRenderer().render(y).text)
            #expect(try DOCXWriter().data(for: x) == DOCXWriter().data(for: y))
        }
    }

    @Test func sameSeedGivesTheSamePDFTextAndBytes() throws {
        let a = CorpusGenerator(options: Self.options).letters().prefix(6)
        let b = CorpusGenerator(options: Self.options).letters().prefix(6)
        for (x, y) in zip(a, b) {
            let px = try PDFRenderer().render(x), py = try PDFRenderer().render(y)
            let tx = try #require(PopplerText.pages(px.data)), ty = try #require(PopplerText.pages(py.data))
            #expect(tx == ty)
            // The creation date is the letter's date, so nothing in the file depends on the clock.
            #expect(px.data == py.data)
        }
    }

    @Test func anotherSeedGivesAnotherCorpus() {
        let a = CorpusGenerator(options: Self.options).letters()
        var other = Self.options
        other.seed = 100
        let b = CorpusGenerator(options: other).letters()
        let same = zip(a, b).filter { PlainTextRenderer().render($0).text == PlainTextRenderer().render($1).text }.count
        #expect(same == 0)
    }

    @Test func batchesGiveTheSameLettersAsOneArray() {
        let generator = CorpusGenerator(options: Self.options)
        var batches: [[Letter]] = []
        generator.generate(batchSize: 4) { batches.append($0) }
        #expect(batches.map(\.count) == [4, 4, 4, 4, 4, 4, 1])
        let whole = generator.letters()
        #expect(batches.flatMap { $0 }.map { PlainTextRenderer().render($0).text } == whole.map { PlainTextRenderer().render($0).text })
    }

    @Test func kindsAreTakenInTurnWhenGiven() {
        let kinds: [LetterKind] = [.congVan, .keHoach, .quyetDinh]
        let letters = CorpusGenerator(options: CorpusOptions(count: 7, seed: 5, kinds: kinds)).letters()
        #expect(letters.map(\.kind) == [.congVan, .keHoach, .quyetDinh, .congVan, .keHoach, .quyetDinh, .congVan])
    }

    @Test func seededRandomIsStable() {
        var r = SeededRandom(seed: 1)
        // Fixed values: a change here changes every corpus generated from a given seed.
        #expect([r.next(), r.next()] == [13_757_245_211_066_428_519, 17_911_839_290_282_890_590])
        var s = SeededRandom(seed: 1)
        #expect((0..<1000).allSatisfy { _ in (3...9).contains(s.int(3...9)) })
    }
}
