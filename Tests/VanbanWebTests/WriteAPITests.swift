import Foundation
import Testing
import VanbanTestSupport

@Suite("Extract, upload and lookup")
struct WriteAPITests {
    static let sample = """
    ỦY BAN NHÂN DÂN
    HUYỆN MƯỜNG LA
    Số: 88/UBND-VP

    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    Mường La, ngày 02 tháng 8 năm 2023
    V/v báo cáo thi đua

    Thực hiện Quyết định số 120/QĐ-UBND ngày 01/7/2023 của Chủ tịch UBND huyện, đề nghị các đơn vị báo cáo.

    Nơi nhận:
    - Như trên;
    - Lưu: VT.

    CHỦ TỊCH

    Nguyễn Văn An

    """

    @Test func extractStoresNothing() async throws {
        let web = try await WebFixture()
        let answer = try await web.http.post("/api/extract?name=cv-88.txt", Data(WriteAPITests.sample.utf8))
        #expect(answer.status == 200, "\(answer.text)")
        let record = try answer.object()
        #expect((record["number"] as? [String: Any])?["raw"] as? String == "88/UBND-VP")
        #expect((record["source"] as? [String: Any])?["file"] as? String == "cv-88.txt")
        #expect(try await web.http.get("/api/documents").object()["total"] as? Int == 6)
    }

    @Test func unsupportedFile() async throws {
        let web = try await WebFixture()
        let answer = try await web.http.post("/api/extract?name=x.bin", TemporaryFolder.noise(count: 4000, seed: 7))
        #expect(answer.status == 415)
        #expect(answer.errorCode == "unsupported")
        let empty = try await web.http.post("/api/extract?name=x.txt", Data())
        #expect(empty.status == 422)
        #expect(empty.errorCode == "empty")
    }

    @Test func uploadArchivesAndResolves() async throws {
        let web = try await WebFixture()
        let decision = try web.id("120/QĐ-UBND", year: 2023)
        let answer = try await web.http.post("/api/documents?name=cv-88.txt", Data(WriteAPITests.sample.utf8),
                                             headers: ["Authorization": "Bearer " + WebFixture.key])
        #expect(answer.status == 201, "\(answer.text)")
        let object = try answer.object()
        let id = try #require(object["id"] as? Int)
        let citations = try #require(object["citations"] as? [[String: Any]])
        #expect(citations.first.flatMap { ($0["resolution"] as? [String: Any])?["document"] as? Int } == Int(decision))
        #expect(try await web.http.get("/api/documents").object()["total"] as? Int == 7)
        let cited = try await web.http.get("/api/documents/\(decision)").object()
        #expect((cited["citedBy"] as? [[String: Any]])?.contains { $0["id"] as? Int == id } == true)
        // The same content again: the same document, nothing added.
        let again = try await web.http.post("/api/documents?name=other.txt", Data(WriteAPITests.sample.utf8),
                                            headers: ["X-API-Key": WebFixture.key])
        #expect(again.status == 201)
        #expect(try again.object()["id"] as? Int == id)
        #expect(try await web.http.get("/api/documents").object()["total"] as? Int == 7)
    }

    /// The register keeps its count and a search's matches between requests (RegisterCache):
    /// an upload changes the archive, and the next answers count the new letter.
    @Test func theRegisterSeesAnUpload() async throws {
        let web = try await WebFixture()
        func total(_ path: String) async throws -> Int? { try await web.http.get(path).object()["total"] as? Int }
        let searched = "/api/documents?text=b%C3%A1o%20c%C3%A1o%20thi%20dua"
        let before = try #require(try await total(searched))
        for _ in 0..<2 {
            #expect(try await total("/api/documents") == 6)
            #expect(try await total(searched) == before)
        }
        let answer = try await web.http.post("/api/documents?name=cv-88.txt", Data(WriteAPITests.sample.utf8),
                                             headers: ["X-API-Key": WebFixture.key])
        #expect(answer.status == 201, "\(answer.text)")
        #expect(try await total("/api/documents") == 7)
        #expect(try await total(searched) == before + 1)
        let page = try await web.http.get("/?q=bao+cao+thi+dua")
        #expect(page.text.contains("88/UBND-VP"))
    }

    /// (headers, status, code) of uploads without the right key.
    static let badKeys: [([String: String], Int, String)] = [
        ([:], 401, "key-required"),
        (["Authorization": "Bearer wrong-key-0123456789abcdef"], 401, "wrong-key"),
        (["X-API-Key": "test-key-0123456789abcdeX"], 401, "wrong-key"),
        (["Authorization": "Basic dGVzdA=="], 401, "key-required"),
    ]

    @Test("wrong keys", arguments: badKeys)
    func wrongKey(headers: [String: String], status: Int, code: String) async throws {
        let web = try await WebFixture()
        let answer = try await web.http.post("/api/documents?name=a.txt", Data(WriteAPITests.sample.utf8), headers: headers)
        #expect(answer.status == status)
        #expect(answer.errorCode == code)
        #expect(try await web.http.get("/api/documents").object()["total"] as? Int == 6)
    }

    @Test func noKeyNoWrites() async throws {
        let web = try await WebFixture(writable: false) { $0.apiKey = nil }
        let answer = try await web.http.post("/api/documents?name=a.txt", Data(WriteAPITests.sample.utf8),
                                             headers: ["Authorization": "Bearer " + WebFixture.key])
        #expect(answer.status == 403)
        #expect(answer.errorCode == "writes-disabled")
    }

    @Test func readKey() async throws {
        let web = try await WebFixture { $0.keyForReads = true }
        #expect(try await web.http.get("/api/documents").status == 401)
        #expect(try await web.http.get("/").status == 401)
        let keyed = try await web.http.get("/api/documents", headers: ["X-API-Key": WebFixture.key])
        #expect(keyed.status == 200)
    }

    @Test func lookupAnswersFoundAmbiguousNotFound() async throws {
        let web = try await WebFixture()
        let plan = try web.id("11/KH-UBND", year: 2023)
        let draft = "Căn cứ Kế hoạch số 11/KH-UBND ngày 15/5/2023 của UBND tỉnh; Công văn số 45/UBND-VP của UBND huyện; "
            + "Quyết định số 99/QĐ-UBND ngày 01/01/2023."
        for (body, type) in [(Data(draft.utf8), "text/plain; charset=utf-8"),
                             (try JSONSerialization.data(withJSONObject: ["text": draft]), "application/json")] {
            let answer = try await web.http.post("/api/citations/lookup", body, headers: ["Content-Type": type])
            #expect(answer.status == 200, "\(answer.text)")
            let citations = try #require(try answer.object()["citations"] as? [[String: Any]])
            let status = Dictionary(uniqueKeysWithValues: citations.map { ($0["number"] as? String ?? "", $0["status"] as? String ?? "") })
            #expect(status == ["11/KH-UBND": "found", "45/UBND-VP": "ambiguous", "99/QĐ-UBND": "not-found"])
            let found = citations.first { $0["number"] as? String == "11/KH-UBND" }
            #expect((found?["documents"] as? [[String: Any]])?.map { $0["id"] as? Int } == [Int(plan)])
            let ambiguous = citations.first { $0["number"] as? String == "45/UBND-VP" }
            #expect((ambiguous?["documents"] as? [[String: Any]])?.count == 2)
        }
    }

    /// Bodies the lookup refuses: (body, content type, status, code).
    static let badDrafts: [(String, String, Int, String)] = [
        ("   ", "text/plain", 400, "empty-body"),
        ("{\"txt\": 1}", "application/json", 400, "bad-json"),
        ("Căn cứ Kế hoạch số 1/KH-UBND; Kế hoạch số 2/KH-UBND; Kế hoạch số 3/KH-UBND.", "text/plain", 413, "too-many-citations"),
        (String(repeating: "thi đua ", count: 300), "text/plain", 413, "body-too-large"),
    ]

    @Test("bad drafts", arguments: badDrafts)
    func badDraft(body: String, type: String, status: Int, code: String) async throws {
        let web = try await WebFixture { $0.maxLookupCitations = 2; $0.maxDraftBytes = 1000 }
        let answer = try await web.http.post("/api/citations/lookup", Data(body.utf8), headers: ["Content-Type": type])
        #expect(answer.status == status)
        #expect(answer.errorCode == code, "\(answer.text)")
    }
}

@Suite("Limits on bodies")
struct BodyLimitTests {
    @Test("oversized body", arguments: ["/api/extract", "/api/documents", "/api/citations/lookup"])
    func oversized(path: String) async throws {
        let web = try await WebFixture { $0.maxUploadBytes = 1000; $0.maxDraftBytes = 1000 }
        let answer = try await web.http.post(path, Data(repeating: 0x41, count: 5000), headers: ["X-API-Key": WebFixture.key])
        #expect(answer.status == 413)
        #expect(answer.errorCode == "body-too-large")
    }

    @Test func oversizedWithoutLength() async throws {
        let web = try await WebFixture { $0.maxUploadBytes = 1000 }
        var chunked = Data()
        for _ in 0..<10 { chunked += Data("1f4\r\n".utf8) + Data(repeating: 0x41, count: 500) + Data("\r\n".utf8) }
        chunked += Data("0\r\n\r\n".utf8)
        let answer = try await web.http.send(method: "POST", "/api/extract", headers: ["Transfer-Encoding": "chunked"],
                                             body: nil, declaredLength: nil, raw: chunked)
        #expect(answer.status == 413)
        #expect(answer.errorCode == "body-too-large")
    }

    /// A client that starts a request and never finishes its head is cut off once the
    /// connection has been idle for the idle timeout (the test waits on the server closing).
    @Test func headThatNeverEnds() async throws {
        let web = try await WebFixture { $0.idleTimeout = 0.5 }
        #expect(try await web.http.closesUnanswered(Data("GET /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a".utf8)))
    }

    /// A client that announces a body and never sends it is answered 408 once the body
    /// timeout has passed (the test waits on the server's answer, not on a clock).
    @Test func bodyThatNeverEnds() async throws {
        let web = try await WebFixture { $0.bodyTimeout = 0.5 }
        let answer = try await web.http.send(method: "POST", "/api/extract", headers: [:], body: Data("abc".utf8), declaredLength: 100)
        #expect(answer.status == 408)
        #expect(answer.errorCode == "body-timeout")
    }
}
