import Testing
@testable import VanbanRules

@Suite struct TargetNumberTests {
    @Test(arguments: [
        ("7,5", 7.5),          // decimal comma
        ("1.600", 1600),       // thousands dot
        ("24.000", 24000),
        ("1.000.000", 1_000_000),
        ("15,66", 15.66),
        ("0,3", 0.3),          // exact, not 0.30000000000000004
        ("06", 6),             // leading zero
        ("1.600,5", 1600.5),   // both
        ("7.5", 7.5),          // a dot that cannot group thousands
    ])
    func readsVietnameseNumbers(_ text: String, _ value: Double) {
        #expect(VietnameseNumber.value(of: text) == value)
    }

    @Test(arguments: [
        "03/01/2023",    // a date
        "15.5.2016",     // a dotted date
        "2021-2025",     // a year range
        "0243.7738668",  // a phone number
        "1.392/63",      // a rank out of a total
        "12a",           // not a number alone
    ])
    func rejectsOtherTokens(_ text: String) {
        #expect(VietnameseNumber.value(of: text) == nil)
    }

    @Test(arguments: [
        ("đạt 97,6% học sinh", 97.6, "%"),
        ("đạt 100 % số xã", 100, "%"),                       // a space before "%"
        ("có 17.100 người.", 17100, "người"),
        ("cấp 1.000 chứng thư số cho cán bộ", 1000, "chứng thư"),  // two syllables at most
        ("tiếp nhận 1.600 lượt học viên vào", 1600, "lượt học viên"), // three after a classifier
        ("đạt 42,6 triệu đồng/người/năm;", 42.6, "triệu đồng/người/năm"),
        ("bình quân 15,7 tiêu chí/xã", 15.7, "tiêu chí/xã"),
        ("cứng hóa 268 km đường", 268, "km"),
    ])
    func readsQuantity(_ text: String, _ value: Double, _ unit: String) {
        let t = ScalarText(text)
        let start = t.raw.firstIndex(where: ScalarText.isDigit)!
        let q = QuantityReader.read(t, t.raw, at: start)
        #expect(q?.value == value)
        #expect(q?.unit == unit)
    }

    @Test(arguments: [
        "lớp 10 trung học",     // a label
        "năm 2023 và",          // a year
        "trẻ em 5 tuổi",        // an age
        "trong 05 năm",         // a duration
        "mức độ 2.",            // a level, no unit
        "Điều 3 Quyết định",    // an article
        "bác sỹ/10.000 dân",    // the base of a rate
        "khoản 2 và",           // no unit after it
        "2023 triển khai",      // a year again
    ])
    func rejectsLabels(_ text: String) {
        let t = ScalarText(text)
        let start = t.raw.firstIndex(where: ScalarText.isDigit)!
        #expect(QuantityReader.read(t, t.raw, at: start) == nil)
    }
}
