/// The Vietnamese letters as a chart: twelve vowel bases by six tones, plus "đ". Every
/// legacy encoding table is written against this chart, and the lookups here are what the
/// decoders use to compose, case-map and score letters without building strings.
///
/// A letter is identified by `id`: `row * 6 + tone` for the vowels (row in `rows` order,
/// tone in `Tone` order), and `dID` for "đ". The 134 non-ASCII letters are the 66 toned or
/// modified vowels and "đ", in both cases.
enum VietnameseAlphabet {
    /// The tones in chart order.
    enum Tone: Int, CaseIterable, Sendable {
        case level, grave, hook, tilde, acute, dotBelow

        /// The combining mark that writes this tone (nil for the level tone).
        var combiningMark: UInt32? {
            switch self {
            case .level: nil
            case .grave: 0x0300
            case .hook: 0x0309
            case .tilde: 0x0303
            case .acute: 0x0301
            case .dotBelow: 0x0323
            }
        }

        /// The tone a combining mark writes, if it writes one.
        init?(combiningMark mark: UInt32) {
            switch mark {
            case 0x0300, 0x0340: self = .grave
            case 0x0309: self = .hook
            case 0x0303: self = .tilde
            case 0x0301, 0x0341: self = .acute
            case 0x0323: self = .dotBelow
            default: return nil
            }
        }
    }

    /// The vowel rows, lower case, each in `Tone` order: ngang, huyền, hỏi, ngã, sắc, nặng.
    static let rows: [String] = [
        "aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị",
        "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ",
    ]
    /// Row indexes of the bases, for tables written by hand.
    enum Row {
        static let a = 0, aBreve = 1, aCircumflex = 2, e = 3, eCircumflex = 4, i = 5
        static let o = 6, oCircumflex = 7, oHorn = 8, u = 9, uHorn = 10, y = 11
    }
    /// The id of "đ"/"Đ".
    static let dID = 72
    /// Number of letter ids (72 vowels, "đ").
    static let count = 73

    /// The scalar of letter `id` in the given case.
    static func scalar(_ id: Int, upper: Bool) -> UInt32 {
        upper ? chart.upper[id] : chart.lower[id]
    }

    /// The id of `row` with `tone`.
    static func id(row: Int, tone: Tone) -> Int { row * 6 + tone.rawValue }

    /// The 134 non-ASCII letters: every id but the six plain ASCII vowels, lower then upper case.
    static var nonASCIILetters: [UInt32] {
        let ids = (0..<count).filter { $0 == dID || $0 % 6 != 0 || ![Row.a, Row.e, Row.i, Row.o, Row.u, Row.y].contains($0 / 6) }
        return ids.map { chart.lower[$0] } + ids.map { chart.upper[$0] }
    }

    /// Where `scalar` sits in the chart, or nil when it is no Vietnamese letter (consonants other
    /// than "đ" included). ASCII vowels are found too, as the level tone of their row.
    @inline(__always)
    static func locate(_ scalar: UInt32) -> (id: Int, upper: Bool)? {
        let packed: Int16
        if scalar < 0x200 {
            packed = chart.lowRange[Int(scalar)]
        } else if scalar >= 0x1EA0, scalar < 0x1F00 {
            packed = chart.highRange[Int(scalar - 0x1EA0)]
        } else {
            return nil
        }
        return packed < 0 ? nil : (Int(packed >> 1), packed & 1 == 1)
    }

    /// The row and tone of a vowel id (nil for "đ").
    static func rowAndTone(_ id: Int) -> (row: Int, tone: Tone)? {
        id == dID ? nil : (id / 6, Tone(rawValue: id % 6) ?? .level)
    }

    /// `base` with the tone of combining `mark`, when `base` is a vowel without a tone; else nil.
    @inline(__always)
    static func compose(_ base: UInt32, mark: UInt32) -> UInt32? {
        guard let tone = Tone(combiningMark: mark), let (id, upper) = locate(base),
              let (row, current) = rowAndTone(id), current == .level else { return nil }
        return scalar(self.id(row: row, tone: tone), upper: upper)
    }

    /// Lower case of an ASCII or Vietnamese letter; any other scalar unchanged.
    @inline(__always)
    static func lowercase(_ scalar: UInt32) -> UInt32 {
        if scalar >= 0x41, scalar <= 0x5A { return scalar + 0x20 }
        if scalar < 0x80 { return scalar }
        if let (id, upper) = locate(scalar), upper { return chart.lower[id] }
        return scalar
    }

    /// Upper case of an ASCII or Vietnamese letter; any other scalar unchanged.
    @inline(__always)
    static func uppercase(_ scalar: UInt32) -> UInt32 {
        if scalar >= 0x61, scalar <= 0x7A { return scalar - 0x20 }
        if scalar < 0x80 { return scalar }
        if let (id, upper) = locate(scalar), !upper { return chart.upper[id] }
        return scalar
    }

    private static let chart = Chart()

    /// The chart's scalars and the reverse lookup, built once.
    private struct Chart {
        var lower: [UInt32] = []
        var upper: [UInt32] = []
        /// Packed `id << 1 | upper` for scalars below U+0200, -1 elsewhere.
        var lowRange = [Int16](repeating: -1, count: 0x200)
        /// The same for U+1EA0..<U+1F00.
        var highRange = [Int16](repeating: -1, count: 0x60)

        init() {
            for row in VietnameseAlphabet.rows {
                for letter in row {
                    lower.append(letter.unicodeScalars.first?.value ?? 0)
                    upper.append(String(letter).uppercased().unicodeScalars.first?.value ?? 0)
                }
            }
            lower.append(0x0111)
            upper.append(0x0110)
            for id in lower.indices {
                record(lower[id], Int16(id << 1))
                record(upper[id], Int16(id << 1 | 1))
            }
        }

        private mutating func record(_ scalar: UInt32, _ packed: Int16) {
            if scalar < 0x200 {
                lowRange[Int(scalar)] = packed
            } else if scalar >= 0x1EA0, scalar < 0x1F00 {
                highRange[Int(scalar - 0x1EA0)] = packed
            }
        }
    }
}
