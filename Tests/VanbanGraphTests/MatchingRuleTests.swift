import Testing
@testable import VanbanGraph
import VanbanRules

/// The comparisons resolution is built on, one rule at a time.
@Suite struct MatchingRuleTests {
    @Test(arguments: [
        // Abbreviations spelled out, diacritics and case aside.
        ("UBND tỉnh Sơn La", "Ủy ban nhân dân tỉnh Sơn La", 1.0),
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh Điện Biên", 1.0),
        ("Sở LĐ-TBXH", "Sở Lao động - Thương binh và Xã hội", 1.0),
        ("Sở LĐTBXH tỉnh", "Sở Lao động Thương binh và Xã hội", 1.0),
        ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo", 1.0),
        ("HĐND tỉnh", "Hội đồng nhân dân tỉnh Lai Châu", 1.0),
        // Other bodies.
        ("Sở Nội vụ", "Ủy ban nhân dân tỉnh Sơn La", 0.0),
        ("Bộ Chính trị", "Ban Chấp hành Trung ương", 0.0),
    ])
    func issuerSimilarity(_ cited: String, _ archived: String, _ expected: Double) {
        #expect(IssuerName(cited).similarity(to: IssuerName(archived)) == expected)
    }

    @Test func subjectWordsIgnoreFunctionWordsAndKeepYearsApart() {
        let cited = SubjectWords("về phát động phong trào thi đua năm 2023")
        let archived = SubjectWords("Phát động phong trào thi đua năm 2023")
        #expect(cited.similarity(to: archived) == 1)
        #expect(archived.onlyYear == 2023)
        // The same words for another year are another document.
        #expect(SubjectWords("phát động phong trào thi đua năm 2025").similarity(to: archived) == 0)
        #expect(SubjectWords("tăng cường kỷ luật hành chính").similarity(to: archived) == 0)
        #expect(SubjectWords("giai đoạn 2023-2027").onlyYear == nil)
    }

    @Test(arguments: [
        ("ldtboxh-vp", "ldtbxh-vp", 2, 1 as Int?),
        ("kh-csdtntmt", "kh-csdtnmt", 2, 1),
        ("ubnd-vp", "ubnd-kt", 2, 2),
        ("ubnd-vp", "ubnd-kt", 1, nil),
        ("kh-ubnd", "kh-ubnd", 1, 0),
        ("", "abc", 3, 3),
    ])
    func editDistance(_ a: String, _ b: String, _ limit: Int, _ expected: Int?) {
        #expect(EditDistance.between(a, b, limit: limit) == expected)
    }

    @Test func numberParts() {
        let party = NumberParts("34-CT/TW")
        #expect(party.key == "34-ct/tw" && party.seq == "34" && party.type == "chi-thi" && party.year == nil)
        let decree = NumberParts("30/2020/NĐ-CP")
        #expect(decree.year == 2020 && decree.symbolKey == "nd-cp" && decree.type == "nghi-dinh")
        #expect(NumberParts("01/CT-UBND").seq == NumberParts("1/CT-UBND").seq)
        let blank = NumberParts("/CSĐTNMT-TCHCKT")
        #expect(blank.seq == nil && blank.symbolKey == "csdtnmt-tchckt")
    }

    @Test func titleKeysDropTheTypeName() {
        #expect(TitleKey.of("Luật Thi đua, khen thưởng", type: nil) == "thi dua khen thuong")
        #expect(TitleKey.of("Thi đua, khen thưởng", type: "luat") == "thi dua khen thuong")
        #expect(TitleKey.of("Bộ luật Lao động", type: nil) == "lao dong")
        #expect(TitleKey.typeNamed(atStartOf: FoldedWords.of("Bộ luật Lao động"))?.slug == "bo-luat")
    }

    @Test(arguments: ["12", "#12", "d12", "x3"])
    func nodeIDs(_ text: String) throws {
        let id = try #require(NodeID(text))
        #expect(id.description == (text == "x3" ? "x3" : "#12"))
    }

    @Test(arguments: ["", "x", "12/QĐ-UBND", "-4", "#x3", "１２"])
    func notNodeIDs(_ text: String) {
        #expect(NodeID(text) == nil)
    }
}

extension MatchingRuleTests {
    @Test(arguments: [
        (" của UBND tỉnh Sơn La về phát động thi đua năm 2023; Công văn số 42", " của UBND tỉnh Sơn La về phát động thi đua năm 2023"),
        (" về kế hoạch năm 2023. Nay Sở", " về kế hoạch năm 2023"),
        (" số 1.600 học viên: gồm", " số 1.600 học viên"),
        (" không dấu câu", " không dấu câu"),
    ])
    func contextClause(_ text: String, _ clause: String) {
        #expect(CitationContext.clause(text) == clause)
    }
}
