/// Subject patterns per kind of letter: `{a}` is the topic's activity, `{y}` the year of the
/// letter, `{p}` the year before, `{n}` the year after.
enum SubjectPatterns {
    static let byKind: [String: [String]] = [
        "cong-van": ["triển khai {a} năm {y}", "tăng cường {a}", "đẩy mạnh {a} trong thời gian tới",
                     "báo cáo kết quả {a} năm {p}", "góp ý dự thảo Kế hoạch {a} năm {y}", "tổ chức kiểm tra {a} năm {y}"],
        "ke-hoach": ["Triển khai {a} năm {y}", "Thực hiện {a} năm {y}", "Kiểm tra {a} năm {y}",
                     "Thực hiện {a} giai đoạn {y} - {n}"],
        "quyet-dinh": ["ban hành Kế hoạch {a} năm {y}", "kiện toàn Ban Chỉ đạo {a}",
                       "giao chỉ tiêu {a} năm {y}", "phê duyệt danh mục nhiệm vụ {a} năm {y}"],
        "chi-thi": ["tăng cường {a}", "đẩy mạnh {a} năm {y}", "nâng cao hiệu quả {a}"],
        "thong-bao": ["Kết luận của {leader} tại cuộc họp về {a}", "Kết luận của {leader} về {a} năm {y}"],
        "bao-cao": ["Kết quả {a} năm {p}", "Tình hình, kết quả {a} năm {p} và phương hướng, nhiệm vụ năm {y}"],
        "to-trinh": ["đề nghị ban hành Kế hoạch {a} năm {y}", "đề nghị phê duyệt kinh phí {a} năm {y}"],
        "huong-dan": ["Thực hiện {a} năm {y}", "Triển khai {a} năm {y}"],
        "nghi-quyet": ["lãnh đạo {a} năm {y}", "tăng cường sự lãnh đạo của Đảng đối với {a}",
                       "lãnh đạo thực hiện {a} giai đoạn {y} - {n}"],
    ]

    static func subject(kind: LetterKind, activity: String, year: Int, leader: String, using rng: inout SeededRandom) -> String {
        let pattern = rng.pick(byKind[kind.slug] ?? ["{a} năm {y}"])
        return pattern
            .replacingOccurrences(of: "{a}", with: activity)
            .replacingOccurrences(of: "{y}", with: String(year))
            .replacingOccurrences(of: "{p}", with: String(year - 1))
            .replacingOccurrences(of: "{n}", with: String(year + 2))
            .replacingOccurrences(of: "{leader}", with: leader)
    }
}
