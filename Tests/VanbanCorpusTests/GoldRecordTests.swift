import Foundation
import Testing
import VanbanRecord
@testable import VanbanCorpus

@Suite("Gold records")
struct GoldRecordTests {
    static func gold(_ letter: Letter, format: String = "txt") -> (Record, String) {
        let text = PlainTextRenderer().render(letter)
        let record = GoldRecordBuilder(seed: 1).record(for: letter, text: text, file: "x.\(format)", path: "x.\(format)",
                                                       format: format, pages: nil, bytes: nil)
        return (record, text.text)
    }

    @Test(arguments: Array(Fixtures.archive.prefix(120)))
    func goldMatchesTheLetterText(letter: Letter) throws {
        let (record, text) = Self.gold(letter)
        let scalars = Array(text.unicodeScalars)
        #expect(text.contains(letter.numberLine))
        #expect(text.contains("\(record.place ?? "?"), ngày"))
        #expect(text.contains(record.signer?.name ?? "?"))
        #expect(record.type == letter.kind.slug)
        for line in letter.issuer.headerLines { #expect(text.contains(line)) }
        if let parent = record.issuer?.parent {
            #expect(letter.issuer.parentHeaderLines.joined(separator: " ").lowercased() == parent.lowercased())
        }
        for citation in record.citations {
            #expect(!citation.mentions.isEmpty)
            for mention in citation.mentions {
                let end = mention.offset + mention.text.unicodeScalars.count
                try #require(end <= scalars.count)
                #expect(String(String.UnicodeScalarView(scalars[mention.offset..<end])) == mention.text)
            }
            if let number = citation.number { #expect(citation.mentions.allSatisfy { $0.text.contains(number) }) }
            if let title = citation.title { #expect(citation.mentions[0].text.hasPrefix(title)) }
            #expect(["basis", "implements", "mentions"].contains(citation.relation))
        }
        #expect(Set(record.citations.map { "\($0.type ?? "")|\($0.number ?? $0.title ?? "")|\($0.date ?? "")" }).count == record.citations.count)
        for target in record.targets {
            #expect(text.contains(target.text))
            let value = try #require(target.value)
            #expect(target.text.contains(Self.vietnamese(value)), "\(value) not written in \(target.text)")
        }
        for item in record.distribution { #expect(text.contains("- \(item)")) }
        for item in record.addressees { #expect(text.contains(item)) }
        #expect(!record.distribution.contains { $0.hasPrefix("Lưu") })
    }

    @Test func relationFollowsTheVerbOfTheFirstMention() {
        let implementing = ["Thực hiện", "Triển khai", "Để ", "Tiếp tục", "Đề nghị", "2. Các cơ quan"]
        var seen: Set<String> = []
        for letter in Fixtures.archive {
            for citation in letter.citations {
                let block = letter.blocks[citation.places[0].block].text
                seen.insert(citation.relation)
                switch citation.relation {
                case "basis": #expect(block.hasPrefix("Căn cứ"), "basis in: \(block.prefix(60))")
                case "implements": #expect(implementing.contains { block.hasPrefix($0) }, "implements in: \(block.prefix(60))")
                default: #expect(!block.hasPrefix("Căn cứ") && !block.hasPrefix("Thực hiện"), "mentions in: \(block.prefix(60))")
                }
            }
        }
        #expect(seen == ["basis", "implements", "mentions"])
    }

    @Test func parenthesisedComparisonsAreNotTargets() {
        let letters = Fixtures.archive
        let withComparison = letters.flatMap(\.targets).filter { $0.text.contains("(tăng ") }
        #expect(!withComparison.isEmpty)
        for target in withComparison {
            let inside = target.text[target.text.range(of: "(tăng ")!.upperBound...]
            let figure = inside.split(separator: " ").first.map(String.init) ?? ""
            #expect(!target.text.hasPrefix("(") && !figure.isEmpty)
            #expect(!letters.flatMap(\.targets).contains { $0.text.hasPrefix("tăng \(figure)") })
        }
    }

    @Test func goldRoundTripsThroughJSON() throws {
        for letter in Fixtures.archive.prefix(30) {
            let (record, _) = Self.gold(letter)
            let parsed = try Record(json: try JSONValue.parse(record.json.prettySerialized()))
            #expect(parsed.citations == record.citations)
            #expect(parsed.targets == record.targets)
            #expect(parsed.signer == record.signer)
            #expect(parsed.number == record.number)
        }
    }

    /// 1600 -> "1.600", 7.5 -> "7,5".
    static func vietnamese(_ value: Double) -> String {
        let whole = Int(value)
        let grouped = VietnameseNumber.grouped(whole)
        let fraction = value - Double(whole)
        guard fraction > 0.0001 else { return grouped }
        var digits = String(format: "%.2f", fraction).dropFirst(2)
        while digits.hasSuffix("0") { digits = digits.dropLast() }
        return grouped + "," + digits
    }
}
