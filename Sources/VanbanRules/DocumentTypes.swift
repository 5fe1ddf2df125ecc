/// The type table, as data: every kind of document the rules know, in one place.
///
/// Sources: Nghị định 30/2020/NĐ-CP Phụ lục III (administrative types and their
/// abbreviations), the Law on legal documents (normative types) and the Party's
/// guidance (KL, TT as thông tri, QĐi). Codes are compared case-insensitively
/// ("QyĐ", "CTr", "TTr" are mixed case in the decree itself).
public enum DocumentTypes {
    public static let all: [DocumentType] = [
        // Normative documents (Luật ban hành văn bản quy phạm pháp luật).
        DocumentType("hien-phap", "Hiến pháp", citedByName: true),
        DocumentType("bo-luat", "Bộ luật", citedByName: true),
        DocumentType("luat", "Luật", citedByName: true),
        DocumentType("phap-lenh", "Pháp lệnh", ["PL"], citedByName: true),
        DocumentType("lenh", "Lệnh", ["L"]),
        DocumentType("nghi-dinh", "Nghị định", ["NĐ"]),
        DocumentType("thong-tu-lien-tich", "Thông tư liên tịch", ["TTLT"]),
        DocumentType("thong-tu", "Thông tư", ["TT"]),
        DocumentType("van-ban-hop-nhat", "Văn bản hợp nhất", ["VBHN"]),
        // Administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục III).
        DocumentType("nghi-quyet", "Nghị quyết", ["NQ"]),
        DocumentType("quyet-dinh", "Quyết định", ["QĐ"]),
        DocumentType("chi-thi", "Chỉ thị", ["CT"]),
        DocumentType("quy-che", "Quy chế", ["QC"]),
        DocumentType("quy-dinh", "Quy định", ["QyĐ", "QĐi"]),
        DocumentType("thong-cao", "Thông cáo", ["TC"]),
        DocumentType("thong-bao", "Thông báo", ["TB"]),
        DocumentType("huong-dan", "Hướng dẫn", ["HD"]),
        DocumentType("chuong-trinh", "Chương trình", ["CTr"]),
        DocumentType("ke-hoach", "Kế hoạch", ["KH"]),
        DocumentType("phuong-an", "Phương án", ["PA"]),
        DocumentType("de-an", "Đề án", ["ĐA"]),
        DocumentType("du-an", "Dự án", ["DA"]),
        DocumentType("bao-cao", "Báo cáo", ["BC"]),
        DocumentType("bien-ban", "Biên bản", ["BB"]),
        DocumentType("to-trinh", "Tờ trình", ["TTr"]),
        DocumentType("hop-dong", "Hợp đồng", ["HĐ"]),
        DocumentType("cong-dien", "Công điện", ["CĐ"]),
        DocumentType("ban-ghi-nho", "Bản ghi nhớ", ["BGN"]),
        DocumentType("ban-thoa-thuan", "Bản thỏa thuận", ["BTT"]),
        DocumentType("giay-uy-quyen", "Giấy ủy quyền", ["GUQ"]),
        DocumentType("giay-moi", "Giấy mời", ["GM"]),
        DocumentType("giay-gioi-thieu", "Giấy giới thiệu", ["GGT"]),
        DocumentType("giay-nghi-phep", "Giấy nghỉ phép", ["GNP"]),
        DocumentType("phieu-gui", "Phiếu gửi", ["PG"]),
        DocumentType("phieu-chuyen", "Phiếu chuyển", ["PC"]),
        DocumentType("phieu-bao", "Phiếu báo", ["PB"]),
        DocumentType("ban-sao-y", "Bản sao y", ["SY"]),
        DocumentType("ban-trich-sao", "Bản trích sao", ["TrS"]),
        DocumentType("ban-sao-luc", "Bản sao lục", ["SL"]),
        // Party documents (Hướng dẫn 36-HD/VPTW): "34-CT/TW", "01-KL/TW".
        DocumentType("ket-luan", "Kết luận", ["KL"]),
        DocumentType("thong-tri", "Thông tri"),
        DocumentType("cong-van", "Công văn", ["CV"]),
        DocumentType("thu-cong", "Thư công"),
    ]

    /// Types by slug.
    public static let bySlug: [String: DocumentType] = Dictionary(uniqueKeysWithValues: all.map { ($0.slug, $0) })

    /// Types by upper-cased symbol code (administrative and normative documents).
    public static let byCode: [String: DocumentType] = {
        var map: [String: DocumentType] = [:]
        for type in all {
            for code in type.codes { map[VietnameseText.upper(code)] = type }
        }
        return map
    }()

    /// Names, longest first, so "Thông tư liên tịch" wins over "Thông tư" and "Bộ luật" over "Luật".
    public static let byNameLongestFirst: [DocumentType] = all.sorted { $0.name.count > $1.name.count }

    /// The type a symbol code stands for. `party` is true for Party numbers ("34-CT/TW"),
    /// where "TT" is a thông tri rather than a thông tư.
    public static func type(forCode code: String, party: Bool = false) -> DocumentType? {
        let key = VietnameseText.upper(code)
        if party {
            if key == "TT" { return bySlug["thong-tri"] }
            if key == "QĐI" { return bySlug["quy-dinh"] }
        }
        return byCode[key]
    }

    /// The type named by a title word ("KẾ HOẠCH", "Chỉ thị"), compared case- and tone-placement-insensitively.
    public static func type(named name: String) -> DocumentType? {
        byKey[VietnameseText.matchKey(name)]
    }

    /// The type whose name has the match key `key` (`VietnameseText.matchKey`), for callers that hold it.
    static func type(forKey key: String) -> DocumentType? {
        // Most lines asked about are longer than any name: told from the byte count, not by hashing them.
        let bytes = key.utf8.count
        guard bytes >= shortestKeyBytes, bytes <= longestKeyBytes else { return nil }
        return byKey[key]
    }

    /// The byte lengths of the shortest and longest name keys.
    private static let shortestKeyBytes = byKey.keys.map(\.utf8.count).min() ?? 0
    private static let longestKeyBytes = byKey.keys.map(\.utf8.count).max() ?? 0

    /// Types by the match key of their name (the first of the table wins).
    private static let byKey: [String: DocumentType] = {
        var map: [String: DocumentType] = [:]
        for type in all {
            let key = VietnameseText.matchKey(type.name)
            if map[key] == nil { map[key] = type }
        }
        return map
    }()
}
