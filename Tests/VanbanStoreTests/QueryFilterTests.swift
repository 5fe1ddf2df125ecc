import Testing
import VanbanRecord
@testable import VanbanStore

/// Each filter of `vanban query`, on records written directly.
@Suite struct QueryFilterTests {
    let fixture: ArchiveFixture
    let plan, decision, letter, undated: Int64

    init() throws {
        fixture = try ArchiveFixture()
        plan = try fixture.store(ArchiveFixture.record(
            "kh.txt", type: "ke-hoach", number: "84/KH-UBND", date: "2017-05-15", subject: "Tổ chức phong trào thi đua",
            issuer: Issuer(name: "Ủy ban nhân dân tỉnh Sơn La", parent: nil),
            signer: Signer(name: "Nguyễn Văn An", position: "Chủ tịch", authority: "TM", principal: "Ủy ban nhân dân")))
        decision = try fixture.store(ArchiveFixture.record(
            "qd.txt", type: "quyet-dinh", number: "12/QĐ-UBND", date: "2018-01-02", subject: "Khen thưởng",
            issuer: Issuer(name: "Sở Nội vụ", parent: "UBND tỉnh Sơn La"),
            signer: Signer(name: "Đoàn Văn Tứ", position: "Phó Giám đốc", authority: "KT", principal: "Giám đốc"),
            citations: [ArchiveFixture.citation("84/KH-UBND", date: "2017-05-15", relation: "implements")]))
        letter = try fixture.store(ArchiveFixture.record(
            "cv.txt", type: "cong-van", number: "170/SNV-VP", date: "2018-06-30", subject: "Báo cáo",
            issuer: Issuer(name: "Sở Nội vụ", parent: nil),
            citations: [ArchiveFixture.citation("12/QĐ-UBND", relation: "basis"), ArchiveFixture.citation("84/KH-UBND")]))
        undated = try fixture.store(ArchiveFixture.record("x.txt"))
    }

    @Test func noFilterListsEveryDocumentByDateThenId() throws {
        #expect(try fixture.ids(DocumentQuery()) == [plan, decision, letter, undated])
    }

    @Test func type() throws {
        #expect(try fixture.ids(DocumentQuery(type: "quyet-dinh")) == [decision])
        #expect(try fixture.ids(DocumentQuery(type: "chi-thi")).isEmpty)
    }

    @Test func issuerMatchesNameOrParentWithOrWithoutDiacritics() throws {
        #expect(try fixture.ids(DocumentQuery(issuer: "Sở Nội vụ")) == [decision, letter])
        #expect(try fixture.ids(DocumentQuery(issuer: "so noi vu")) == [decision, letter])
        #expect(try fixture.ids(DocumentQuery(issuer: "son la")) == [plan, decision])
        #expect(try fixture.ids(DocumentQuery(issuer: "Bộ Tài chính")).isEmpty)
        #expect(throws: ArchiveError.self) { try fixture.ids(DocumentQuery(issuer: "%")) }
        #expect(try fixture.ids(DocumentQuery(issuer: "vụ%")) == [decision, letter])
    }

    @Test func signer() throws {
        #expect(try fixture.ids(DocumentQuery(signer: "doan van tu")) == [decision])
        #expect(try fixture.ids(DocumentQuery(signer: "Nguyễn")) == [plan])
    }

    @Test func dateRange() throws {
        #expect(try fixture.ids(DocumentQuery(from: "2018-01-01")) == [decision, letter])
        #expect(try fixture.ids(DocumentQuery(to: "2018-01-02")) == [plan, decision])
        #expect(try fixture.ids(DocumentQuery(from: "2018-01-03", to: "2018-12-31")) == [letter])
    }

    @Test func numberWhateverItsCaseOrDiacritics() throws {
        #expect(try fixture.ids(DocumentQuery(number: "12/QĐ-UBND")) == [decision])
        #expect(try fixture.ids(DocumentQuery(number: "12/qd-ubnd")) == [decision])
        #expect(try fixture.ids(DocumentQuery(number: "12 / QĐ-UBND")) == [decision])
        #expect(try fixture.ids(DocumentQuery(number: "12/QĐ")).isEmpty)
    }

    @Test func cites() throws {
        #expect(try fixture.ids(DocumentQuery(cites: "84/KH-UBND")) == [decision, letter])
        #expect(try fixture.ids(DocumentQuery(cites: "12/qđ-ubnd")) == [letter])
        #expect(try fixture.ids(DocumentQuery(cites: "170/SNV-VP")).isEmpty)
    }

    @Test func citingAndCitedByFollowCitationLinks() throws {
        #expect(try fixture.ids(DocumentQuery(citing: plan)) == [decision, letter])
        #expect(try fixture.ids(DocumentQuery(citedBy: letter)) == [plan, decision])
        #expect(try fixture.ids(DocumentQuery(citedBy: plan)).isEmpty)
    }

    @Test func citationOfTheSameNumberInAnotherYearIsAnotherDocument() throws {
        let later = try fixture.store(ArchiveFixture.record(
            "later.txt", number: "99/BC-UBND", date: "2020-02-01",
            citations: [ArchiveFixture.citation("84/KH-UBND", date: "2019-03-01")]))
        #expect(try fixture.ids(DocumentQuery(citedBy: later)).isEmpty)
        #expect(try fixture.ids(DocumentQuery(cites: "84/KH-UBND")) == [decision, letter, later])
    }

    @Test func limitAndId() throws {
        #expect(try fixture.ids(DocumentQuery(limit: 2)) == [plan, decision])
        #expect(try fixture.ids(DocumentQuery(id: letter)) == [letter])
        #expect(try fixture.ids(DocumentQuery(id: 9_999)).isEmpty)
    }

    @Test func filtersCombine() throws {
        #expect(try fixture.ids(DocumentQuery(issuer: "so noi vu", from: "2018-03-01")) == [letter])
        #expect(try fixture.ids(DocumentQuery(type: "ke-hoach", issuer: "so noi vu")).isEmpty)
    }

    @Test func failedFilesAreNotDocuments() throws {
        let source = Source(file: "bad.pdf", path: "/archive/bad.pdf", sha256: "sha-bad", format: "pdf", bytes: 3)
        try fixture.store(.failed(source, code: "corrupt", message: "not a PDF"))
        #expect(try fixture.ids(DocumentQuery()).count == 4)
        var failed: [String] = []
        try fixture.archive.files(status: .failed) { failed.append($0.path) }
        #expect(failed == ["/archive/bad.pdf"])
    }

    @Test(arguments: [
        ("2020", false, "2020-01-01"), ("2020", true, "2020-12-31"),
        ("2020-3", false, "2020-03-01"), ("2020-03", true, "2020-03-31"),
        ("2020-03-05", true, "2020-03-05"), ("5/3/2020", false, "2020-03-05"),
    ])
    func dateBounds(_ value: String, _ upper: Bool, _ expected: String) {
        #expect(DocumentQuery.dateBound(value, upper: upper) == expected)
    }

    @Test(arguments: ["", "20", "2020-13", "2020-01-32", "yesterday", "1/2020"])
    func badDateBounds(_ value: String) {
        #expect(DocumentQuery.dateBound(value, upper: false) == nil)
    }
}
