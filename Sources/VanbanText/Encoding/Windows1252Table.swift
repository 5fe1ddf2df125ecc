/// Windows-1252, the code page Vietnamese legacy text was typed and saved in on Windows:
/// Latin-1 with typographic punctuation in 0x80–0x9F. The five codes it leaves undefined
/// read as the C1 controls of the same value, so every byte has a scalar and back.
enum Windows1252Table {
    /// The scalars of 0x80–0x9F.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The scalar of every byte.
    static let decodeTable: [UInt32] = (0..<256).map { $0 >= 0x80 && $0 < 0xA0 ? high[$0 - 0x80] : UInt32($0) }

    /// The byte a scalar came from when text was read as Windows-1252 or Latin-1, if any.
    static func byte(for scalar: UInt32) -> UInt8? {
        if scalar < 0x100 { return UInt8(scalar) }
        return reverse[scalar]
    }

    private static let reverse: [UInt32: UInt8] = Dictionary(
        uniqueKeysWithValues: high.enumerated().filter { $0.element >= 0x100 }.map { ($0.element, UInt8(0x80 + $0.offset)) })
}
