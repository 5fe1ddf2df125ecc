/// Reads a quantity where a goal states one: a Vietnamese number and the unit written
/// after it ("7,5%", "1.600 lượt học viên", "4.800 tỷ đồng", "52,4 triệu
/// đồng/người/năm", "06 trường học").
///
/// A number is a quantity only when a unit follows it. Numbers that label rather than
/// count never are: those after a label word ("lớp 10", "năm 2023", "mức độ 2", "Điều
/// 3"), years, ages ("5 tuổi"), durations ("05 năm"), parts of dates, symbols, ranges
/// and phone numbers, and the base of a rate ("Số bác sỹ/10.000 dân").
enum QuantityReader {
    struct Quantity: Sendable, Equatable {
        let range: Range<Int>
        let value: Double
        let unit: String
    }

    /// The quantity whose number starts at `start` in `flat`, if it is one.
    static func read(_ t: ScalarText, _ flat: [Unicode.Scalar], at start: Int) -> Quantity? {
        guard start < flat.count, ScalarText.isDigit(flat[start]) else { return nil }
        if start > 0 {
            let before = flat[start - 1]
            if ScalarText.isWordChar(before) || "/-.,:+".unicodeScalars.contains(before) { return nil }
        }
        guard let (value, numberEnd) = VietnameseNumber.read(flat, at: start) else { return nil }
        if numberEnd < flat.count, ScalarText.isWordChar(flat[numberEnd]) { return nil }
        if let w = t.word(before: start), labels.contains(Array(t.key[w])) { return nil }
        var j = numberEnd
        while j < flat.count, flat[j] == " " { j += 1 }
        if j < flat.count, flat[j] == "%" {
            return Quantity(range: start..<j + 1, value: value, unit: "%")
        }
        if numberEnd - start == 4, (1900...2100).contains(Int(value)), value == value.rounded() { return nil }
        guard let (unit, end) = readUnit(t, flat, from: j) else { return nil }
        return Quantity(range: start..<end, value: value, unit: unit)
    }

    /// The unit after a number: a measure ("km", "tỷ đồng", "triệu đồng/người/năm") or a
    /// counted noun of one or two syllables, three after a classifier ("lượt học viên").
    private static func readUnit(_ t: ScalarText, _ flat: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        var words: [Range<Int>] = []
        var j = start
        var limit = 2
        while words.count < limit {
            guard j < flat.count, ScalarText.isLetter(flat[j]) else { break }
            var e = j
            while e < flat.count, ScalarText.isWordChar(flat[e]) { e += 1 }
            let key = Array(t.key[j..<e])
            if stops.contains(key) || (words.isEmpty && notUnits.contains(key)) { break }
            words.append(j..<e)
            if words.count == 1 {
                if magnitudes.contains(key) { limit = 2 } else if classifiers.contains(key) { limit = 3 }
            }
            j = e
            if measures.contains(key) { break }
            var k = j
            while k < flat.count, k - j < 8, flat[k] == " " { k += 1 }
            guard k > j, k < flat.count, ScalarText.isLetter(flat[k]) else { break }
            j = k
        }
        // An acronym names what is counted: "35 sản phẩm OCOP".
        if let last = words.last, last.upperBound < flat.count, flat[last.upperBound] == " ",
           let acronym = t.word(after: last.upperBound), acronym.lowerBound == last.upperBound + 1, acronym.count >= 2,
           t.raw[acronym].allSatisfy({ ScalarText.isUpper($0) || ScalarText.isDigit($0) }) {
            words.append(acronym)
        }
        guard let first = words.first, let last = words.last else { return nil }
        if words.count == 1, magnitudes.contains(Array(t.key[first])) { return nil }
        var end = last.upperBound
        // A rate: "đồng/người/năm", "tiêu chí/xã".
        while end + 1 < flat.count, flat[end] == "/", ScalarText.isLetter(flat[end + 1]) {
            var e = end + 1
            while e < flat.count, ScalarText.isWordChar(flat[e]) { e += 1 }
            end = e
        }
        return (t.string(first.lowerBound..<end), end)
    }

    /// Whether `unit` is a measure rather than a counted noun ("km", "tỷ đồng").
    static func isMeasure(_ unit: String) -> Bool {
        let words = unit.split(separator: " ").map { ScalarText.key(String($0)) }
        return words.contains { measures.contains($0) || magnitudes.contains($0) }
    }

    private static func keys(_ words: [String]) -> Set<[Unicode.Scalar]> { Set(words.map(ScalarText.key)) }

    /// Words after which a number is a label, not a count.
    private static let labels = keys([
        "năm", "tháng", "ngày", "quý", "tuần", "lớp", "khóa", "đoạn", "điều", "khoản", "điểm", "mục", "phần", "chương",
        "số", "thứ", "lần", "đợt", "độ", "hạng", "nhóm", "loại", "kỳ", "tổ", "khu", "phường", "quận", "tầng", "phòng",
        "đường", "lộ", "km", "án", "phụ", "lục", "biểu", "mẫu", "tuổi", "covid", "top",
    ])
    /// Words that end a unit: verbs, prepositions and conjunctions.
    private static let stops = keys([
        "đạt", "được", "cho", "với", "và", "của", "so", "theo", "tại", "trong", "trên", "dưới", "vào", "ra", "đến", "từ",
        "để", "là", "có", "không", "thuộc", "đã", "sẽ", "bị", "trở", "mỗi", "như", "khi", "nếu", "thì", "mà", "hoặc",
        "hay", "tăng", "giảm", "còn", "ở", "về", "qua", "sau", "trước", "gồm", "nhằm", "phải", "cần", "đều", "chiếm",
        "đang", "tham", "hoàn", "thực", "triển", "bảo", "đảm",
    ])
    /// Words that never start a unit: durations and ages make no goal.
    private static let notUnits = keys(["tuổi", "năm", "tháng", "tuần", "ngày", "giờ", "phút", "giây", "quý", "lần"])
    /// Magnitudes that need the unit after them ("tỷ đồng").
    private static let magnitudes = keys(["tỷ", "triệu", "nghìn", "ngàn", "trăm", "vạn"])
    /// Classifiers that come before the counted noun ("lượt học viên", "căn nhà").
    private static let classifiers = keys(["lượt", "căn", "chiếc", "con", "cái", "ngôi", "phiên", "lớp", "cuộc", "buổi", "tấm", "đầu"])
    /// Measures that end a unit ("268 km đường" counts kilometres).
    private static let measures = keys([
        "km", "m", "m2", "m3", "ha", "kg", "tấn", "tạ", "lít", "kw", "kwh", "mw", "usd", "đồng", "vnđ", "ki", "lô", "mét",
    ])
}
