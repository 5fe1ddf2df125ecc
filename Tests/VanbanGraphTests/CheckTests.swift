import Testing
import VanbanGraph
import VanbanRecord

/// Each kind of finding, with the letters and offsets it names, and what must not be found.
@Suite struct CheckTests {
    typealias F = GraphFixture

    @Test func unresolvedCitationsNameEveryLetter() throws {
        let f = try GraphFixture()
        let a = try f.store(F.document("a", type: "cong-van", date: "2023-01-01",
                                       citations: [F.cite("chi-thi", "34-CT/TW", date: "2014-04-07", offsets: [5, 80])]))
        let b = try f.store(F.document("b", type: "cong-van", date: "2023-02-01",
                                       citations: [F.cite("chi-thi", "34-CT/TW", date: "2014-04-07", offsets: [7])]))
        try f.resolve()
        let found = try f.findings(.unresolved)
        #expect(found.count == 1)
        #expect(found[0].citations.map(\.reference) == ["#\(a)@5,80", "#\(b)@7"])
        #expect(found[0].subject.contains("34-CT/TW") && found[0].detail.contains("2 letters"))
    }

    @Test func conflictingDates() throws {
        let f = try GraphFixture()
        let plan = try f.store(F.document("plan", type: "ke-hoach", number: "84/KH-UBND", date: "2017-05-15"))
        let a = try f.store(F.document("a", type: "cong-van", date: "2017-06-01",
                                       citations: [F.cite("ke-hoach", "84/KH-UBND", date: "2017-05-15")]))
        let b = try f.store(F.document("b", type: "cong-van", date: "2017-06-02",
                                       citations: [F.cite("ke-hoach", "84/KH-UBND", date: "2017-05-16")]))
        try f.resolve()
        let found = try f.findings(.conflictingDates)
        #expect(found.count == 1 && found[0].node == .document(plan))
        #expect(found[0].citations.map(\.letter) == [a, b])
        #expect(found[0].detail.contains("2017-05-16 by #\(b)"))
    }

    @Test func aLetterCitingADocumentDatedAfterIt() throws {
        let f = try GraphFixture()
        try f.store(F.document("plan", type: "ke-hoach", number: "84/KH-UBND", date: "2017-05-15"))
        let early = try f.store(F.document("early", type: "cong-van", date: "2017-05-01",
                                           citations: [F.cite("ke-hoach", "84/KH-UBND", date: nil)]))
        try f.store(F.document("late", type: "cong-van", date: "2017-06-01",
                               citations: [F.cite("ke-hoach", "84/KH-UBND", date: "2017-05-15")]))
        try f.resolve()
        let found = try f.findings(.citesLater)
        #expect(found.map { $0.citations[0].letter } == [early])
        #expect(found[0].detail.contains("2017-05-15"))
    }

    @Test func issuerMismatch() throws {
        let f = try GraphFixture()
        try f.store(F.document("plan", type: "ke-hoach", number: "84/KH-UBND", date: "2017-05-15",
                               issuer: "Ủy ban nhân dân tỉnh Sơn La"))
        let wrong = try f.store(F.document("wrong", type: "cong-van", date: "2017-06-01",
                                           citations: [F.cite("ke-hoach", "84/KH-UBND", date: "2017-05-15", issuer: "Sở Nội vụ")]))
        try f.store(F.document("right", type: "cong-van", date: "2017-06-01",
                               citations: [F.cite("ke-hoach", "84/KH-UBND", date: "2017-05-15", issuer: "UBND tỉnh")]))
        try f.resolve()
        let found = try f.findings(.issuerMismatch)
        #expect(found.count == 1 && found[0].citations.map(\.letter) == [wrong])
    }

    @Test func symbolVariantsOfArchivedAndOutsideDocuments() throws {
        let f = try GraphFixture()
        let ministry = try f.store(F.document("cv1081", type: "cong-van", number: "1081/LĐTBXH-VP", date: "2023-07-11"))
        let typo = try f.store(F.document("typo", type: "cong-van", date: "2023-08-08",
                                          citations: [F.cite("cong-van", "1081/LĐTBOXH-VP", date: "2023-07-11", offsets: [33])]))
        let a = try f.store(F.document("a", type: "cong-van", date: "2023-08-08",
                                       citations: [F.cite("ke-hoach", "405/KH-CSĐTNMT", date: "2022-06-24")]))
        let b = try f.store(F.document("b", type: "cong-van", date: "2023-08-09",
                                       citations: [F.cite("ke-hoach", "405/KH-CSĐTNTMT", date: "2022-06-24")]))
        try f.store(F.document("c", type: "cong-van", date: "2023-08-09",
                               citations: [F.cite("ke-hoach", "405/KH-UBND", date: "2022-06-24")]))
        try f.resolve()
        let found = try f.findings(.symbolVariants)
        #expect(found.count == 2)
        #expect(found[0].node == .document(ministry) && found[0].citations.map(\.reference) == ["#\(typo)@33"])
        #expect(found[0].detail.contains("1081/LĐTBOXH-VP by #\(typo)"))
        #expect(Set(found[1].citations.map(\.letter)) == [a, b])
    }

    @Test func duplicateDocuments() throws {
        let f = try GraphFixture()
        let first = try f.store(F.document("qd.docx", type: "quyet-dinh", number: "12/QĐ-UBND", date: "2023-02-01", subject: "A"))
        let second = try f.store(F.document("qd.pdf", type: "quyet-dinh", number: "12/QĐ-UBND", date: "2023-02-01", subject: "A"))
        try f.store(F.document("other-year", type: "quyet-dinh", number: "12/QĐ-UBND", date: "2024-02-01"))
        try f.store(F.document("blank-1", type: "cong-van", number: "/UBND-VP", date: "2023-02-01"))
        try f.store(F.document("blank-2", type: "cong-van", number: "/UBND-VP", date: "2023-03-01"))
        try f.resolve()
        let found = try f.findings(.duplicateDocuments)
        #expect(found.count == 1 && found[0].documents == [first, second])
        #expect(found[0].detail.contains("same number, date and subject"))
    }

    @Test func selfCitation() throws {
        let f = try GraphFixture()
        let letter = try f.store(F.document("self", type: "ke-hoach", number: "5/KH-ABC", date: "2023-02-01",
                                            citations: [F.cite("ke-hoach", "5/KH-ABC", date: "2023-02-01", offsets: [300])]))
        try f.store(F.document("next-year", type: "ke-hoach", number: "5/KH-ABC", date: "2024-02-01",
                               citations: [F.cite("ke-hoach", "5/KH-ABC", date: "2023-02-01")]))
        try f.resolve()
        let found = try f.findings(.selfCitation)
        #expect(found.count == 1 && found[0].citations.map(\.reference) == ["#\(letter)@300"])
    }

    @Test(arguments: ["repeals", "replaces"])
    func aDocumentCitedAsInForceAfterItWasEnded(_ ending: String) throws {
        let f = try GraphFixture()
        let old = try f.store(F.document("old", type: "quyet-dinh", number: "20/2015/QĐ-UBND", date: "2015-06-01"))
        let ender = try f.store(F.document("new", type: "quyet-dinh", number: "7/2020/QĐ-UBND", date: "2020-03-01",
                                           citations: [F.cite("quyet-dinh", "20/2015/QĐ-UBND", date: "2015-06-01", relation: ending)]))
        // before the repeal: sound
        try f.store(F.document("before", type: "cong-van", date: "2019-01-01",
                               citations: [F.cite("quyet-dinh", "20/2015/QĐ-UBND", date: "2015-06-01", relation: "basis")]))
        let late = try f.store(F.document("late", type: "cong-van", date: "2021-01-01",
                                          citations: [F.cite("quyet-dinh", "20/2015/QĐ-UBND", date: "2015-06-01",
                                                             relation: "implements", offsets: [42])]))
        // after it, but only mentioning it: sound
        try f.store(F.document("history", type: "bao-cao", date: "2021-02-01",
                               citations: [F.cite("quyet-dinh", "20/2015/QĐ-UBND", date: "2015-06-01", relation: "mentions")]))
        try f.resolve()
        let found = try f.findings(.citedAfterRepeal)
        #expect(found.count == 1)
        #expect(found.first?.node == .document(old))
        #expect(found.first?.citations.map(\.reference) == ["#\(late)@42"])
        #expect(found.first?.documents == [ender])
        #expect(found.first?.detail.contains(ending == "repeals" ? "repealed by #\(ender)" : "replaced by #\(ender)") == true)
    }

    @Test func anOutsideDocumentCitedAfterItWasReplaced() throws {
        let f = try GraphFixture()
        let ender = try f.store(F.document("new", type: "nghi-dinh", number: "30/2020/NĐ-CP", date: "2020-03-05",
                                           citations: [F.cite("thong-tu", "01/2011/TT-BNV", date: "2011-01-19", relation: "replaces")]))
        let late = try f.store(F.document("late", type: "cong-van", date: "2021-01-01",
                                          citations: [F.cite("thong-tu", "01/2011/TT-BNV", date: "2011-01-19", relation: "basis")]))
        try f.resolve()
        let found = try f.findings(.citedAfterRepeal)
        #expect(found.map { $0.citations.map(\.letter) } == [[late]])
        #expect(found.first?.documents == [ender])
    }

    @Test func aSoundArchiveHasNoFindings() throws {
        let f = try GraphFixture()
        try f.store(F.document("plan", type: "ke-hoach", number: "84/KH-UBND", date: "2017-05-15", issuer: "Ủy ban nhân dân tỉnh"))
        try f.store(F.document("letter", type: "cong-van", number: "3/SNV-VP", date: "2017-06-01",
                               citations: [F.cite("ke-hoach", "84/KH-UBND", date: "2017-05-15", issuer: "UBND tỉnh")]))
        try f.resolve()
        #expect(try ChainChecker(archive: f.archive).findings().isEmpty)
    }
}
