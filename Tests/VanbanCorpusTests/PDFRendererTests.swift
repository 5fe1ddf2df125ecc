import Foundation
import Testing
@testable import VanbanCorpus

@Suite("PDF renderer")
struct PDFRendererTests {
    @Test(arguments: Array(Fixtures.archive.prefix(12)))
    func popplerOpensItWithTheExpectedPagesAndText(letter: Letter) throws {
        let pdf = try PDFRenderer().render(letter)
        let pages = try #require(PopplerText.pages(pdf.data))
        #expect(pages.count == pdf.pages)
        #expect(pdf.data.starts(with: Array("%PDF-".utf8)))
        let first = Fixtures.squeezed(pages[0])
        #expect(first.contains(letter.numberLine))
        #expect(first.contains(Fixtures.squeezed(letter.dateLine)))
        let all = Fixtures.squeezed(pages.joined(separator: "\n"))
        #expect(all.contains(letter.signature.name))
        for citation in letter.citations {
            for place in citation.places {
                #expect(all.contains(Fixtures.squeezed(place.text)), "mention \(place.text) not in the PDF text")
            }
        }
    }

    @Test func longLettersRunOverPagesNumberedFromTwo() throws {
        let long = try #require(Fixtures.archive.first { $0.kind == .keHoach && $0.blocks.count >= 24 })
        let pdf = try PDFRenderer().render(long)
        #expect(pdf.pages >= 2)
        let pages = try #require(PopplerText.pages(pdf.data))
        for n in 2...pdf.pages {
            let firstLine = pages[n - 1].split(separator: "\n").first.map(String.init)
            #expect(firstLine?.trimmingCharacters(in: .whitespaces) == String(n))
        }
    }
}
