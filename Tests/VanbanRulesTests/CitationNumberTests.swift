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
        ("01/1999/QĐ.UB ngày", "01/1999/QĐ.UB", "QĐ", false),           // older issuer codes after a dot
        ("10/2007/QĐ_BKHCN ngày", "10/2007/QĐ_BKHCN", "QĐ", false),     // or an underscore
        ("12/QĐ-UBND. Sau đó", "12/QĐ-UBND", "QĐ", false),              // a sentence's end is no separator
        ("45/SCT-QLTMNGÀY 12/5/2020", "45/SCT-QLTM", "SCT", false),     // "ngày" glued in capitals
        ("1520/SNN &PTNT ngày", "1520/SNN&PTNT", "SNN", false),         // a space before "&"
        ("07/TT .HĐND ngày", "07/TT.HĐND", "TT", false),                // or before the dot
    ])
    func readsNumberAndSymbol(_ text: String, _ raw: String, _ code: String, _ party: Bool) {
        let r = DocumentNumberGrammar.read(ScalarText(text), at: 0)
        #expect(r?.raw == raw)
        #expect(r?.code == code)
        #expect(r?.party == party)
    }

    @Test(arguments: ["03/01/2023", "2021-2025", "0243.7738668", "12/Tổ dân phố", "5/2 lớp", "8-3 hằng năm", "29A-123.45"])
    func readsNoNumber(_ text: String) {
        #expect(DocumentNumberGrammar.read(ScalarText(text), at: 0) == nil)
    }

    /// The header's field: the same grammar, all of the field read, a blank sequence allowed.
    @Test(arguments: [
        ("12/QĐ-UBND", "12", nil as Int?, "QĐ-UBND"),
        ("30/2020/NĐ-CP.", "30", 2020, "NĐ-CP"),
        ("34-CT/TW", "34", nil, "CT/TW"),
        ("/STTTT-BCVTCNTT", nil, nil, "STTTT-BCVTCNTT"),
        ("-CV/BTGDVTU", nil, nil, "CV/BTGDVTU"),
        ("06/QC-TT.HĐND-UBND", "06", nil, "QC-TT.HĐND-UBND"),
        ("30c/NQ-CP", "30c", nil, "NQ-CP"),
        ("170/KH - CSĐTNTMT", "170", nil, "KH-CSĐTNTMT"),
        ("45/CT-UB-2", "45", nil, "CT-UB-2"),
        ("5521-PT", "5521", nil, "PT"),                 // a hyphen only, in the field
        ("3120QĐ/ BTP", "3120", nil, "QĐ/BTP"),          // the type code glued to the sequence
        ("1520/SNN &PTNT", "1520", nil, "SNN&PTNT"),
    ])
    func readsTheHeaderField(_ printed: String, _ seq: String?, _ year: Int?, _ symbol: String) {
        let number = DocumentNumberParser.parse(printed)
        #expect(number?.seq == seq)
        #expect(number?.year == year)
        #expect(number?.symbol == symbol)
    }

    @Test(arguments: ["12/2020", "12/QĐ-UBND ngày 3", "Số", "1/2", "-cv/x", "3120QĐ", "12Hà"])
    func readsNoHeaderField(_ printed: String) {
        #expect(DocumentNumberParser.parse(printed) == nil)
    }
}
