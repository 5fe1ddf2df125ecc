/// Windows-1258: Windows-1252 with the Vietnamese base letters (Ă ă Đ đ Ơ ơ Ư ư) and the five
/// tone marks as combining characters. A toned letter is either one of the Latin-1 letters the
/// page keeps (á, ê, Ó...) or a base letter followed by a mark; decoding composes them (NFC).
enum CP1258Table {
    /// Where Windows-1258 differs from Windows-1252 (undefined codes read as C1 controls).
    static let changes: [(code: UInt8, scalar: UInt32)] = [
        (0x8A, 0x008A), (0x8E, 0x008E), (0x9A, 0x009A), (0x9E, 0x009E),
        (0xC3, 0x0102), (0xCC, 0x0300), (0xD0, 0x0110), (0xD2, 0x0309), (0xD5, 0x01A0),
        (0xDD, 0x01AF), (0xDE, 0x0303), (0xE3, 0x0103), (0xEC, 0x0301), (0xF0, 0x0111),
        (0xF2, 0x0323), (0xF5, 0x01A1), (0xFD, 0x01B0), (0xFE, 0x20AB),
    ]

    /// The scalar of every byte.
    static let decodeTable: [UInt32] = {
        var table = Windows1252Table.decodeTable
        for (code, scalar) in changes { table[Int(code)] = scalar }
        return table
    }()

    /// The code of each scalar the page has.
    static let encodeMap: [UInt32: UInt8] = {
        var map: [UInt32: UInt8] = [:]
        for (code, scalar) in decodeTable.enumerated() { map[scalar] = UInt8(code) }
        return map
    }()

    /// The bytes of a letter: one byte when the page has it precomposed, else the base letter
    /// and the combining mark.
    static func codes(id: Int, upper: Bool) -> [UInt8]? {
        if let code = encodeMap[VietnameseAlphabet.scalar(id, upper: upper)] { return [code] }
        guard let (row, tone) = VietnameseAlphabet.rowAndTone(id), let mark = tone.combiningMark,
              let base = encodeMap[VietnameseAlphabet.scalar(row * 6, upper: upper)],
              let markCode = encodeMap[mark] else { return nil }
        return [base, markCode]
    }
}
