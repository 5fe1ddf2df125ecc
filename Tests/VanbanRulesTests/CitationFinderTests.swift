import Testing
import VanbanRecord
@testable import VanbanRules

/// One expected citation: type, number (or a law's title), ISO date.
struct Cited: Sendable, Equatable, CustomStringConvertible {
    let type: String
    let id: String
    let date: String?
    init(_ type: String, _ id: String, _ date: String? = nil) {
        self.type = type
        self.id = id
        self.date = date
    }
    init(_ c: Citation) {
        self.init(c.type ?? "?", c.number ?? "T:" + (c.title ?? ""), c.date)
    }
    var description: String { "\(type) \(id) \(date ?? "-")" }
}

private func cited(_ text: String, own: String? = nil) -> [Cited] {
    CitationFinder().find(in: VietnameseText.normalize(text), ownNumber: own).map(Cited.init)
}

@Suite struct CitationFinderTests {
    @Test(arguments: [
        // administrative number, slash date
        ("Thực hiện Chỉ thị số 01/CT-UBND ngày 03/01/2023 của UBND tỉnh Sơn La về phát động thi đua.",
         Cited("chi-thi", "01/CT-UBND", "2023-01-03")),
        // công văn: the symbol has no type code
        ("Thực hiện Công văn số 1081/LĐTBOXH-VP ngày 11/7/2023 của Sở Lao động Thương binh và Xã hội.",
         Cited("cong-van", "1081/LĐTBOXH-VP", "2023-07-11")),
        // legal number with its year, dotted date
        ("Quán triệt Nghị định số 42/2022/NĐ-CP ngày 24.6.2022 của Chính phủ.", Cited("nghi-dinh", "42/2022/NĐ-CP", "2022-06-24")),
        // National Assembly law by number
        ("Căn cứ Luật số 15/2017/QH14 ngày 21 tháng 6 năm 2017;", Cited("luat", "15/2017/QH14", "2017-06-21")),
        // Party number, date in words
        ("Thực hiện Chỉ thị số 34-CT/TW ngày 7 tháng 4 năm 2014 của Bộ Chính trị.", Cited("chi-thi", "34-CT/TW", "2014-04-07")),
        // Party kết luận, comma before a dashed date
        ("theo Kết luận số 01-KL/TW, ngày 18-5-2021 của Bộ Chính trị", Cited("ket-luan", "01-KL/TW", "2021-05-18")),
        // Party resolution of a district committee, comma before the date
        ("Nghị quyết số 12-NQ/ĐU, ngày 05/9/2026 của Đảng ủy", Cited("nghi-quyet", "12-NQ/ĐU", "2026-09-05")),
        // spaces around the dash inside the symbol
        ("Thực hiện Kế hoạch số 170/KH - CSĐTNTMT ngày 07/6/2017.", Cited("ke-hoach", "170/KH-CSĐTNTMT", "2017-06-07")),
        // mixed-case type code
        ("kèm theo Tờ trình số 209/TTr-SGDĐT ngày 17/6/2023", Cited("to-trinh", "209/TTr-SGDĐT", "2023-06-17")),
        // joint circular with several issuers
        ("Căn cứ Thông tư liên tịch số 01/2015/TTLT-BTC-BNV ngày 05/01/2015;", Cited("thong-tu-lien-tich", "01/2015/TTLT-BTC-BNV", "2015-01-05")),
        // consolidated text, no year in the number
        ("theo Văn bản hợp nhất số 74/VBHN-VPQH ngày 10/12/2018", Cited("van-ban-hop-nhat", "74/VBHN-VPQH", "2018-12-10")),
        // no "số", no date: type from the word
        ("thực hiện theo Quyết định 749/QĐ-TTg của Thủ tướng Chính phủ", Cited("quyet-dinh", "749/QĐ-TTg")),
        // no type word: type from the symbol's code
        ("như đã nêu tại 05-CT/TW ngày 15/5/2016", Cited("chi-thi", "05-CT/TW", "2016-05-15")),
        // Party "TT" is a thông tri
        ("Thông tri số 23-TT/TW ngày 10/3/2009", Cited("thong-tri", "23-TT/TW", "2009-03-10")),
        // generic "văn bản": công văn unless the symbol says otherwise
        ("Văn bản số 432/UBND-KT ngày 1 tháng 6 năm 2022 của UBND tỉnh", Cited("cong-van", "432/UBND-KT", "2022-06-01")),
        // lower-case type word that disagrees with the code: the code wins
        ("Thông báo kết luận số 123/TB-UBND ngày 02/3/2023", Cited("thong-bao", "123/TB-UBND", "2023-03-02")),
        // older issuer codes with "&"
        ("Công văn số 56/SGD&ĐT-VP ngày 04/01/2010", Cited("cong-van", "56/SGD&ĐT-VP", "2010-01-04")),
    ])
    func readsNumberedCitation(_ text: String, _ expected: Cited) {
        #expect(cited(text) == [expected])
    }

    @Test(arguments: [
        // a law by name and date
        ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
         Cited("luat", "T:Luật Tổ chức chính quyền địa phương", "2015-06-19")),
        // a code by name
        ("Thực hiện có hiệu quả Bộ luật Lao động;", Cited("bo-luat", "T:Bộ luật Lao động")),
        // a comma inside the name
        ("tuyên truyền Luật Thi đua, khen thưởng và các văn bản hướng dẫn", Cited("luat", "T:Luật Thi đua, khen thưởng")),
        // the name ends before "và các"
        ("Luật Viên chức và các văn bản hướng dẫn của Bộ", Cited("luat", "T:Luật Viên chức")),
        // an ordinance
        ("Căn cứ Pháp lệnh Dân số ngày 09 tháng 01 năm 2003;", Cited("phap-lenh", "T:Pháp lệnh Dân số", "2003-01-09")),
        // the constitution, cited by its year
        ("theo Hiến pháp năm 2013,", Cited("hien-phap", "T:Hiến pháp năm 2013")),
        // a law by name with its number
        ("Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13;", Cited("luat", "15/2012/QH13")),
    ])
    func readsLawByName(_ text: String, _ expected: Cited) {
        #expect(cited(text) == [expected])
    }

    @Test(arguments: [
        // generic references without a number
        "Thực hiện Nghị quyết Đại hội Đại biểu toàn quốc lần thứ XIII của Đảng.",
        // a five-year plan, a year range
        "nhiệm vụ phát triển kinh tế - xã hội hằng năm và Kế hoạch 05 năm (2021-2025)",
        // the document itself
        "Các sở, ngành nghiêm túc thực hiện Chỉ thị này.",
        // lower-case "luật", "pháp luật", "Luật sư", "Luật này"
        "chấp hành chính sách pháp luật của Nhà nước; mời Luật sư tham gia; Luật này có hiệu lực; theo luật định",
        // a faculty, not a law
        "sinh viên Trường Đại học Luật Hà Nội",
        // dates, phone numbers, year ranges
        "ngày 03/01/2023, ĐT: 0243.7738668, giai đoạn 2021-2025, Covid-19",
        // a numbered thing that is not a document
        "Giấy phép số 12/GP-BTTTT cấp cho Báo",
    ])
    func findsNothing(_ text: String) {
        #expect(cited(text).isEmpty)
    }

    @Test(arguments: [
        // the own number given by the header rules
        ("Số: 62/SLĐTBXH-LĐVL\nThực hiện Kế hoạch số 62/SLĐTBXH-LĐVL ngày 2/3/2022.", "62/SLĐTBXH-LĐVL" as String?),
        // the header's "Số:" line, even when the header rules gave nothing
        ("Số: 175/CT-UBND\nLai Châu, ngày 07 tháng 3 năm 2023", nil),
        // a Party header, "Số" without a colon
        ("ĐẢNG BỘ TỈNH\nSố 34-CT/TW\nHà Nội, ngày 07 tháng 4 năm 2014", nil),
    ])
    func skipsOwnNumber(_ text: String, _ own: String?) {
        #expect(cited(text, own: own).isEmpty)
    }

    @Test func listsEveryDocumentOnceInOrderOfFirstMention() {
        let text = """
        Thực hiện Kế hoạch số 18/KH-UBND ngày 15/01/2021 của Chủ tịch UBND tỉnh về xây dựng mô hình; \
        Kế hoạch số 137/KH-UBND ngày 18 tháng 5 năm 2022 của Chủ tịch UBND tỉnh về tuyên truyền và \
        Kế hoạch số 405/KH-CSĐTNMT ngày 24/6/2022 của Cơ sở (Có Kế hoạch số 18/KH-UBND; Kế hoạch số \
        137/KH-UBND và Kế hoạch số 405/KH-CSĐTNMT gửi kèm theo).
        """
        let found = CitationFinder().find(in: text, ownNumber: nil)
        #expect(found.map(Cited.init) == [
            Cited("ke-hoach", "18/KH-UBND", "2021-01-15"), Cited("ke-hoach", "137/KH-UBND", "2022-05-18"),
            Cited("ke-hoach", "405/KH-CSĐTNMT", "2022-06-24"),
        ])
        // later short mentions merge into their document
        #expect(found.map(\.mentions.count) == [2, 2, 2])
        #expect(found[0].mentions[1].text == "Kế hoạch số 18/KH-UBND")
    }

    @Test func sameNumberInAnotherYearIsAnotherDocument() {
        let text = """
        Thực hiện Chỉ thị số 01/CT-UBND ngày 03/01/2023 của UBND tỉnh; Chỉ thị số 01/CT-UBND ngày 01/01/2025 \
        của UBND tỉnh. Chỉ thị số 01/CT-UBND nêu trên có hiệu lực.
        """
        let found = CitationFinder().find(in: text, ownNumber: nil)
        #expect(found.map(Cited.init) == [Cited("chi-thi", "01/CT-UBND", "2023-01-03"), Cited("chi-thi", "01/CT-UBND", "2025-01-01")])
        // the short mention joins the latest one
        #expect(found.map(\.mentions.count) == [1, 2])
    }

    @Test func undatedFirstMentionTakesTheDateGivenLater() {
        let text = "V/v triển khai Công văn số 1081/LĐTBOXH-VP\nThực hiện Công văn số 1081/LĐTBOXH-VP ngày 11/7/2023 của Sở."
        let found = CitationFinder().find(in: text, ownNumber: nil)
        #expect(found.map(Cited.init) == [Cited("cong-van", "1081/LĐTBOXH-VP", "2023-07-11")])
        #expect(found.first?.mentions.count == 2)
    }

    @Test(arguments: [
        // hard-wrapped with blank lines, cut after the dash of the symbol
        ("Chỉ thị số 19/CT-\n\nTTg ngày 16/7/2021 của Thủ tướng Chính phủ", Cited("chi-thi", "19/CT-TTg", "2021-07-16")),
        // cut after the sequence of a Party number
        ("thực hiện Kết luận số\n\n01- \n\nKL/TW ngày 18/5/2021 của Bộ Chính trị", Cited("ket-luan", "01-KL/TW", "2021-05-18")),
        // cut before the issuer's code
        ("Chỉ thị số 11/CT-\nUBND ngày 13/10/2020 của Chủ tịch", Cited("chi-thi", "11/CT-UBND", "2020-10-13")),
        // cut between type word and "số", two spaces after it
        ("ban hành Kế hoạch\nsố  01/KH-UBND ngày 02/01/2025 của UBND tỉnh", Cited("ke-hoach", "01/KH-UBND", "2025-01-02")),
        // cut inside the date
        ("Chỉ thị số 01/CT-UBND ngày \n\n03/01/2023 của UBND tỉnh", Cited("chi-thi", "01/CT-UBND", "2023-01-03")),
        // Markdown remnants
        ("**Căn cứ Quyết định số 12/QĐ-UBND ngày 5/1/2024;**", Cited("quyet-dinh", "12/QĐ-UBND", "2024-01-05")),
    ])
    func readsHardWrappedText(_ text: String, _ expected: Cited) {
        #expect(cited(text) == [expected])
    }

    @Test(arguments: [
        // "Căn cứ" lines are the basis
        ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;", "basis"),
        // "Thực hiện" with adverbs between
        ("Thực hiện nghiêm túc Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.", "implements"),
        // "Triển khai" in a subject line
        ("V/v triển khai Công văn số 1081/LĐTBOXH-VP ngày 11/7/2023", "implements"),
        // "Hưởng ứng"
        ("Hưởng ứng Kế hoạch số 84/KH-UBND ngày 15/05/2017 của UBND tỉnh.", "implements"),
        // anything else only mentions
        ("sử dụng chữ ký số theo Quyết định số 749/QĐ-TTg ngày 03/06/2020 của Thủ tướng.", "mentions"),
    ])
    func readsRelationFromLeadWord(_ text: String, _ relation: String) {
        #expect(CitationFinder().find(in: text, ownNumber: nil).map(\.relation) == [relation])
    }

    @Test func listAfterOneLeadWordSharesIt() {
        let text = """
        Thực hiện Chỉ thị số 01/CT-UBND ngày 03/01/2023 của UBND tỉnh về phát động thi đua năm 2023;
        Công văn số 42/SLĐTBXH-VP ngày 10/01/2023 của Sở Lao động về việc thi đua năm 2023 và Luật Thi đua, khen thưởng.
        Tiếp tục phổ biến Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.
        """
        let found = CitationFinder().find(in: text, ownNumber: nil)
        #expect(found.map(\.relation) == ["implements", "implements", "implements", "mentions"])
        #expect(found.first?.issuer == "UBND tỉnh")
        #expect(found.first?.subject == "phát động thi đua năm 2023")
        #expect(found[1].subject == "thi đua năm 2023")
    }

    @Test func mentionOffsetsPointAtTheMention() {
        let text = VietnameseText.normalize("Kính gửi: Các phòng.\nThực hiện Chỉ thị số 19/CT-\n\nTTg ngày 16/7/2021; Luật Đầu tư công.")
        let scalars = Array(text.unicodeScalars)
        for citation in CitationFinder().find(in: text, ownNumber: nil) {
            for m in citation.mentions {
                let head = String(String.UnicodeScalarView(scalars[m.offset..<m.offset + 4]))
                #expect(m.text.hasPrefix(head))
            }
        }
        let first = CitationFinder().find(in: text, ownNumber: nil).first?.mentions.first
        #expect(first?.offset == 31)
        #expect(first?.text == "Chỉ thị số 19/CT-TTg ngày 16/7/2021")
    }
}
