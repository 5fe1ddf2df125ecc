import Testing
import VanbanGraph
import VanbanRecord

/// Each way a citation is resolved, what must not resolve, and resolution as documents
/// arrive and go.
@Suite struct ResolutionTests {
    typealias F = GraphFixture

    @Test func exactNumberAndYearWhateverTheCase() throws {
        let f = try GraphFixture()
        let plan = try f.store(F.document("plan", type: "ke-hoach", number: "84/KH-UBND", date: "2017-05-15"))
        let letter = try f.store(F.document("letter", type: "ke-hoach", number: "170/KH-CSĐTNTMT", date: "2017-06-07",
                                            citations: [F.cite("ke-hoach", "84/kh-ubnd", date: "2017-05-15")]))
        try f.resolve()
        #expect(try f.resolutions(of: letter) == [.init(method: "exact", confidence: 1, cited: plan, external: nil)])
    }

    /// A number typed with Cyrillic look-alikes ("КН" for "KH") and an en dash is the same number.
    @Test func lookAlikeLettersInANumberStillMatch() throws {
        let f = try GraphFixture()
        let plan = try f.store(F.document("plan", type: "ke-hoach", number: "84/\u{041A}\u{041D}\u{2013}UBND", date: "2017-05-15"))
        let letter = try f.store(F.document("letter", type: "ke-hoach", number: "170/KH-CSĐTNTMT", date: "2017-06-07",
                                            citations: [F.cite("ke-hoach", "84/KH-UBND", date: "2017-05-15")]))
        try f.resolve()
        #expect(try f.resolutions(of: letter) == [.init(method: "exact", confidence: 1, cited: plan, external: nil)])
    }

    @Test func partyNumbersRepeatAcrossTermsSoTheYearDecides() throws {
        let f = try GraphFixture()
        let old = try f.store(F.document("ct34-2014", type: "chi-thi", number: "34-CT/TW", date: "2014-04-07"))
        let letter = try f.store(F.document("letter", type: "cong-van", date: "2024-09-01", citations: [
            F.cite("chi-thi", "34-CT/TW", date: "2014-04-07"),
            F.cite("chi-thi", "34-CT/TW", date: "2024-05-10"),
        ]))
        try f.resolve()
        let links = try f.resolutions(of: letter)
        #expect(links[0].cited == old && links[0].method == "exact")
        #expect(links[1].method == "external" && links[1].cited == nil)
        // The 2024 directive arrives: it takes its own citation, the 2014 one keeps its.
        let new = try f.store(F.document("ct34-2024", type: "chi-thi", number: "34-CT/TW", date: "2024-05-10"))
        try f.resolve()
        #expect(try f.resolutions(of: letter).map(\.cited) == [old, new])
        #expect(try f.count("SELECT count(*) FROM external_documents") == 0)
    }

    @Test func symbolTyposWithTheSameTypeSequenceAndDate() throws {
        let f = try GraphFixture()
        let ministry = try f.store(F.document("cv1081", type: "cong-van", number: "1081/LĐTBXH-VP", date: "2023-07-11"))
        let plan = try f.store(F.document("kh405", type: "ke-hoach", number: "405/KH-CSĐTNMT", date: "2022-06-24"))
        let letter = try f.store(F.document("letter", type: "cong-van", date: "2023-08-08", citations: [
            F.cite("cong-van", "1081/LĐTBOXH-VP", date: "2023-07-11"),
            F.cite("ke-hoach", "405/KH-CSĐTNTMT", date: "2022-06-24"),
            // Off by one letter but another date: another document.
            F.cite("cong-van", "1081/LĐTBOXH-VP", date: "2023-08-01"),
            // Another sequence.
            F.cite("ke-hoach", "406/KH-CSĐTNTMT", date: "2022-06-24"),
        ]))
        try f.resolve()
        let links = try f.resolutions(of: letter)
        #expect(links[0].method == "symbol" && links[0].cited == ministry && links[0].confidence == 0.9)
        #expect(links[1].method == "symbol" && links[1].cited == plan)
        #expect(links[2].method == "external")
        #expect(links[3].method == "external")
    }

    @Test func symbolTypoWithoutADateNeedsOneLetterAndAMatchingIssuer() throws {
        let f = try GraphFixture()
        let decision = try f.store(F.document("qd12", type: "quyet-dinh", number: "12/2023/QĐ-UBND", date: "2023-03-01",
                                              issuer: "Ủy ban nhân dân tỉnh Sơn La"))
        let letter = try f.store(F.document("letter", type: "cong-van", date: "2023-05-01", citations: [
            F.cite("quyet-dinh", "12/2023/QĐ-UBN", issuer: "UBND tỉnh"),
            F.cite("quyet-dinh", "12/2023/QĐ-UBN", issuer: "Sở Nội vụ"),
            F.cite("quyet-dinh", "12/2023/QĐ-UB"),
        ]))
        try f.resolve()
        let links = try f.resolutions(of: letter)
        #expect(links[0].method == "symbol" && links[0].cited == decision && links[0].confidence == 0.6)
        #expect(links[1].method == "external")
        #expect(links[2].method == "external")
    }

    /// The acceptance scenario: a directive whose header was lost, found by type, year,
    /// issuer and subject; the same number in 2025 stays another document.
    @Test func lostNumberFoundBySubjectIssuerAndYear() throws {
        let f = try GraphFixture()
        let directive = try f.store(F.document("seed-002", type: "chi-thi", subject: "Phát động phong trào thi đua năm 2023",
                                               issuer: "Ủy ban nhân dân tỉnh Sơn La"))
        let letter = try f.store(F.document("seed-000", type: "cong-van", date: "2023-01-18", citations: [
            F.cite("chi-thi", "01/CT-UBND", date: "2023-01-03", issuer: "UBND tỉnh Sơn La",
                   subject: "về phát động phong trào thi đua năm 2023"),
        ]))
        let plan = try f.store(F.document("seed-004", type: "ke-hoach", subject: "Triển khai công tác thi đua năm 2025", citations: [
            F.cite("chi-thi", "01/CT-UBND", date: "2025-01-01", issuer: "UBND tỉnh Sơn La",
                   subject: "phát động phong trào thi đua năm 2025"),
        ]))
        try f.resolve()
        let link = try #require(f.resolutions(of: letter).first)
        #expect(link.method == "subject" && link.cited == directive && link.confidence >= 0.8)
        #expect(try f.resolutions(of: plan).first?.method == "external")
    }

    /// Citation rules that give no issuer or subject: the clause after the mention in the
    /// letter's text is read instead.
    @Test func lostNumberFoundByTheWordsAfterTheMention() throws {
        let f = try GraphFixture()
        let directive = try f.store(F.document("seed-002", type: "chi-thi", subject: "Phát động phong trào thi đua năm 2023",
                                               issuer: "Ủy ban nhân dân tỉnh Sơn La"))
        func letter(_ name: String, _ text: String, _ mention: String, date: String) throws -> Int64 {
            let offset = try #require(text.range(of: mention)).lowerBound.samePosition(in: text.unicodeScalars)
                .map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0) } ?? 0
            let citation = Citation(type: "chi-thi", number: "01/CT-UBND", title: nil, date: date, issuer: nil, subject: nil,
                                    relation: "implements", mentions: [Mention(offset: offset, text: mention)])
            return try f.store(F.document(name, type: "cong-van", date: "2023-01-18", citations: [citation]), text: text)
        }
        let found = try letter("seed-000", """
            Kính gửi: Các phòng chuyên môn.
            Thực hiện Chỉ thị số 01/CT-UBND ngày 03/01/2023 của UBND tỉnh Sơn
            La về phát động phong trào thi đua năm 2023; Công văn số 42/SLĐTBXH-VP ngày 10/01/2023.
            """, "Chỉ thị số 01/CT-UBND ngày 03/01/2023", date: "2023-01-03")
        let later = try letter("seed-004", """
            Thực hiện Chỉ thị số 01/CT-UBND ngày 01/01/2025 của UBND tỉnh Sơn La  phát động phong trào thi đua năm 2025.
            """, "Chỉ thị số 01/CT-UBND ngày 01/01/2025", date: "2025-01-01")
        let other = try letter("other", """
            Thực hiện Chỉ thị số 01/CT-UBND ngày 03/01/2023 của Sở Nội vụ về phát động phong trào thi đua năm 2023.
            """, "Chỉ thị số 01/CT-UBND ngày 03/01/2023", date: "2023-01-03")
        try f.resolve()
        let link = try #require(f.resolutions(of: found).first)
        #expect(link.method == "subject" && link.cited == directive)
        #expect(try f.resolutions(of: later).first?.method == "external")
        #expect(try f.resolutions(of: other).first?.method == "external")
    }

    @Test func lostNumberIsNotFoundForAnotherSubjectOrIssuer() throws {
        let f = try GraphFixture()
        try f.store(F.document("directive", type: "chi-thi", date: "2023-01-03", subject: "Phát động phong trào thi đua năm 2023",
                               issuer: "Ủy ban nhân dân tỉnh Sơn La"))
        let letter = try f.store(F.document("letter", type: "cong-van", date: "2023-02-01", citations: [
            F.cite("chi-thi", "01/CT-UBND", date: "2023-01-03", issuer: "UBND tỉnh Sơn La", subject: "tăng cường kỷ luật hành chính"),
            F.cite("chi-thi", "02/CT-SNV", date: "2023-01-03", issuer: "Sở Nội vụ", subject: "phát động phong trào thi đua năm 2023"),
            F.cite("ke-hoach", "03/KH-UBND", date: "2023-01-03", issuer: "UBND tỉnh Sơn La",
                   subject: "phát động phong trào thi đua năm 2023"),
        ]))
        try f.resolve()
        #expect(try f.resolutions(of: letter).map(\.method) == ["external", "external", "external"])
    }

    @Test func lostNumberFoundByDateAndIssuerWhenTheCitationHasNoSubject() throws {
        let f = try GraphFixture()
        let directive = try f.store(F.document("directive", type: "chi-thi", date: "2023-01-03",
                                               issuer: "Ủy ban nhân dân tỉnh Sơn La"))
        let letter = try f.store(F.document("letter", type: "cong-van", date: "2023-02-01", citations: [
            F.cite("chi-thi", "01/CT-UBND", date: "2023-01-03", issuer: "UBND tỉnh Sơn La"),
            F.cite("chi-thi", "05/CT-UBND", date: "2023-01-04", issuer: "UBND tỉnh Sơn La"),
        ]))
        try f.resolve()
        let links = try f.resolutions(of: letter)
        #expect(links[0].method == "subject" && links[0].cited == directive)
        #expect(links[1].method == "external")
    }

    @Test func blankSequenceNumberIsFoundBySubjectWhenTheSymbolAgrees() throws {
        let f = try GraphFixture()
        let blank = try f.store(F.document("blank", type: "cong-van", number: "/CSĐTNMT-TCHCKT", date: "2023-08-08",
                                           subject: "V/v triển khai Công văn số 1081 về phòng chống ma túy",
                                           issuer: "Cơ sở Điều trị nghiện ma túy tỉnh"))
        let letter = try f.store(F.document("letter", type: "bao-cao", date: "2023-09-01", citations: [
            F.cite("cong-van", "112/CSĐTNMT-TCHCKT", date: "2023-08-08", subject: "triển khai Công văn số 1081 về phòng chống ma túy"),
            F.cite("cong-van", "113/SNV-TCHCKT", date: "2023-08-08", subject: "triển khai Công văn số 1081 về phòng chống ma túy"),
        ]))
        try f.resolve()
        let links = try f.resolutions(of: letter)
        #expect(links[0].method == "subject" && links[0].cited == blank)
        #expect(links[1].method == "external")
    }

    @Test func lawsByTitleAndSharedOutsideDocuments() throws {
        let f = try GraphFixture()
        let first = try f.store(F.document("a", type: "cong-van", date: "2023-01-01", citations: [
            F.cite("luat", nil, title: "Luật Thi đua, khen thưởng", relation: "basis"),
            F.cite("chi-thi", "19/CT-TTg", date: "2021-07-16"),
        ]))
        let second = try f.store(F.document("b", type: "ke-hoach", date: "2023-02-01", citations: [
            F.cite(nil, "19/ct-ttg", date: "2021-07-16"),
            F.cite(nil, nil, title: "Luật Thi đua, khen thưởng", relation: "basis"),
            F.cite("chi-thi", "19/CT-TTg", date: "2022-03-01"),
        ]))
        try f.resolve()
        let a = try f.resolutions(of: first)
        let b = try f.resolutions(of: second)
        #expect(a.map(\.method) == ["external", "external"])
        #expect(a[0].external == b[1].external && a[1].external == b[0].external)
        #expect(b[2].external != b[0].external)
        #expect(try f.count("SELECT count(*) FROM external_documents") == 3)
        // The law arrives: both letters are linked to it by its name.
        let law = try f.store(F.document("law", type: "luat", number: "06/2022/QH15", date: "2022-06-15",
                                         subject: "Thi đua, khen thưởng"))
        try f.resolve()
        #expect(try f.resolutions(of: first)[0] == .init(method: "title", confidence: 0.85, cited: law, external: nil))
        #expect(try f.resolutions(of: second)[1].cited == law)
        #expect(try f.count("SELECT count(*) FROM external_documents") == 2)
        // A draft's "Luật Thi đua, khen thưởng" is looked up by the same name.
        let graph = CitationGraph(archive: f.archive)
        #expect(try graph.documents(namedBy: "Luật Thi đua, khen thưởng", type: "luat") == [law])
        #expect(try graph.documents(namedBy: "Luật Thi đua, Khen thưởng", type: nil) == [law])
        #expect(try graph.documents(namedBy: "Luật Đất đai", type: "luat").isEmpty)
    }

    @Test func lateArrivalLinksTheWaitingLetter() throws {
        let f = try GraphFixture()
        let letter = try f.store(F.document("letter", type: "ke-hoach", number: "170/KH-CSĐTNTMT", date: "2017-06-07",
                                            citations: [F.cite("ke-hoach", "84/KH-UBND", date: "2017-05-15")]))
        try f.resolve()
        #expect(try f.resolutions(of: letter).first?.method == "external")
        let plan = try f.store(F.document("plan", type: "ke-hoach", number: "84/KH-UBND", date: "2017-05-15"))
        let summary = try f.resolve()
        #expect(summary.documents == 1 && summary.citations == 1)
        #expect(try f.resolutions(of: letter).first == .init(method: "exact", confidence: 1, cited: plan, external: nil))
        #expect(try f.count("SELECT count(*) FROM external_documents") == 0)
        // Nothing new: nothing to do.
        #expect(try f.resolve().citations == 0)
    }

    @Test func lateArrivalOfADocumentWhoseNumberWasLost() throws {
        let f = try GraphFixture()
        let letter = try f.store(F.document("letter", type: "cong-van", date: "2023-01-18", citations: [
            F.cite("chi-thi", "01/CT-UBND", date: "2023-01-03", issuer: "UBND tỉnh Sơn La",
                   subject: "phát động phong trào thi đua năm 2023"),
        ]))
        try f.resolve()
        let directive = try f.store(F.document("directive", type: "chi-thi", subject: "Phát động phong trào thi đua năm 2023",
                                               issuer: "Ủy ban nhân dân tỉnh Sơn La"))
        try f.resolve()
        #expect(try f.resolutions(of: letter).first?.cited == directive)
    }

    @Test func aDocumentThatGoesSendsItsCitationsBackOutside() throws {
        let f = try GraphFixture()
        try f.store(F.document("plan", type: "ke-hoach", number: "84/KH-UBND", date: "2017-05-15"))
        let letter = try f.store(F.document("letter", type: "ke-hoach", date: "2017-06-07",
                                            citations: [F.cite("ke-hoach", "84/KH-UBND", date: "2017-05-15")]))
        try f.resolve()
        #expect(try f.resolutions(of: letter).first?.method == "exact")
        // The same path now holds another letter: the plan is gone.
        var other = F.document("plan", type: "cong-van", number: "9/UBND-VP", date: "2018-01-01")
        other.source.sha256 = "sha-other"
        try f.store(other)
        #expect(try f.resolutions(of: letter).first?.method == "pending")
        try f.resolve()
        #expect(try f.resolutions(of: letter).first?.method == "external")
    }

    @Test func resolveAllGivesTheSameGraph() throws {
        let f = try GraphFixture()
        try f.store(F.document("plan", type: "ke-hoach", number: "84/KH-UBND", date: "2017-05-15"))
        let letter = try f.store(F.document("letter", type: "ke-hoach", date: "2017-06-07", citations: [
            F.cite("ke-hoach", "84/KH-UBND", date: "2017-05-15"), F.cite("chi-thi", "34-CT/TW", date: "2014-04-07"),
        ]))
        try f.resolve()
        let before = try f.resolutions(of: letter).map(\.method)
        let summary = try CitationResolver(archive: f.archive).resolveAll()
        #expect(summary.documents == 2 && summary.citations == 2)
        #expect(try f.resolutions(of: letter).map(\.method) == before)
    }
}
