import Foundation
import Testing

/// The pages as HTML (the browser test in scripts/browser-test.sh loads them in Chromium).
@Suite("Pages")
struct PageTests {
    @Test func registerListsAndSearchesWithoutDiacritics() async throws {
        let web = try await WebFixture()
        let all = try await web.http.get("/")
        #expect(all.status == 200)
        #expect(all.headers["content-type"] == "text/html; charset=utf-8")
        #expect(all.text.contains("Sổ văn bản"))
        #expect(all.text.components(separatedBy: "<tr data-id=").count - 1 == 6)
        let search = try await web.http.get("/?q=hoi+dong")
        #expect(search.text.components(separatedBy: "<tr data-id=").count - 1 == 1)
        #expect(search.text.contains("120/QĐ-UBND"))
        let bad = try await web.http.get("/?from=never")
        #expect(bad.status == 400)
        #expect(bad.text.contains("id=\"filter-error\""))
    }

    @Test func documentPageLinksAndMarksCitations() async throws {
        let web = try await WebFixture()
        let decision = try web.id("120/QĐ-UBND", year: 2023)
        let plan = try web.id("11/KH-UBND", year: 2023)
        let page = try await web.http.get("/documents/\(decision)")
        #expect(page.status == 200)
        #expect(page.text.contains("<a class=\"mention\" href=\"/documents/\(plan)\"><mark"))
        #expect(page.text.contains("Kế hoạch số 11/KH-UBND ngày 15/5/2023</mark>"))
        #expect(page.text.contains("<a class=\"citation\" href=\"/documents/\(plan)\">"))
        #expect(try await web.http.get("/documents/999").status == 404)
        #expect(try await web.http.get("/documents/abc").status == 400)
    }

    @Test func chainPageDrawsSVG() async throws {
        let web = try await WebFixture()
        let decision = try web.id("120/QĐ-UBND", year: 2023)
        let plan = try web.id("11/KH-UBND", year: 2023)
        let page = try await web.http.get("/documents/\(decision)/chain")
        #expect(page.status == 200)
        #expect(page.text.contains("<svg"))
        #expect(page.text.contains("data-id=\"d\(decision)\""))
        #expect(page.text.contains("data-from=\"d\(decision)\" data-to=\"d\(plan)\" data-relation=\"basis\""))
        #expect(page.text.contains("class=\"node outside\""))
        // An outside document's chain: drawn, not linked as an archived document.
        let outside = try await web.http.get("/documents/x1/chain")
        #expect(outside.status == 200)
        #expect(outside.text.contains("(ngoài kho)"))
        #expect(!outside.text.contains("<a href=\"/documents/x1\">"))
    }

    @Test func checkAndLookupPages() async throws {
        let web = try await WebFixture()
        let check = try await web.http.get("/check")
        #expect(check.status == 200)
        #expect(check.text.contains("data-kind=\"unresolved\""))
        let form = "text=" + "Căn cứ Kế hoạch số 11/KH-UBND ngày 15/5/2023".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let lookup = try await web.http.post("/lookup", Data(form.utf8), headers: ["Content-Type": "application/x-www-form-urlencoded"])
        #expect(lookup.status == 200)
        #expect(lookup.text.contains("data-status=\"found\""))
    }

    /// Text from the archive is escaped: a subject cannot add markup to a page.
    @Test func markupIsEscaped() async throws {
        let web = try await WebFixture()
        let page = try await web.http.get("/?q=%3Cscript%3Ealert(1)%3C/script%3E")
        #expect(!page.text.contains("<script>alert(1)</script>"))
    }
}
