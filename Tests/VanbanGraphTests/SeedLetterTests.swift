import Foundation
import Testing
import VanbanTestSupport
import VanbanGraph
import VanbanKit
import VanbanRecord

/// The acceptance scenario on the real seed letters of the shared development corpus (skipped
/// when it is not there): each letter read by the pipeline, its citations taken from its gold
/// record (type, number, title and date only, as the gold has them) with their mentions
/// found in the letter's text, so that the graph is tested whatever the citation rules give.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: SharedCorpus.letters), "no shared development corpus"))
struct SeedLetterTests {
    @Test func theProvincesDirectiveOf2023IsFoundWithoutItsHeader() throws {
        let f = try GraphFixture()
        var ids: [String: Int64] = [:]
        for name in ["seed-000.txt", "seed-001.txt", "seed-002.txt", "seed-003.txt", "seed-004.txt"] {
            let path = SharedCorpus.letters + "/" + name
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            var extraction = DocumentPipeline().extract(data, source: Source(file: name, path: path))
            let text = try #require(extraction.text)
            extraction.record.citations = try SeedLetterTests.goldCitations(name, in: text)
            ids[name] = try f.store(extraction.record, text: text)
        }
        try f.resolve()
        let directive = try #require(ids["seed-002.txt"])
        let found = try f.graph.nodes(matching: "01/CT-UBND", year: 2023)
        #expect(found.map(\.id) == [.document(directive)])
        let chain = try f.graph.chain(from: .document(directive))
        let letter = try #require(chain.downstream.first { $0.from == .document(ids["seed-000.txt"]!) })
        #expect(letter.relation == "implements" && letter.method == .subject)
        let later = try f.graph.nodes(matching: "01/CT-UBND", year: 2025)
        #expect(later.count == 1 && later.first?.isArchived == false)
        let plan = try f.graph.chain(from: later[0].id, upstream: false)
        #expect(plan.downstream.map(\.from) == [.document(ids["seed-004.txt"]!)])
        #expect(try f.graph.nodes(matching: "01/CT-UBND").count == 2)
        let outside = try ChainChecker(archive: f.archive).findings(of: [.unresolved])
        let party = try #require(outside.first { $0.subject.contains("34-CT/TW") })
        #expect(Set(party.citations.map(\.letter)) == Set(["seed-000.txt", "seed-001.txt", "seed-002.txt", "seed-004.txt"].map { ids[$0]! }))
    }

    /// The gold record's citations, each mentioned where its number (or name) first occurs.
    static func goldCitations(_ name: String, in text: String) throws -> [Citation] {
        let json = try JSONValue.parse(String(contentsOfFile: SharedCorpus.gold + "/" + name + ".gold.json", encoding: .utf8))
        return (json["citations"]?.arrayValue ?? []).map { item in
            let number = item["number"]?.stringValue
            let title = item["title"]?.stringValue
            let written = number ?? title ?? ""
            var mentions: [Mention] = []
            if !written.isEmpty, let range = text.range(of: written) {
                let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
                mentions.append(Mention(offset: offset, text: written))
            }
            let relation = text.contains("Thực hiện Chỉ thị số \(written)") ? "implements" : "mentions"
            return Citation(type: item["type"]?.stringValue, number: number, title: title, date: item["date"]?.stringValue,
                            issuer: nil, subject: nil, relation: relation, mentions: mentions)
        }
    }
}

/// Where the shared development corpus and its gold records are.
enum SharedCorpus {
    static let letters = SharedFolder.path("eval/corpus/dev")
    static let gold = SharedFolder.path("eval/gold/dev")
}
