/// Who letters are sent to ("Kính gửi") and copied to ("Nơi nhận"), by the issuer's level.
/// `{p}` is the province, `{parent}` the issuer's parent, `{selfShort}` "Cơ sở" or "Trung tâm",
/// `{kind}` the district's kind ("huyện", "thị xã", "thành phố") and `{party}` its Party committee.
enum Recipients {
    /// "Kính gửi" lists for letters sent down or across (công văn, hướng dẫn).
    static let downward: [IssuingBody.Level: [[String]]] = [
        .provinceCommittee: [["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các huyện, thị xã, thành phố"],
                             ["Các sở, ban, ngành, đoàn thể tỉnh"], ["Sở Nội vụ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư"]],
        .districtCommittee: [["Các cơ quan, đơn vị thuộc UBND {kind}", "Ủy ban nhân dân các xã, thị trấn"],
                             ["Ủy ban nhân dân các xã, phường, thị trấn"]],
        .department: [["Các phòng chuyên môn thuộc Sở", "Các đơn vị sự nghiệp trực thuộc Sở"],
                      ["Ủy ban nhân dân các huyện, thị xã, thành phố"],
                      ["Các phòng chuyên môn thuộc Sở", "Ủy ban nhân dân các huyện, thị xã, thành phố"]],
        .serviceUnit: [["Các phòng chuyên môn thuộc {selfShort}"], ["Lãnh đạo các phòng chuyên môn"]],
        .provinceParty: [["Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "Các ban cán sự đảng, đảng đoàn"],
                         ["Các đồng chí Tỉnh ủy viên"]],
        .districtParty: [["Các chi bộ, đảng bộ trực thuộc"], ["Các đồng chí Huyện ủy viên", "Các chi bộ, đảng bộ trực thuộc"]],
        .partyBloc: [["Các đảng bộ, chi bộ cơ sở trực thuộc Đảng ủy Khối"]],
        .partyCommittee: [["Các chi bộ trực thuộc"]],
        .partyBoard: [["Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc"], ["Các ban cán sự đảng, đảng đoàn"]],
    ]

    /// Recipients of reports and submissions, upward.
    static let upward: [IssuingBody.Level: [String]] = [
        .provinceCommittee: ["Bộ Nội vụ", "Bộ Kế hoạch và Đầu tư", "Văn phòng Chính phủ"],
        .districtCommittee: ["Ủy ban nhân dân tỉnh {p}"],
        .department: ["Ủy ban nhân dân tỉnh {p}", "Ủy ban nhân dân tỉnh"],
        .serviceUnit: ["{parent}"],
        .provinceParty: ["Ban Bí thư Trung ương Đảng"],
        .districtParty: ["Ban Thường vụ Tỉnh ủy"],
        .partyBloc: ["Ban Thường vụ Tỉnh ủy"],
        .partyCommittee: ["Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh"],
        .partyBoard: ["Ban Thường vụ Tỉnh ủy"],
    ]

    /// "Nơi nhận" items above the issuer (sent for information, "b/c").
    static let superiors: [IssuingBody.Level: [String]] = [
        .provinceCommittee: ["Văn phòng Chính phủ", "Bộ Nội vụ", "TT Tỉnh ủy, HĐND tỉnh", "Đoàn ĐBQH tỉnh"],
        .districtCommittee: ["UBND tỉnh", "TT {party}, HĐND {kind}", "Sở Nội vụ"],
        .department: ["UBND tỉnh", "Bộ Nội vụ", "Chủ tịch, các PCT UBND tỉnh", "Giám đốc Sở"],
        .serviceUnit: ["{parent}", "Giám đốc", "Lãnh đạo {selfShort}"],
        .provinceParty: ["Ban Bí thư", "Ban Tuyên giáo Trung ương", "Văn phòng Trung ương Đảng"],
        .districtParty: ["Ban Thường vụ Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"],
        .partyBloc: ["Ban Thường vụ Tỉnh ủy", "Ban Tổ chức Tỉnh ủy"],
        .partyCommittee: ["Ban Thường vụ Đảng ủy Khối", "Ban Giám đốc Sở"],
        .partyBoard: ["Thường trực Tỉnh ủy", "Ban Tuyên giáo Trung ương"],
    ]

    /// "Nơi nhận" items beside or below the issuer.
    static let peers: [IssuingBody.Level: [String]] = [
        .provinceCommittee: ["Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố",
                             "Cổng Thông tin điện tử tỉnh", "Lãnh đạo Văn phòng UBND tỉnh"],
        .districtCommittee: ["Chủ tịch, các PCT UBND {kind}", "Các phòng, ban chuyên môn", "UBND các xã, thị trấn",
                             "Trang thông tin điện tử {kind}"],
        .department: ["Các Phó Giám đốc Sở", "Các phòng, đơn vị thuộc Sở", "Cổng Thông tin điện tử Sở", "UBND các huyện, thành phố"],
        .serviceUnit: ["Các phòng chuyên môn", "Thành viên Hội đồng Thi đua - Khen thưởng", "Trang thông tin điện tử đơn vị"],
        .provinceParty: ["Các đồng chí Tỉnh ủy viên", "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc", "Các ban cán sự đảng, đảng đoàn",
                         "Các ban, cơ quan tham mưu, giúp việc Tỉnh ủy"],
        .districtParty: ["Các đồng chí Huyện ủy viên", "Các chi bộ, đảng bộ trực thuộc", "Các ban xây dựng Đảng"],
        .partyBloc: ["Các đồng chí Ủy viên Ban Chấp hành Đảng bộ Khối", "Các đảng bộ, chi bộ cơ sở trực thuộc"],
        .partyCommittee: ["Các đồng chí đảng ủy viên", "Các chi bộ trực thuộc"],
        .partyBoard: ["Các đồng chí lãnh đạo Ban", "Ban Tuyên giáo các huyện ủy, thành ủy"],
    ]

    static let notes = ["b/c", "b/c", "để b/c", "đ/b"]

    static func fill(_ s: String, _ issuer: IssuingBody, districtKind: String) -> String {
        s.replacingOccurrences(of: "{p}", with: issuer.province)
            .replacingOccurrences(of: "{parent}", with: issuer.parent ?? "Ủy ban nhân dân tỉnh \(issuer.province)")
            .replacingOccurrences(of: "{selfShort}", with: issuer.name.hasPrefix("Cơ sở") ? "Cơ sở" : "Trung tâm")
            .replacingOccurrences(of: "{party}", with: districtKind == "thị xã" ? "Thị ủy" : (districtKind == "thành phố" ? "Thành ủy" : "Huyện ủy"))
            .replacingOccurrences(of: "{kind}", with: districtKind)
    }
}
