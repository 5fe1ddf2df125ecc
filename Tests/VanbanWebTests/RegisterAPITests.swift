import Foundation
import Testing
import VanbanTestSupport

@Suite("GET /api/documents")
struct RegisterAPITests {
    /// (query string, total expected): the filters of `vanban query`.
    static let filters: [(String, Int)] = [
        ("", 6),
        ("type=cong-van", 2),
        ("text=thi%20dua", 4),                    // without diacritics: finds "thi đua"
        ("q=thi%20%C4%91ua", 4),                  // with them
        ("number=45/UBND-VP", 2),
        ("number=45%2Fubnd-vp", 2),
        ("from=2023&to=2023", 4),
        ("from=01/06/2023", 4),
        ("issuer=son%20la", 1),                   // "Sơn La" without diacritics
        ("cites=11/KH-UBND", 2),
        ("type=quyet-dinh&text=hoi%20dong", 1),
        ("text=khong%20co%20tu%20nay", 0),
    ]

    @Test("filters", arguments: filters)
    func filter(query: String, total: Int) async throws {
        let web = try await WebFixture()
        let answer = try await web.http.get("/api/documents?" + query)
        #expect(answer.status == 200)
        let object = try answer.object()
        #expect(object["total"] as? Int == total, "\(query)")
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.count == total)
        #expect(documents.allSatisfy { $0["id"] is Int })
    }

    @Test func pagesAndNewestFirst() async throws {
        let web = try await WebFixture()
        let first = try await web.http.get("/api/documents?limit=4").object()
        let second = try await web.http.get("/api/documents?limit=4&page=2").object()
        let byOffset = try await web.http.get("/api/documents?limit=4&offset=4").object()
        #expect(first["total"] as? Int == 6)
        let a = try #require(first["documents"] as? [[String: Any]])
        let b = try #require(second["documents"] as? [[String: Any]])
        #expect(a.count == 4 && b.count == 2)
        #expect(a.first?["number"] as? String == "03/TB-UBND")     // 2024, the newest
        #expect(b.last?["number"] as? String == "45/UBND-VP")      // 2022, the oldest
        #expect((byOffset["documents"] as? [[String: Any]])?.map { $0["id"] as? Int } == b.map { $0["id"] as? Int })
        #expect(Set(a.compactMap { $0["id"] as? Int }).isDisjoint(with: b.compactMap { $0["id"] as? Int }))
    }

    /// Filters that cannot be searched: 400 `bad-filter`, never an empty list.
    static let badFilters = ["type=foo", "from=2023-13", "to=yesterday", "limit=0", "limit=100000", "offset=-1",
                             "page=0", "colour=red", "text=%21%21%21", "citing=abc"]

    @Test("bad filters", arguments: badFilters)
    func badFilter(query: String) async throws {
        let web = try await WebFixture()
        let answer = try await web.http.get("/api/documents?" + query)
        #expect(answer.status == 400, "\(query)")
        #expect(answer.errorCode == "bad-filter", "\(query): \(answer.text)")
        #expect(answer.headers["content-type"]?.hasPrefix("application/json") == true)
    }
}
