import Foundation
import Testing
import VanbanTestSupport
import VanbanRecord
@testable import VanbanRules

/// The finders against the gold records of the shared development letters (plain-text
/// ones: real letters, some hard-wrapped). Skipped where the shared folder is absent.
@Suite struct CitationCorpusTests {
    static let corpus = SharedFolder.path("eval/corpus/dev")
    static let gold = SharedFolder.path("eval/gold/dev")

    /// The UTF-8 text letters that have a gold record (legacy-encoded ones are the text reader's to test).
    static var letters: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []
        return names.filter {
            $0.hasSuffix(".txt") && FileManager.default.fileExists(atPath: "\(gold)/\($0).gold.json")
                && (try? String(contentsOfFile: "\(corpus)/\($0)", encoding: .utf8)) != nil
        }.sorted()
    }

    private func load(_ name: String) throws -> (text: String, gold: [String: Any]) {
        let raw = try String(contentsOfFile: "\(Self.corpus)/\(name)", encoding: .utf8)
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(Self.gold)/\(name).gold.json"))
        let gold = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        return (VietnameseText.normalize(raw), gold)
    }

    @Test(.enabled(if: !letters.isEmpty), arguments: letters)
    func citationsMatchGold(_ name: String) throws {
        let (text, gold) = try load(name)
        let expected = (gold["citations"] as? [[String: Any]] ?? []).map { c in
            "\(c["type"] ?? "") \((c["number"] as? String) ?? (c["title"] as? String) ?? "") \((c["date"] as? String) ?? "-")"
        }
        let found = CitationFinder().find(in: text, ownNumber: (gold["number"] as? [String: Any])?["raw"] as? String).map {
            "\($0.type ?? "") \($0.number ?? $0.title ?? "") \($0.date ?? "-")"
        }
        #expect(found.sorted() == expected.sorted())
    }

    @Test(.enabled(if: !letters.isEmpty), arguments: letters)
    func targetsMatchGold(_ name: String) throws {
        let (text, gold) = try load(name)
        func key(_ value: Double, _ unit: String) -> String { "\(value) \(unit.lowercased().replacingOccurrences(of: " ", with: ""))" }
        let expected = (gold["targets"] as? [[String: Any]] ?? []).map { key(($0["value"] as? NSNumber)?.doubleValue ?? .nan, $0["unit"] as? String ?? "") }
        let found = TargetFinder().find(in: text).map { key($0.value ?? .nan, $0.unit ?? "") }
        #expect(found.sorted() == expected.sorted())
    }
}
