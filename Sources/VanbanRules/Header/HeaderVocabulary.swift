/// Words of the header and signature blocks, as data.
enum HeaderVocabulary {
    /// Nouns that begin the name of a body in the header (compared upper case, on word boundaries).
    /// A header line starting with one of these starts a new body; other lines continue the one above.
    static let organisationHeads: [String] = [
        "ỦY BAN", "UỶ BAN", "UBND", "HỘI ĐỒNG", "HĐND", "SỞ", "BỘ", "BAN", "CỤC", "TỔNG CỤC", "CHI CỤC", "VỤ",
        "VIỆN", "HỌC VIỆN", "TRƯỜNG", "ĐẠI HỌC", "BỆNH VIỆN", "TRUNG TÂM", "CƠ SỞ", "PHÒNG", "VĂN PHÒNG",
        "THANH TRA", "KHO BẠC", "CÔNG AN", "BỘ CHỈ HUY", "BỘ TƯ LỆNH", "ĐẢNG BỘ", "ĐẢNG ỦY", "ĐẢNG UỶ", "ĐẢNG ĐOÀN",
        "BAN CÁN SỰ", "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "CHI BỘ", "TỈNH ỦY", "TỈNH UỶ", "THÀNH ỦY", "THÀNH UỶ",
        "HUYỆN ỦY", "HUYỆN UỶ", "QUẬN ỦY", "QUẬN UỶ", "THỊ ỦY", "THỊ UỶ", "TỈNH ĐOÀN", "THÀNH ĐOÀN", "ĐOÀN THANH NIÊN", "ĐOÀN TNCS",
        "LIÊN ĐOÀN", "CÔNG ĐOÀN", "MẶT TRẬN", "CHÍNH PHỦ", "THỦ TƯỚNG", "QUỐC HỘI", "TÒA ÁN", "TOÀ ÁN",
        "VIỆN KIỂM SÁT", "KIỂM TOÁN", "ĐÀI", "CÔNG TY", "TỔNG CÔNG TY", "TẬP ĐOÀN", "NGÂN HÀNG", "BẢO HIỂM",
        "HẠT KIỂM LÂM", "HỘI", "LIÊN MINH", "HIỆP HỘI", "QUỸ", "BỆNH XÁ", "TRẠM", "ĐỘI", "BAN QUẢN LÝ",
        "KHOA", "BỘ MÔN", "ĐOÀN TRƯỜNG", "XÃ ĐOÀN", "HUYỆN ĐOÀN", "QUẬN ĐOÀN", "THỊ ĐOÀN", "ĐOÀN KHỐI",
        "CHI ĐOÀN", "LIÊN CHI ĐOÀN", "BCH ĐOÀN", "BAN CHẤP HÀNH ĐOÀN",
    ]

    /// Words that begin with a head above but name no body: "KHOA HỌC" (science) in "VIỆN HÀN LÂM" ⏎
    /// "KHOA HỌC XÃ HỘI VIỆT NAM".
    static let notHeads: [String] = ["KHOA HỌC"]

    /// Bodies whose name begins with another body's head, so that a cell broken inside the name
    /// would read as parent and child (match keys): "THỦ TƯỚNG" ⏎ "CHÍNH PHỦ".
    static let wholeBodies: Set<String> = [
        "thủ tướng chính phủ", "ủy ban thường vụ quốc hội", "văn phòng chính phủ", "văn phòng quốc hội",
        "văn phòng chủ tịch nước", "ban chấp hành trung ương", "ủy ban kiểm tra trung ương", "hội đồng dân tộc",
        "văn phòng trung ương đảng", "ban bí thư trung ương đảng",
    ]

    /// The same heads in running text ("Cơ sở Điều trị ... hưởng ứng"), used where the header was lost.
    static let organisationHeadsInText: [String] = [
        "Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND", "Cơ sở", "Sở", "Trung tâm",
        "Ban", "Phòng", "Văn phòng", "Bệnh viện", "Trường", "Chi cục", "Cục", "Bộ", "Viện", "Đảng ủy", "Đảng uỷ",
        "Tỉnh ủy", "Tỉnh uỷ", "Huyện ủy", "Huyện uỷ", "Thành ủy", "Thành uỷ", "Công an", "Kho bạc", "Thanh tra",
    ]

    /// Verbs that follow the issuing body when the body speaks of itself in the opening paragraph.
    static let selfReferenceVerbs: [String] = [
        "hưởng ứng", "phát động", "ban hành", "xây dựng", "yêu cầu", "đề nghị", "thông báo", "báo cáo",
        "hướng dẫn", "chỉ đạo", "triển khai", "tổ chức", "kính trình", "trân trọng", "quyết định", "có ý kiến",
    ]

    /// Bodies whose proper name ends with their territory ("Ủy ban nhân dân tỉnh Sơn La").
    static let territorialBodies: [String] = ["ủy ban nhân dân", "hội đồng nhân dân", "ubnd", "hđnd"]

    /// Level words that take a place name after them.
    static let territoryLevels: [String] = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"]

    /// Lines of the national, Party or Youth Union motto (compared by match key prefix): the Youth
    /// Union's letters print "ĐOÀN TNCS HỒ CHÍ MINH" where others print the national motto.
    static let mottoPrefixes: [String] = [
        "cộng hòa xã hội chủ nghĩa việt nam", "độc lập - tự do - hạnh phúc", "độc lập-tự do-hạnh phúc",
        "đảng cộng sản việt nam", "đoàn tncs hồ chí minh", "đoàn thanh niên cộng sản hồ chí minh",
    ]

    /// Whether the line with match key `key` is the motto or part of it, a narrow cell having
    /// broken the motto's line ("CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"): it starts a motto,
    /// or it and the line after (or the line before and it) do.
    static func isMotto(_ key: String, before: String?, after: String?) -> Bool {
        func starts(_ text: String) -> Bool { mottoPrefixes.contains { text.startsWith($0) } }
        if starts(key) { return true }
        if key.count >= 4, let after, mottoPrefixes.contains(where: { $0.startsWith(key) }), starts(key + " " + after) { return true }
        // (A whole motto line above is no broken one: the line under it is the next cell's.)
        if let before, before.count >= 4, !starts(before), mottoPrefixes.contains(where: { $0.startsWith(before) }),
           starts(before + " " + key) {
            return true
        }
        return false
    }

    /// Words with which a body paragraph, not a title or subject line, begins.
    static let bodyLeads: [String] = [
        "căn cứ", "thực hiện", "kính gửi", "theo", "để", "nhằm", "qua", "trên cơ sở", "xét", "vừa qua", "ngày",
    ]

    /// Bodies that enact a document, as the line under its subject names them (match keys, compared
    /// as prefixes): "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "HỘI ĐỒNG NHÂN DÂN TỈNH …", "CHÍNH PHỦ".
    static let enactingBodies: [String] = [
        "ủy ban nhân dân", "hội đồng nhân dân", "ủy ban thường vụ quốc hội", "chính phủ", "quốc hội", "bộ trưởng",
        "thủ tướng chính phủ", "ban chấp hành", "ban thường vụ", "bộ chính trị", "ban bí thư", "thường trực hội đồng",
    ]

    /// Heads who enact for their body, printed before its name ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH").
    static let enactingHeads: [String] = ["chủ tịch", "bộ trưởng", "thủ trưởng", "tổng cục trưởng", "cục trưởng", "giám đốc"]

    /// Words that end a line of a wrapped subject but need the next line ("… THUỘC THẨM QUYỀN CỦA" ⏎ "ỦY BAN …").
    static let connectives: Set<String> = ["của", "thuộc", "và", "cho", "với", "tại", "đối", "giữa", "về", "các", "trực"]

    /// Whether the line with match key `key` opens with the label `label` ("kính gửi", "nơi nhận"),
    /// also with the space between its words lost ("Kínhgửi:").
    static func opensWith(_ key: String, label: Label) -> Bool {
        key.startsWith(label.rawValue) || key.startsWith(label.glued)
            || key.utf8.first == label.rawValue.utf8.first && label.variants.contains { key.startsWith($0) }
    }

    /// The labels of the lists (match keys).
    enum Label: String {
        case addressees = "kính gửi"
        case distribution = "nơi nhận"

        /// Other spellings: "Kính gởi" (the southern "gởi").
        var variants: [String] {
            switch self {
            case .addressees: return ["kính gởi", "kínhgởi"]
            case .distribution: return []
            }
        }

        /// The label with its space lost.
        var glued: String {
            switch self {
            case .addressees: return "kínhgửi"
            case .distribution: return "nơinhận"
            }
        }
    }

    /// Signing prefixes (Nghị định 30/2020/NĐ-CP, art. 13; Party forms with a slash).
    static let authorities: [(printed: String, code: String)] = [
        ("TUQ", "TUQ"), ("TM", "TM"), ("KT", "KT"), ("TL", "TL"), ("T/M", "TM"), ("K/T", "KT"), ("T/L", "TL"), ("Q", "Q"),
    ]

    /// The length of the longest printed authority prefix.
    static let longestAuthority = authorities.map(\.printed.count).max() ?? 0

    /// What may stand before a signer's name (Nghị định 30/2020, Phụ lục I: academic titles and
    /// degrees, ranks in the armed forces and police), longest first; left out of the name.
    static let nameTitles: [String] = [
        "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
        "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "PGS.TS.", "PGS. TS.", "GS.TS.", "GS. TS.", "PGS.", "GS.",
        "TS.", "ThS.", "Ths.", "BS.", "KS.", "LS.", "NGƯT.", "NGND.", "TTND.", "NSND.", "NSƯT.",
        "PGS.TS", "GS.TS", "TS", "ThS",
    ].sorted { $0.count > $1.count }

    /// Titles of the posts a signer holds, longest first: read off the end of a signing prefix's
    /// line that also holds the position ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH").
    static let positionTitles: [String] = [
        "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "BỘ TRƯỞNG",
        "THỨ TRƯỞNG", "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "BÍ THƯ", "PHÓ BÍ THƯ", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG",
        "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG",
        "VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG", "TỔNG CỤC TRƯỞNG", "PHÓ TỔNG CỤC TRƯỞNG", "CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA",
        "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "TỔNG THANH TRA", "PHÓ TỔNG THANH TRA",
    ].sorted { $0.count > $1.count }

    /// Words that make a capitalised line a position rather than a name.
    static let positionWords: [String] = [
        "GIÁM ĐỐC", "CHỦ TỊCH", "TRƯỞNG", "PHÓ", "BÍ THƯ", "THỦ TRƯỞNG", "CHÁNH", "TỔNG", "ỦY VIÊN", "UỶ VIÊN",
        "CHỦ NHIỆM", "THƯ KÝ", "KẾ TOÁN", "HIỆU TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG",
        "TỔNG GIÁM ĐỐC", "CHỈ HUY", "TƯ LỆNH", "CHÍNH ỦY", "THƯỜNG TRỰC", "KIỂM SOÁT", "TM", "KT", "THỦ TƯỚNG",
    ]
}
