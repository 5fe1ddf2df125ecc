import Testing
@testable import VanbanRules

@Suite struct CitationNumberTests {
    @Test(arguments: [
        ("12/QĐ-UBND", "12/QĐ-UBND", "QĐ", false),
        ("1081/LĐTBOXH-VP", "1081/LĐTBOXH-VP", "LĐTBOXH", false),      // công văn: no type code
        ("30/2020/NĐ-CP", "30/2020/NĐ-CP", "NĐ", false),                // legal, year inside
        ("15/2017/QH14", "15/2017/QH14", "QH14", false),
        ("34-CT/TW", "34-CT/TW", "CT", true),                           // Party
        ("01-\n\nKL/TW ngày", "01-KL/TW", "KL", true),                  // Party, cut after the dash
        ("170/KH - CSĐTNTMT ngày", "170/KH-CSĐTNTMT", "KH", false),     // spaces around the dash
        ("19/CT-\n\nTTg ngày", "19/CT-TTg", "CT", false),               // cut, mixed case
        ("209/TTr-SGDĐT.", "209/TTr-SGDĐT", "TTr", false),              // sentence end
        ("01/2015/TTLT-BTC-BNV;", "01/2015/TTLT-BTC-BNV", "TTLT", false),
        ("12/QĐ-UBND - Về việc", "12/QĐ-UBND", "QĐ", false),            // a title after a dash is not a group
    ])
    func readsNumberAndSymbol(_ text: String, _ raw: String, _ code: String, _ party: Bool) {
        let r = DocumentNumberReader.read(ScalarText(text), at: 0)
        #expect(r?.raw == raw)
        #expect(r?.code == code)
        #expect(r?.party == party)
    }

    @Test(arguments: ["03/01/2023", "2021-2025", "0243.7738668", "12/Tổ dân phố", "5/2 lớp", "8-3 hằng năm", "29A-123.45"])
    func readsNoNumber(_ text: String) {
        #expect(DocumentNumberReader.read(ScalarText(text), at: 0) == nil)
    }
}
