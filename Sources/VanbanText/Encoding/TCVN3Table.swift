/// TCVN3 (TCVN 5712:1993 in the VN3 form of the ABC ".Vn" fonts such as .VnTime).
///
/// VN3 has the lower-case letters in 0xA8–0xFE and only seven capitals (Ă Â Ê Ô Ơ Ư Đ) in
/// 0xA1–0xA7; text in the capital fonts (.VnTimeH) reuses the lower-case codes. The other
/// capitals of the full standard (VN1) in codes VN3 leaves free are decoded too, and so are
/// its combining tone marks at 0xB0–0xB4. VN1's capitals in 0x80–0x9F and in the control
/// codes are not: TCVN3 files come from Windows, where 0x80–0x9F hold quotes and dashes.
enum TCVN3Table {
    typealias Row = VietnameseAlphabet.Row

    /// Codes of the lower-case vowels, per row, in tone order (ngang, huyền, hỏi, ngã, sắc, nặng).
    static let lowerRows: [(row: Int, codes: [UInt8])] = [
        (Row.a, [0x61, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9]),
        (Row.aBreve, [0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6]),
        (Row.aCircumflex, [0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB]),
        (Row.e, [0x65, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1]),
        (Row.eCircumflex, [0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6]),
        (Row.i, [0x69, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE]),
        (Row.o, [0x6F, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4]),
        (Row.oCircumflex, [0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9]),
        (Row.oHorn, [0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE]),
        (Row.u, [0x75, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4]),
        (Row.uHorn, [0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9]),
        (Row.y, [0x79, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE]),
    ]
    /// "đ".
    static let dLower: UInt8 = 0xAE
    /// The VN3 capitals: Ă Â Ê Ô Ơ Ư (level tone of their rows) and Đ.
    static let capitals: [(row: Int, code: UInt8)] = [
        (Row.aBreve, 0xA1), (Row.aCircumflex, 0xA2), (Row.eCircumflex, 0xA3),
        (Row.oCircumflex, 0xA4), (Row.oHorn, 0xA5), (Row.uHorn, 0xA6),
    ]
    static let dUpper: UInt8 = 0xA7
    /// VN1 capitals in codes VN3 does not use.
    static let vn1Capitals: [(code: UInt8, row: Int, tone: VietnameseAlphabet.Tone)] = [
        (0xAF, Row.aBreve, .grave), (0xBA, Row.aBreve, .hook), (0xBF, Row.aBreve, .tilde), (0xC0, Row.aBreve, .acute),
        (0xC1, Row.aCircumflex, .grave), (0xC2, Row.aCircumflex, .hook), (0xC3, Row.aCircumflex, .tilde),
        (0xC4, Row.aCircumflex, .acute), (0xC5, Row.eCircumflex, .grave), (0xCD, Row.eCircumflex, .hook),
        (0xD9, Row.eCircumflex, .tilde), (0xDA, Row.eCircumflex, .acute), (0xDB, Row.oCircumflex, .grave),
        (0xE0, Row.oCircumflex, .hook), (0xF0, Row.oCircumflex, .tilde), (0xFF, Row.oCircumflex, .acute),
    ]
    /// Combining tone marks: grave, hook, tilde, acute, dot below.
    static let marks: [(code: UInt8, tone: VietnameseAlphabet.Tone)] = [
        (0xB0, .grave), (0xB1, .hook), (0xB2, .tilde), (0xB3, .acute), (0xB4, .dotBelow),
    ]

    /// The scalar of every byte.
    static let decodeTable: [UInt32] = {
        var table = Windows1252Table.decodeTable
        for (row, codes) in lowerRows {
            for (tone, code) in codes.enumerated() {
                table[Int(code)] = VietnameseAlphabet.scalar(row * 6 + tone, upper: false)
            }
        }
        table[Int(dLower)] = VietnameseAlphabet.scalar(VietnameseAlphabet.dID, upper: false)
        for (row, code) in capitals {
            table[Int(code)] = VietnameseAlphabet.scalar(row * 6, upper: true)
        }
        table[Int(dUpper)] = VietnameseAlphabet.scalar(VietnameseAlphabet.dID, upper: true)
        for (code, row, tone) in vn1Capitals {
            table[Int(code)] = VietnameseAlphabet.scalar(VietnameseAlphabet.id(row: row, tone: tone), upper: true)
        }
        for (code, tone) in marks {
            table[Int(code)] = tone.combiningMark ?? 0
        }
        return table
    }()

    /// The code of a letter as the VN3 fonts write it: capitals without a VN3 code take the
    /// lower-case code, as in the .VnTimeH fonts.
    static func code(id: Int, upper: Bool) -> UInt8 {
        if upper {
            if id == VietnameseAlphabet.dID { return dUpper }
            if id % 6 == 0, let capital = capitals.first(where: { $0.row == id / 6 }) { return capital.code }
            if id % 6 == 0 { return UInt8(VietnameseAlphabet.scalar(id, upper: true)) }
        }
        if id == VietnameseAlphabet.dID { return dLower }
        return lowerRows[id / 6].codes[id % 6]
    }
}
