/// A kind of document the generator writes or cites, with its names and symbol
/// (Nghị định 30/2020/NĐ-CP, Phụ lục III; RECORD.md slugs).
public struct LetterKind: Sendable, Hashable {
    /// RECORD.md `type` slug: `cong-van`, `ke-hoach`, ...
    public let slug: String
    /// How the kind is named in running text: "Kế hoạch", "Công văn".
    public let word: String
    /// Type abbreviation in a number's symbol ("KH"); `nil` for a state công văn (no abbreviation).
    public let symbol: String?
    /// Party documents use this abbreviation where it differs ("CV" for a công văn).
    public let partySymbol: String

    public init(slug: String, word: String, symbol: String?, partySymbol: String? = nil) {
        self.slug = slug
        self.word = word
        self.symbol = symbol
        self.partySymbol = partySymbol ?? symbol ?? "CV"
    }

    /// The title line printed above the subject ("KẾ HOẠCH"); a công văn has none.
    public var title: String? {
        self == .congVan ? nil : word.uppercased()
    }

    public static let congVan = LetterKind(slug: "cong-van", word: "Công văn", symbol: nil, partySymbol: "CV")
    public static let keHoach = LetterKind(slug: "ke-hoach", word: "Kế hoạch", symbol: "KH")
    public static let quyetDinh = LetterKind(slug: "quyet-dinh", word: "Quyết định", symbol: "QĐ")
    public static let chiThi = LetterKind(slug: "chi-thi", word: "Chỉ thị", symbol: "CT")
    public static let thongBao = LetterKind(slug: "thong-bao", word: "Thông báo", symbol: "TB")
    public static let baoCao = LetterKind(slug: "bao-cao", word: "Báo cáo", symbol: "BC")
    public static let toTrinh = LetterKind(slug: "to-trinh", word: "Tờ trình", symbol: "TTr")
    public static let huongDan = LetterKind(slug: "huong-dan", word: "Hướng dẫn", symbol: "HD")
    public static let nghiQuyet = LetterKind(slug: "nghi-quyet", word: "Nghị quyết", symbol: "NQ")
    public static let ketLuan = LetterKind(slug: "ket-luan", word: "Kết luận", symbol: "KL")
    public static let chuongTrinh = LetterKind(slug: "chuong-trinh", word: "Chương trình", symbol: "CTr")
    public static let nghiDinh = LetterKind(slug: "nghi-dinh", word: "Nghị định", symbol: "NĐ")
    public static let thongTu = LetterKind(slug: "thong-tu", word: "Thông tư", symbol: "TT")
    public static let luat = LetterKind(slug: "luat", word: "Luật", symbol: nil)
    public static let boLuat = LetterKind(slug: "bo-luat", word: "Bộ luật", symbol: nil)

    /// The kinds the generator writes as letters.
    public static let written: [LetterKind] = [
        .congVan, .keHoach, .quyetDinh, .chiThi, .thongBao, .baoCao, .toTrinh, .huongDan, .nghiQuyet,
    ]

    /// A written kind by its slug.
    public static func written(slug: String) -> LetterKind? {
        written.first { $0.slug == slug }
    }
}
