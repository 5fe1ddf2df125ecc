import Foundation
import Testing
import VanbanTestSupport

@Suite("Documents, chains and the check")
struct DocumentAPITests {
    @Test func documentWithResolutionsAndWhatCitesIt() async throws {
        let web = try await WebFixture()
        let decision = try web.id("120/QĐ-UBND", year: 2023)
        let plan = try web.id("11/KH-UBND", year: 2023)
        let letter = try web.id("45/UBND-VP", year: 2023)
        let report = try web.id("07/BC-UBND", year: 2023)
        let answer = try await web.http.get("/api/documents/\(decision)")
        #expect(answer.status == 200)
        let object = try answer.object()
        #expect(object["id"] as? Int == Int(decision))
        let record = try #require(object["record"] as? [String: Any])
        #expect((record["number"] as? [String: Any])?["raw"] as? String == "120/QĐ-UBND")
        let citations = try #require(object["citations"] as? [[String: Any]])
        let resolved = citations.compactMap { ($0["resolution"] as? [String: Any])?["document"] as? Int }
        #expect(Set(resolved) == [Int(plan), Int(letter)])
        #expect(citations.allSatisfy { ($0["resolution"] as? [String: Any])?["method"] as? String == "exact" })
        let citedBy = try #require(object["citedBy"] as? [[String: Any]])
        #expect(citedBy.map { $0["id"] as? Int } == [Int(report)])
        let renditions = try #require(object["renditions"] as? [[String: Any]])
        #expect(renditions.first?["href"] as? String == "/api/documents/\(decision)/file")
    }

    @Test func originalFile() async throws {
        let web = try await WebFixture()
        let plan = try web.id("11/KH-UBND", year: 2023)
        let answer = try await web.http.get("/api/documents/\(plan)/file")
        #expect(answer.status == 200)
        #expect(answer.body == (try WebFixture.letter("kh-11-2023.txt")))
        #expect(answer.headers["content-type"] == "text/plain; charset=utf-8")
    }

    /// (path, status, code) for ids that name nothing or are not ids.
    static let badIDs: [(String, Int, String)] = [
        ("/api/documents/abc", 400, "bad-id"), ("/api/documents/0", 400, "bad-id"), ("/api/documents/-3", 400, "bad-id"),
        ("/api/documents/999", 404, "not-found"), ("/api/documents/999/file", 404, "not-found"),
        ("/api/documents/x1/file", 400, "bad-id"), ("/api/chain/abc", 400, "bad-id"), ("/api/chain/999", 404, "not-found"),
        ("/api/chain/x999", 404, "not-found"), ("/api/nothing", 404, "not-found"),
    ]

    @Test("bad ids", arguments: badIDs)
    func badID(path: String, status: Int, code: String) async throws {
        let web = try await WebFixture()
        let answer = try await web.http.get(path)
        #expect(answer.status == status, "\(path)")
        #expect(answer.errorCode == code, "\(path): \(answer.text)")
    }

    @Test func chainAsTheCommandPrintsIt() async throws {
        let web = try await WebFixture()
        let decision = try web.id("120/QĐ-UBND", year: 2023)
        let plan = try web.id("11/KH-UBND", year: 2023)
        let report = try web.id("07/BC-UBND", year: 2023)
        let object = try await web.http.get("/api/chain/\(decision)").object()
        #expect(object["root"] as? String == "d\(decision)")
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let ids = Set(nodes.compactMap { $0["id"] as? String })
        #expect(ids.isSuperset(of: ["d\(decision)", "d\(plan)", "d\(report)"]))
        #expect(nodes.contains { $0["archived"] as? Bool == false })       // the law and the decree, outside
        let up = try #require(object["upstream"] as? [[String: Any]])
        #expect(up.contains { $0["from"] as? String == "d\(decision)" && $0["to"] as? String == "d\(plan)" && $0["relation"] as? String == "basis" })
        let down = try #require(object["downstream"] as? [[String: Any]])
        #expect(down.contains { $0["from"] as? String == "d\(report)" && $0["to"] as? String == "d\(decision)" })
        // An outside document by its id.
        let outside = try #require(nodes.first { $0["archived"] as? Bool == false }?["id"] as? String)
        #expect(try await web.http.get("/api/chain/\(outside)").status == 200)
    }

    @Test func checkReport() async throws {
        let web = try await WebFixture()
        let answer = try await web.http.get("/api/check")
        #expect(answer.status == 200)
        let findings = try #require(try answer.json() as? [[String: Any]])
        #expect(findings.contains { $0["kind"] as? String == "unresolved" })
    }
}
