import Testing
import VanbanRules
@testable import VanbanStore

/// The table-driven fold gives what `VietnameseText.fold` gives.
@Suite struct FoldedTextTests {
    @Test(arguments: [
        "Thi đua, khen thưởng", "ĐẨY MẠNH CẢI CÁCH HÀNH CHÍNH", "Ủy ban nhân dân tỉnh Sơn La",
        "Nghị định 30/2020/NĐ-CP", "Hoà Bình, Thuỷ lợi, quý", "Ðiện Biên", "Ñandú café İstanbul",
        "số 12/QĐ-UBND ngày 15/5/2017", "日本語 текст Ελληνικά", "e\u{0301}\u{0323}", "",
    ])
    func sameAsVietnameseTextFold(_ text: String) {
        #expect(FoldedText.fold(text) == VietnameseText.fold(text))
    }

    @Test func everyVietnameseLetter() {
        let letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
        let all = letters + letters.uppercased()
        #expect(FoldedText.fold(all) == VietnameseText.fold(all))
        #expect(FoldedText.fold("ĐƯỜNG") == "duong")
    }
}
