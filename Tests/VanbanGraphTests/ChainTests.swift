import Testing
import VanbanGraph
import VanbanRecord

/// Walking chains up and down, finding their roots by number, and printing them.
@Suite struct ChainTests {
    typealias F = GraphFixture

    /// Decree ← provincial plan ← department letter ← facility report; the plan also cites
    /// a directive that is not archived.
    struct Ladder {
        let f: GraphFixture
        let decree: Int64, plan: Int64, letter: Int64, report: Int64

        init() throws {
            f = try GraphFixture()
            decree = try f.store(F.document("decree", type: "nghi-dinh", number: "30/2020/NĐ-CP", date: "2020-03-05"))
            plan = try f.store(F.document("plan", type: "ke-hoach", number: "84/KH-UBND", date: "2021-05-15", citations: [
                F.cite("nghi-dinh", "30/2020/NĐ-CP", relation: "basis", offsets: [12]),
                F.cite("chi-thi", "34-CT/TW", date: "2014-04-07", relation: "mentions", offsets: [40, 900]),
            ]))
            letter = try f.store(F.document("letter", type: "cong-van", number: "12/SNV-VP", date: "2021-06-01",
                                            citations: [F.cite("ke-hoach", "84/KH-UBND", date: "2021-05-15")]))
            report = try f.store(F.document("report", type: "bao-cao", number: "7/BC-CS", date: "2021-07-01",
                                            citations: [F.cite("cong-van", "12/SNV-VP", date: "2021-06-01")]))
            try f.resolve()
        }
    }

    @Test func upstreamToTheRootsAndDownstreamToTheLeaves() throws {
        let l = try Ladder()
        let chain = try l.f.graph.chain(from: .document(l.letter))
        #expect(chain.upstream.map(\.to) == [.document(l.plan), .document(l.decree), .external(1)])
        #expect(chain.upstream.map(\.depth) == [1, 2, 2])
        #expect(chain.downstream.map(\.from) == [.document(l.report)])
        #expect(chain.nodes.count == 5)
        let mentions = try #require(chain.upstream.first { $0.to == .external(1) })
        #expect(mentions.offsets == [40, 900] && mentions.relation == "mentions")
    }

    @Test func depthAndDirection() throws {
        let l = try Ladder()
        let near = try l.f.graph.chain(from: .document(l.letter), depth: 1)
        #expect(near.upstream.count == 1 && near.downstream.count == 1)
        let down = try l.f.graph.chain(from: .document(l.decree), upstream: false)
        #expect(down.upstream.isEmpty)
        #expect(down.downstream.map(\.from) == [.document(l.plan), .document(l.letter), .document(l.report)])
        let outside = try l.f.graph.chain(from: .external(1))
        #expect(outside.downstream.map(\.from) == [.document(l.plan), .document(l.letter), .document(l.report)])
    }

    @Test func cyclesEnd() throws {
        let f = try GraphFixture()
        let a = try f.store(F.document("a", type: "ke-hoach", number: "1/KH-X", date: "2023-01-01", citations: [
            F.cite("ke-hoach", "2/KH-X", date: "2023-01-02"), F.cite("ke-hoach", "1/KH-X", date: "2023-01-01"),
        ]))
        let b = try f.store(F.document("b", type: "ke-hoach", number: "2/KH-X", date: "2023-01-02",
                                       citations: [F.cite("ke-hoach", "3/KH-X", date: "2023-01-03")]))
        let c = try f.store(F.document("c", type: "ke-hoach", number: "3/KH-X", date: "2023-01-03",
                                       citations: [F.cite("ke-hoach", "1/KH-X", date: "2023-01-01")]))
        try f.resolve()
        let chain = try f.graph.chain(from: .document(a))
        #expect(Set(chain.upstream.map(\.to)) == [.document(a), .document(b), .document(c)])
        // a → b, a → a, b → c, c → a: each citation once, each node expanded once.
        #expect(chain.upstream.count == 4)
        #expect(chain.downstream.count == 4)
        let tree = chain.tree()
        #expect(tree.contains("(see above)"))
        #expect(tree.split(separator: "\n").count < 20)
    }

    @Test func aNumberUsedInTwoYearsIsAmbiguousUntilTheYearIsGiven() throws {
        let f = try GraphFixture()
        let directive = try f.store(F.document("seed-002", type: "chi-thi", subject: "Phát động phong trào thi đua năm 2023",
                                               issuer: "Ủy ban nhân dân tỉnh Sơn La"))
        let letter = try f.store(F.document("seed-000", type: "cong-van", date: "2023-01-18", citations: [
            F.cite("chi-thi", "01/CT-UBND", date: "2023-01-03", issuer: "UBND tỉnh Sơn La",
                   subject: "phát động phong trào thi đua năm 2023"),
        ]))
        let plan = try f.store(F.document("seed-004", type: "ke-hoach", citations: [
            F.cite("chi-thi", "01/CT-UBND", date: "2025-01-01", issuer: "UBND tỉnh Sơn La",
                   subject: "phát động phong trào thi đua năm 2025"),
        ]))
        try f.resolve()
        let both = try f.graph.nodes(matching: "01/ct-ubnd")
        #expect(both.count == 2)
        let found = try f.graph.nodes(matching: "01/CT-UBND", year: 2023)
        #expect(found.map(\.id) == [.document(directive)])
        #expect(found.first?.citedAs == "01/CT-UBND")
        let chain = try f.graph.chain(from: .document(directive))
        #expect(chain.downstream.map(\.from) == [.document(letter)])
        #expect(chain.downstream.first?.method == .subject)
        #expect(chain.tree().contains("implements  #\(letter)"))
        let other = try f.graph.nodes(matching: "01/CT-UBND", year: 2025)
        #expect(other.count == 1 && other.first?.isArchived == false)
        #expect(try f.graph.chain(from: other[0].id).downstream.map(\.from) == [.document(plan)])
        #expect(try f.graph.nodes(matching: "01/CT-UBND", year: 2024).isEmpty)
        #expect(try f.graph.nodes(matching: "#\(letter)").map(\.id) == [.document(letter)])
        #expect(try f.graph.nodes(matching: "999").isEmpty)
    }

    @Test func aLawIsNamedOnce() throws {
        let f = try GraphFixture()
        let letter = try f.store(F.document("a", type: "cong-van", date: "2023-01-01",
                                            citations: [F.cite("luat", nil, title: "Luật Thi đua, khen thưởng", relation: "basis")]))
        try f.resolve()
        let chain = try f.graph.chain(from: .document(letter))
        #expect(chain.tree().contains("└─ basis  x1 Luật Thi đua, khen thưởng · outside the archive"))
    }

    @Test func outputFormats() throws {
        let l = try Ladder()
        let chain = try l.f.graph.chain(from: .document(l.plan))
        let tree = chain.tree()
        #expect(tree.hasPrefix("#\(l.plan) Kế hoạch 84/KH-UBND 2021-05-15"))
        #expect(tree.contains("Upstream") && tree.contains("Downstream"))
        #expect(tree.contains("└─ implements  #\(l.report)"))
        let json = chain.json
        #expect(json["root"]?.stringValue == "d\(l.plan)")
        #expect(json["nodes"]?.arrayValue?.count == 5)
        #expect(json["upstream"]?.arrayValue?.first?["method"]?.stringValue == "exact")
        let dot = chain.dot()
        #expect(dot.hasPrefix("digraph chain {") && dot.contains("d\(l.letter) -> d\(l.plan) [label=\"implements\"]"))
        #expect(dot.contains("x1 [label=") && dot.contains("style=dashed"))
        let mermaid = chain.mermaid()
        #expect(mermaid.hasPrefix("flowchart BT") && mermaid.contains("d\(l.letter) -->|implements| d\(l.plan)"))
        #expect(mermaid.contains("x1([\""))
    }
}
