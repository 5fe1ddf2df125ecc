import Foundation
import Testing
import VanbanGraph
import VanbanRecord
import VanbanStore

/// Chains on a large generated archive: set VANBAN_GRAPH_SCALE to a number of documents
/// (100000 for the figure in docs/graph.md) and read the timings printed. Documents arrive
/// in a shuffled order, in batches resolved one by one as `vanban ingest` does, so that most
/// links are made when a cited document arrives after the letters citing it.
/// VANBAN_GRAPH_SCALE_DB keeps the archive at that path (it must not exist), for timing
/// `vanban chain` on it.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["VANBAN_GRAPH_SCALE"] != nil,
                "set VANBAN_GRAPH_SCALE=100000 to measure"))
struct ScaleTests {
    @Test func chainsOnALargeArchive() throws {
        let total = max(Int(ProcessInfo.processInfo.environment["VANBAN_GRAPH_SCALE"] ?? "") ?? 100_000, 1000)
        let f = try GraphFixture(path: ProcessInfo.processInfo.environment["VANBAN_GRAPH_SCALE_DB"])
        let archive = GeneratedArchive(total: total)
        var clock = Date()
        var resolving = 0.0
        let resolver = CitationResolver(archive: f.archive)
        for start in stride(from: 0, to: total, by: 1000) {
            let batch = archive.order[start..<min(start + 1000, total)]
            let files = batch.map { ExtractedFile(record: archive.record($0), text: nil, fingerprint: nil, extractor: "scale") }
            _ = try f.archive.commit(files.map(ArchiveChange.store))
            resolving += try resolver.resolvePending().seconds
        }
        let importing = Date().timeIntervalSince(clock)
        let links = try f.count("SELECT count(*) FROM citation_resolutions WHERE cited_id IS NOT NULL")
        let outside = try f.count("SELECT count(*) FROM external_documents")
        print("scale: \(total) documents, \(try f.count("SELECT count(*) FROM citations")) citations, \(links) linked, "
              + "\(outside) outside documents; import \(ScaleTests.ms(importing)) of which resolution \(ScaleTests.ms(resolving))")

        for (name, number) in [("central directive", archive.number(0)), ("provincial plan", archive.number(archive.tiers[0])),
                               ("facility report", archive.number(total - 1))] {
            let id = try #require(try f.graph.nodes(matching: number).first?.id)
            clock = Date()
            let chain = try f.graph.chain(from: id)
            let walked = Date().timeIntervalSince(clock)
            clock = Date()
            let tree = chain.tree()
            let printed = Date().timeIntervalSince(clock)
            print("scale: chain \(number) (\(name)): \(chain.nodes.count) nodes, \(chain.upstream.count) up + "
                  + "\(chain.downstream.count) down citations in \(ScaleTests.ms(walked)), tree of "
                  + "\(tree.split(separator: "\n").count) lines in \(ScaleTests.ms(printed))")
            #expect(chain.nodes.count > 1)
        }
        clock = Date()
        let all = try CitationResolver(archive: f.archive).resolveAll()
        print("scale: resolve --all: \(all.citations) citations in \(ScaleTests.ms(Date().timeIntervalSince(clock)))")
        clock = Date()
        let findings = try ChainChecker(archive: f.archive).findings()
        print("scale: check: \(findings.count) findings in \(ScaleTests.ms(Date().timeIntervalSince(clock)))")
    }

    static func ms(_ seconds: Double) -> String { String(format: "%.0f ms", seconds * 1000) }
}

/// A generated archive: central directives, provincial plans implementing them, department
/// plans implementing those, facility reports implementing those; each also cites an outside
/// decision, now and then with a symbol typo, and some provincial plans lost their number.
struct GeneratedArchive {
    let total: Int
    /// Where each tier ends: central, provincial, department; facilities after.
    let tiers: [Int]
    let order: [Int]

    init(total: Int) {
        self.total = total
        tiers = [total / 500, total / 50, total / 5]
        var order = Array(0..<total)
        var state: UInt64 = 42
        for i in stride(from: order.count - 1, to: 0, by: -1) {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            order.swapAt(i, Int(state >> 33) % (i + 1))
        }
        self.order = order
    }

    func tier(_ i: Int) -> Int { tiers.firstIndex { i < $0 } ?? 3 }

    /// Central directives of 2010–2012, provincial plans of 2013–2015 and so on down, so that
    /// documents are cited by later ones.
    func year(_ i: Int) -> Int { 2010 + 3 * tier(i) + i % 3 }

    func date(_ i: Int) -> String { "\(year(i))-0\(1 + i % 9)-1\(i % 9)" }

    static let kinds = [("nghi-quyet", "NQ/TW"), ("ke-hoach", "KH-UBND"), ("ke-hoach", "KH-SNV"), ("bao-cao", "BC-CS")]

    func number(_ i: Int) -> String {
        tier(i) == 0 ? "\(i + 1)-NQ/TW" : "\(i + 1)/\(GeneratedArchive.kinds[tier(i)].1)"
    }

    /// Two documents of the tier above, picked from `i`.
    func parents(_ i: Int) -> [Int] {
        let t = tier(i)
        guard t > 0 else { return [] }
        let start = t == 1 ? 0 : tiers[t - 2]
        let count = tiers[t - 1] - start
        return [start + (i * 7919) % count, start + (i * 104_729 + 13) % count]
    }

    /// Provincial plans whose header was lost.
    func lostNumber(_ i: Int) -> Bool { tier(i) == 1 && i % 97 == 0 }

    func record(_ i: Int) -> VanbanRecord.Record {
        var citations = parents(i).enumerated().map { index, parent in
            var number = number(parent)
            if i % 53 == 0 { number = number.replacingOccurrences(of: "SNV", with: "SNVV") }
            return Citation(type: GeneratedArchive.kinds[tier(parent)].0, number: number, title: nil, date: date(parent),
                            issuer: "UBND tỉnh", subject: subject(parent), relation: index == 0 ? "implements" : "basis",
                            mentions: [Mention(offset: 200 + 50 * index, text: number)])
        }
        let outside = (i * 31) % 5000
        citations.append(Citation(type: "quyet-dinh", number: "\(outside + 1)/QĐ-TTg", title: nil, date: date(outside),
                                  issuer: "Thủ tướng Chính phủ", subject: nil, relation: "mentions",
                                  mentions: [Mention(offset: 400, text: "\(outside + 1)/QĐ-TTg")]))
        let source = Source(file: "doc-\(i).txt", path: "/scale/doc-\(i).txt", sha256: "scale-\(i)", format: "txt", bytes: 100)
        return Record(source: source, type: GeneratedArchive.kinds[tier(i)].0,
                      number: lostNumber(i) ? nil : DocumentNumber(raw: number(i), seq: String(i + 1), year: nil, symbol: nil),
                      date: lostNumber(i) ? nil : date(i), subject: subject(i), issuer: Issuer(name: "Ủy ban nhân dân tỉnh", parent: nil),
                      citations: citations)
    }

    func subject(_ i: Int) -> String {
        let topics = ["thi đua khen thưởng", "chuyển đổi số", "cải cách hành chính", "phòng chống thiên tai",
                      "xây dựng nông thôn mới", "giải quyết việc làm", "an toàn giao thông"]
        return "Triển khai \(topics[i % topics.count]) đợt \(i) năm \(year(i))"
    }
}
