/// VNI (VNI-Windows, fonts such as VNI-Times): an accented vowel is its base letter followed by
/// a modifier byte that carries the circumflex or breve and the tone ("ộ" = "o" 0xE4, shown in
/// Latin-1 as "oä"); the i-tones, "ỵ", "đ", "ơ" and "ư" are single bytes. Capitals take the
/// capital forms of the modifiers (each 0x20 below the lower-case one). Other bytes are
/// Windows-1252.
enum VNITable {
    typealias Row = VietnameseAlphabet.Row
    typealias Tone = VietnameseAlphabet.Tone

    /// What a modifier adds to its base.
    enum Shape: Int { case toneOnly, circumflex, breve }

    /// Lower-case modifier bytes by shape, in tone order (ngang, huyền, hỏi, ngã, sắc, nặng);
    /// 0 where the shape has no such modifier (a bare tone-only modifier is no modifier).
    static let modifiers: [(shape: Shape, codes: [UInt8])] = [
        (.toneOnly, [0x00, 0xF8, 0xFB, 0xF5, 0xF9, 0xEF]),
        (.circumflex, [0xE2, 0xE0, 0xE5, 0xE3, 0xE1, 0xE4]),
        (.breve, [0xEA, 0xE8, 0xFA, 0xFC, 0xE9, 0xEB]),
    ]
    /// Single-byte lower-case letters: the toned i's, "ỵ", "đ", "ơ", "ư".
    static let singles: [(code: UInt8, row: Int, tone: Tone)] = [
        (0xEC, Row.i, .grave), (0xE6, Row.i, .hook), (0xF3, Row.i, .tilde), (0xED, Row.i, .acute),
        (0xF2, Row.i, .dotBelow), (0xEE, Row.y, .dotBelow), (0xF4, Row.oHorn, .level), (0xF6, Row.uHorn, .level),
    ]
    static let dLower: UInt8 = 0xF1
    /// Distance from a lower-case single or modifier to its capital form.
    static let capitalOffset: UInt8 = 0x20

    /// The row a base byte starts (plain vowels, "ơ", "ư"), -1 for other bytes; capitals are marked
    /// by `baseIsUpper`.
    static let baseRow: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        let bases: [(UInt8, Int)] = [(0x61, Row.a), (0x65, Row.e), (0x69, Row.i), (0x6F, Row.o), (0x75, Row.u),
                                     (0x79, Row.y), (0xF4, Row.oHorn), (0xF6, Row.uHorn)]
        for (code, row) in bases {
            table[Int(code)] = Int8(row)
            table[Int(code - capitalOffset)] = Int8(row)
        }
        return table
    }()

    /// Whether a base byte is a capital.
    @inline(__always)
    static func baseIsUpper(_ code: UInt8) -> Bool { code < 0x60 || (code >= 0xC0 && code < 0xE0) }

    /// Packed `shape << 3 | tone` of each modifier byte (either case), -1 for other bytes.
    static let modifier: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (shape, codes) in modifiers {
            for (tone, code) in codes.enumerated() where code != 0 {
                table[Int(code)] = Int8(shape.rawValue << 3 | tone)
                table[Int(code - capitalOffset)] = Int8(shape.rawValue << 3 | tone)
            }
        }
        return table
    }()

    /// The row a base row becomes with a shape, or nil when the shape does not fit the base.
    @inline(__always)
    static func row(_ base: Int, with shape: Int) -> Int? {
        switch (shape, base) {
        case (Shape.toneOnly.rawValue, _): base
        case (Shape.circumflex.rawValue, Row.a): Row.aCircumflex
        case (Shape.circumflex.rawValue, Row.e): Row.eCircumflex
        case (Shape.circumflex.rawValue, Row.o): Row.oCircumflex
        case (Shape.breve.rawValue, Row.a): Row.aBreve
        default: nil
        }
    }

    /// The scalar of each byte read alone.
    static let singleTable: [UInt32] = {
        var table = Windows1252Table.decodeTable
        for (code, row, tone) in singles {
            let id = VietnameseAlphabet.id(row: row, tone: tone)
            table[Int(code)] = VietnameseAlphabet.scalar(id, upper: false)
            table[Int(code - capitalOffset)] = VietnameseAlphabet.scalar(id, upper: true)
        }
        table[Int(dLower)] = VietnameseAlphabet.scalar(VietnameseAlphabet.dID, upper: false)
        table[Int(dLower - capitalOffset)] = VietnameseAlphabet.scalar(VietnameseAlphabet.dID, upper: true)
        return table
    }()

    /// The bytes of a letter.
    static func codes(id: Int, upper: Bool) -> [UInt8] {
        let shift: UInt8 = upper ? capitalOffset : 0
        if id == VietnameseAlphabet.dID { return [dLower - shift] }
        let (row, tone) = (id / 6, id % 6)
        if let single = singles.first(where: { $0.row == row && $0.tone.rawValue == tone }) {
            return [single.code - shift]
        }
        let base: UInt8
        let shape: Shape
        switch row {
        case Row.aBreve: (base, shape) = (0x61, .breve)
        case Row.aCircumflex: (base, shape) = (0x61, .circumflex)
        case Row.eCircumflex: (base, shape) = (0x65, .circumflex)
        case Row.oCircumflex: (base, shape) = (0x6F, .circumflex)
        case Row.oHorn: (base, shape) = (0xF4, .toneOnly)
        case Row.uHorn: (base, shape) = (0xF6, .toneOnly)
        default: (base, shape) = (UInt8(VietnameseAlphabet.scalar(row * 6, upper: false)), .toneOnly)
        }
        let modifier = modifiers[shape.rawValue].codes[tone]
        return modifier == 0 ? [base - shift] : [base - shift, modifier - shift]
    }
}
