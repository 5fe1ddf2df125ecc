import Testing
import VanbanRecord
@testable import VanbanRules

/// Merging mentions into citations: the rules of identity and dates, and linear cost (one
/// document cited 200,000 times used to cost a scan and a copy of all mentions per mention).
@Suite struct CitationMergerTests {
    private func mention(_ number: String?, title: String? = nil, date: String?, at offset: Int,
                         typeFromWord: Bool = true) -> CitationMention {
        CitationMention(range: offset..<(offset + 10), type: "Chỉ thị", typeFromWord: typeFromWord, number: number,
                        title: title, date: date, issuer: nil, subject: nil, extentEnd: offset + 10)
    }

    private func merge(_ mentions: [CitationMention]) -> [Citation] {
        var merger = CitationMerger()
        for m in mentions { merger.add(m) }
        return merger.citations(ScalarText(String(repeating: "x", count: (mentions.map(\.range.upperBound).max() ?? 0) + 1)))
    }

    @Test func oneDocumentCitedTwoHundredThousandTimesIsOneCitation() {
        let mentions = (0..<200_000).map { mention("01/CT-UBND", date: $0 % 2 == 0 ? "2023-01-03" : nil, at: $0 * 11) }
        let citations = merge(mentions)
        #expect(citations.count == 1)
        #expect(citations.first?.mentions.count == 200_000)
        #expect(citations.first?.mentions.last?.offset == 199_999 * 11)
    }

    @Test func manyDistinctDocumentsKeepTheirOrder() {
        let mentions = (0..<50_000).map { mention("\($0)/CT-UBND", date: "2023-01-03", at: $0 * 11) }
        let citations = merge(mentions + mentions.map { m in var m = m; m.range = (m.range.lowerBound + 600_000)..<(m.range.upperBound + 600_000); return m })
        #expect(citations.count == 50_000)
        #expect(citations.map(\.number) == (0..<50_000).map { "\($0)/CT-UBND" })
        #expect(citations.allSatisfy { $0.mentions.count == 2 })
    }

    @Test func yearsUndatedMentionsAndLateDates() {
        let citations = merge([
            mention("01/CT-UBND", date: nil, at: 0),          // undated: a document of its own
            mention("01/CT-UBND", date: "2022-05-01", at: 20), // joins the undated one and dates it
            mention("01/CT-UBND", date: "2023-01-03", at: 40), // another year: another document
            mention("01/CT-UBND", date: nil, at: 60),          // joins the latest (2023)
            mention("01/CT-UBND", date: "2022-09-09", at: 80), // joins the 2022 one
        ])
        #expect(citations.map(\.date) == ["2022-05-01", "2023-01-03"])
        #expect(citations.map { $0.mentions.map(\.offset) } == [[0, 20, 80], [40, 60]])
    }

    @Test func anUndatedDocumentTakesTheFirstDateGiven() {
        let citations = merge([
            mention("5/KH-UBND", date: nil, at: 0),
            mention("5/KH-UBND", date: nil, at: 20),
            mention("5/KH-UBND", date: "2021-02-02", at: 40),
            mention("5/KH-UBND", date: "2021-03-03", at: 60),
        ])
        #expect(citations.count == 1)
        #expect(citations.first?.date == "2021-02-02")
        #expect(citations.first?.mentions.count == 4)
    }
}
