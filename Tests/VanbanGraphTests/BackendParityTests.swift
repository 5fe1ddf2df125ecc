import Foundation
import Testing
import VanbanGraph
import VanbanPostgres
import VanbanRecord
import VanbanStore
import VanbanTestSupport

/// The citation graph on PostgreSQL: the same records, stored in the same order into a SQLite
/// and a PostgreSQL archive and resolved batch by batch, give the same resolutions, the same
/// `check` findings and the same chains (one copy of the rules, two databases).
@Suite(.enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.missing)))
struct BackendParityTests {
    typealias F = GraphFixture

    /// A letter of each kind `check` finds, and fuzzy links of each method.
    static let scenarios: [VanbanRecord.Record] = [
        F.document("u-a", type: "cong-van", date: "2023-01-01",
                   citations: [F.cite("chi-thi", "34-CT/TW", date: "2014-04-07", offsets: [5, 80])]),
        F.document("u-b", type: "cong-van", date: "2023-02-01",
                   citations: [F.cite("chi-thi", "34-CT/TW", date: "2014-04-07", offsets: [7])]),
        F.document("plan", type: "ke-hoach", number: "84/KH-UBND", date: "2017-05-15", issuer: "Ủy ban nhân dân tỉnh Sơn La"),
        F.document("d-a", type: "cong-van", date: "2017-06-01",
                   citations: [F.cite("ke-hoach", "84/KH-UBND", date: "2017-05-15", issuer: "Sở Nội vụ")]),
        F.document("d-b", type: "cong-van", date: "2017-06-02",
                   citations: [F.cite("ke-hoach", "84/KH-UBND", date: "2017-05-16", issuer: "UBND tỉnh")]),
        F.document("early", type: "cong-van", date: "2017-05-01", citations: [F.cite("ke-hoach", "84/KH-UBND", date: nil)]),
        F.document("cv1081", type: "cong-van", number: "1081/LĐTBXH-VP", date: "2023-07-11"),
        F.document("typo", type: "cong-van", date: "2023-08-08",
                   citations: [F.cite("cong-van", "1081/LĐTBOXH-VP", date: "2023-07-11", offsets: [33])]),
        F.document("s-a", type: "cong-van", date: "2023-08-08", citations: [F.cite("ke-hoach", "405/KH-CSĐTNMT", date: "2022-06-24")]),
        F.document("s-b", type: "cong-van", date: "2023-08-09", citations: [F.cite("ke-hoach", "405/KH-CSĐTNTMT", date: "2022-06-24")]),
        F.document("s-c", type: "cong-van", date: "2023-08-09", citations: [F.cite("ke-hoach", "405/KH-UBND", date: "2022-06-24")]),
        F.document("qd-a", type: "quyet-dinh", number: "12/QĐ-UBND", date: "2023-02-01", subject: "A"),
        F.document("qd-b", type: "quyet-dinh", number: "12/QĐ-UBND", date: "2023-02-01", subject: "B"),
        F.document("self", type: "ke-hoach", number: "5/KH-ABC", date: "2023-02-01",
                   citations: [F.cite("ke-hoach", "5/KH-ABC", date: "2023-02-01", offsets: [300])]),
        F.document("old", type: "quyet-dinh", number: "20/2015/QĐ-UBND", date: "2015-06-01"),
        F.document("new", type: "quyet-dinh", number: "7/2020/QĐ-UBND", date: "2020-03-01",
                   citations: [F.cite("quyet-dinh", "20/2015/QĐ-UBND", date: "2015-06-01", relation: "repeals")]),
        F.document("late", type: "cong-van", date: "2021-01-01",
                   citations: [F.cite("quyet-dinh", "20/2015/QĐ-UBND", date: "2015-06-01", relation: "implements", offsets: [42]),
                               F.cite("luat", nil, title: "Luật Thi đua, khen thưởng", relation: "basis")]),
        F.document("law", type: "luat", date: "2022-06-15", subject: "Thi đua, khen thưởng"),
        F.document("lost", type: "chi-thi", date: "2023-01-10", subject: "Phát động phong trào thi đua năm 2023",
                   issuer: "Ủy ban nhân dân tỉnh Sơn La"),
        F.document("answer", type: "cong-van", date: "2023-01-18",
                   citations: [F.cite("chi-thi", "01/CT-UBND", date: "2023-01-10", issuer: "UBND tỉnh Sơn La",
                                      subject: "phát động phong trào thi đua năm 2023")]),
    ]

    @Test func sameRecordsSameGraph() throws {
        let server = try #require(TestPostgres.url, Comment(rawValue: TestPostgres.missing))
        let name = "vanban_graph_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        let url = try PostgresServer.createDatabase(name, on: server)
        defer { try? PostgresServer.dropDatabase(name, on: server) }
        let folder = try TemporaryFolder()
        let sqlite = try SQLiteArchive(path: folder.file("vanban.sqlite"), parts: [GraphSchema.part])
        let postgres = try PostgresArchive(url: url, parts: [GraphSchema.postgresPart])
        defer { postgres.close() }
        let stores: [(any ArchiveStore, CitationResolver)] = [
            (sqlite, CitationResolver(archive: sqlite)), (postgres, CitationResolver(archive: postgres)),
        ]

        // Generated chains (typos, lost numbers, outside documents), arriving shuffled, then the scenarios.
        let generated = GeneratedArchive(total: 500)
        let records = generated.order.map(generated.record) + BackendParityTests.scenarios
        var summaries: [[ResolutionSummary]] = [[], []]
        for start in stride(from: 0, to: records.count, by: 40) {
            let batch = records[start..<min(start + 40, records.count)].map {
                ArchiveChange.store(ExtractedFile(record: $0, text: nil, fingerprint: nil, extractor: "test"))
            }
            for (i, (store, resolver)) in stores.enumerated() {
                _ = try store.commit(batch)
                var summary = try resolver.resolvePending()
                summary.seconds = 0
                summaries[i].append(summary)
            }
        }
        #expect(summaries[0] == summaries[1])
        #expect(summaries[1].map(\.citations).reduce(0, +) > records.count)

        let sqliteFindings = try ChainChecker(archive: sqlite).findings()
        let postgresFindings = try ChainChecker(archive: postgres).findings()
        #expect(Set(sqliteFindings.map(\.kind)) == Set(Finding.Kind.allCases))
        #expect(sqliteFindings.count > 10)
        #expect(sqliteFindings == postgresFindings)
        for (a, b) in zip(sqliteFindings, postgresFindings) where a != b {
            Issue.record("\(a.kind): \(a.detail) | \(b.detail)")
        }

        let graphs = [CitationGraph(archive: sqlite), CitationGraph(archive: postgres)]
        for number in ["1-NQ/TW", "01/CT-UBND", "84/KH-UBND", "34-CT/TW", "1081/LĐTBXH-VP", "20/2015/QĐ-UBND"] {
            let nodes = try graphs.map { try $0.nodes(matching: number) }
            #expect(nodes[0] == nodes[1], "\(number)")
            #expect(!nodes[0].isEmpty, "\(number)")
            for node in nodes[0] {
                let chains = try graphs.map { try $0.chain(from: node.id) }
                #expect(chains[0].tree() == chains[1].tree(), "\(number)")
                #expect(chains[0].json == chains[1].json, "\(number)")
            }
        }

        // Everything again: the same.
        _ = try stores[0].1.resolveAll()
        _ = try stores[1].1.resolveAll()
        #expect(try ChainChecker(archive: sqlite).findings() == ChainChecker(archive: postgres).findings())
    }
}
