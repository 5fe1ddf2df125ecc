import Testing
@testable import VanbanRules

/// The byte-level helpers the rules use instead of Foundation's and the standard library's
/// Character-based ones: they must find what those find in NFC text.
@Suite struct StringSearchTests {
    @Test func includesFindsVietnameseWordsByteForByte() {
        #expect("Đoàn Văn Tứ<tudv@sonla.gov.vn> đã ký lên văn bản này".includes("đã ký"))
        #expect(!"người ký: Nguyễn Văn An".includes("đã ký"))
        #expect("ngày 05 tháng 01 năm 2020"[...].includes("tháng"))
        #expect("abc".includes(""))
        #expect(!"ab".includes("abc"))
    }

    @Test func firstMatchGivesStringIndicesAndSearchesFromAnIndex() throws {
        let text = "Ủy ban nhân dân tỉnh Sơn La; Ủy ban nhân dân tỉnh Điện Biên"
        let first = try #require(text.firstMatch(of: "tỉnh "))
        #expect(text[first.upperBound...].hasPrefix("Sơn La"))
        let second = try #require(text.firstMatch(of: "tỉnh ", from: first.upperBound))
        #expect(text[second.upperBound...] == "Điện Biên")
        #expect(text.firstMatch(of: "tỉnh ", from: second.upperBound) == nil)
        #expect("GIÁM ĐỐC PHÓ GIÁM ĐỐC".firstMatch(of: " PHÓ ").map { "GIÁM ĐỐC PHÓ GIÁM ĐỐC"[$0] } == " PHÓ ")
    }

    @Test(arguments: [("kính gửi: sở nội vụ", "kính gửi", true), ("kính", "kính gửi", false),
                      ("số: 12/kh-ubnd", "số:", true), ("sô: 12", "số:", false), ("", "", true)])
    func startsWithComparesBytes(_ text: String, _ prefix: String, _ expected: Bool) {
        #expect(text.startsWith(prefix) == expected)
        #expect(text.startsWith(prefix) == text.hasPrefix(prefix))
    }

    @Test func endsWithComparesBytes() {
        #expect("Sơn La, ngày 8 tháng 8 năm".endsWith("năm"))
        #expect("các đơn vị;".endsWith(";"))
        #expect(!"nă".endsWith("năm"))
    }

    @Test func trimmingSpacesKeepsInnerSpaces() {
        #expect("  \tSơn La ,  ".trimmingSpaces() == "Sơn La ,")
        #expect("   ".trimmingSpaces() == "")
    }

    @Test(arguments: [
        ("  KẾ   HOẠCH\t", "kế hoạch"),         // spaces folded and trimmed, capitals lowered
        ("Về việc: ", "về việc"),               // trailing punctuation dropped
        ("..Quyết định..", "quyết định"),
        ("ỦY BAN NHÂN DÂN TỈNH", "ủy ban nhân dân tỉnh"),
        ("UỶ BAN", "ủy ban"),                    // old-style tone on capitals
        ("HOÀ BÌNH", "hòa bình"),
        ("Quý", "quý"),
        ("tệp 📄 đính kèm", "tệp 📄 đính kèm"),  // four-byte scalars pass through
        ("", ""),
    ])
    func matchKeyDecodesUTF8ByHand(_ text: String, _ key: String) {
        #expect(VietnameseText.matchKey(text) == key)
        #expect(VietnameseText.matchKey(text[...]) == key)
    }
}
