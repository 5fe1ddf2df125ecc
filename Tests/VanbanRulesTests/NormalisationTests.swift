import Testing
@testable import VanbanRules

@Suite struct NormalisationTests {
    @Test(arguments: [
        ("Ð", "Đ"),                       // U+00D0 eth read as Đ
        ("NĐ\u{2013}CP", "NĐ-CP"),         // en dash
        ("Số:\u{00A0}12", "Số: 12"),       // non-breaking space
        ("a\r\nb\rc", "a\nb\nc"),
        ("ho\u{0061}\u{0300}", "hoà"),     // decomposed input becomes NFC
        ("x\u{200B}y\u{00AD}z", "xyz"),
    ])
    func normalize(_ input: String, _ expected: String) {
        #expect(VietnameseText.normalize(input) == expected)
    }

    @Test(arguments: [("hoà", "hòa"), ("Khoá", "khóa"), ("uỷ ban", "ủy ban"), ("quý", "quý"), ("thuỷ", "thủy"), ("Hoà Bình", "hòa bình")])
    func tonePlacementFolds(_ old: String, _ new: String) {
        #expect(VietnameseText.matchKey(old) == new)
    }

    @Test func foldRemovesDiacriticsAndD() {
        #expect(VietnameseText.fold("Thi đua, khen thưởng") == "thi dua, khen thuong")
        #expect(VietnameseText.fold("ĐỊNH") == "dinh")
    }
}

@Suite struct DateTests {
    @Test(arguments: [
        ("03/01/2023", "2023-01-03"), ("3/1/2023", "2023-01-03"), ("07.4.2014", "2014-04-07"),
        ("03-01-2023", "2023-01-03"), ("ngày 18 tháng 5 năm 2022", "2022-05-18"),
        ("Sơn La, ngày 07 tháng 06 năm 2017", "2017-06-07"), ("ngày 29/02/2024", "2024-02-29"),
        ("Hà Nội, ngày  8  tháng 8 năm 2023", "2023-08-08"),
    ])
    func readsDateForms(_ text: String, _ iso: String) {
        #expect(VietnameseDate.first(in: text) == iso)
    }

    @Test(arguments: ["31/02/2023", "29/02/2023", "12/13/2022", "ngày 32 tháng 1 năm 2020", "12/2022", "1/1/23", "năm 2023"])
    func rejectsImpossibleOrPartialDates(_ text: String) {
        #expect(VietnameseDate.first(in: text) == nil)
    }
}

@Suite struct DocumentTypeTableTests {
    @Test func codesAndNames() {
        #expect(DocumentTypes.type(forCode: "KH")?.slug == "ke-hoach")
        #expect(DocumentTypes.type(forCode: "ttr")?.slug == "to-trinh")
        #expect(DocumentTypes.type(forCode: "QĐ")?.slug == "quyet-dinh")
        #expect(DocumentTypes.type(forCode: "TT")?.slug == "thong-tu")
        #expect(DocumentTypes.type(forCode: "TT", party: true)?.slug == "thong-tri")
        #expect(DocumentTypes.type(named: "KẾ HOẠCH")?.slug == "ke-hoach")
        #expect(DocumentTypes.type(named: "Quyết định")?.slug == "quyet-dinh")
        #expect(DocumentTypes.type(named: "UBND") == nil)
    }
}

/// The table-driven fold gives what the reference (decompose, drop marks) gives.
@Suite struct FoldTests {
    @Test(arguments: [
        "Thi đua, khen thưởng", "ĐẨY MẠNH CẢI CÁCH HÀNH CHÍNH", "Nghị định 30/2020/NĐ-CP", "Hoà Bình, Thuỷ lợi, quý",
        "Ñandú café İstanbul", "日本語 текст Ελληνικά", "e\u{0301}\u{0323}", "",
    ])
    func tableMatchesReference(_ text: String) {
        #expect(VietnameseText.fold(text) == VietnameseText.decomposingFold(text))
    }

    @Test func everyVietnameseLetter() {
        let letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
        let all = letters + letters.uppercased()
        #expect(VietnameseText.fold(all) == VietnameseText.decomposingFold(all))
        #expect(VietnameseText.fold("ĐƯỜNG") == "duong")
    }
}

/// Look-alike characters in document numbers (a Cyrillic К, a full-width slash, an en dash).
@Suite struct ConfusablesTests {
    @Test(arguments: [
        ("12/\u{041A}\u{041D}-UBND", "12/KH-UBND"),            // Cyrillic К and Н
        ("12/KH\u{2013}UBND", "12/KH-UBND"),                   // en dash
        ("１２／KH-UBND", "12/KH-UBND"),                        // full-width digits and slash
        ("12/\u{0391}\u{0392}-\u{03A4}\u{03A4}g", "12/AB-TTg"), // Greek capitals
        ("12/QĐ-UBND", "12/QĐ-UBND"),                          // Vietnamese letters untouched
        ("Ủy ban nhân dân", "Ủy ban nhân dân"),
    ])
    func folds(_ printed: String, _ looksLike: String) {
        #expect(Confusables.fold(printed) == looksLike)
    }
}
