/// A province and some of its districts ("huyện", "thị xã", "thành phố" with their names).
struct ProvinceEntry: Sendable {
    let name: String
    let districts: [(kind: String, name: String)]
}

/// Provinces the corpus is spread over (names as of 2024, before the 2025 mergers).
enum Provinces {
    static let all: [ProvinceEntry] = [
        ProvinceEntry(name: "Lào Cai", districts: [("thành phố", "Lào Cai"), ("thị xã", "Sa Pa"), ("huyện", "Bắc Hà"), ("huyện", "Bảo Thắng"), ("huyện", "Mường Khương")]),
        ProvinceEntry(name: "Sơn La", districts: [("thành phố", "Sơn La"), ("huyện", "Mộc Châu"), ("huyện", "Mai Sơn"), ("huyện", "Thuận Châu")]),
        ProvinceEntry(name: "Điện Biên", districts: [("thành phố", "Điện Biên Phủ"), ("huyện", "Mường Chà"), ("huyện", "Tuần Giáo"), ("huyện", "Điện Biên Đông")]),
        ProvinceEntry(name: "Lai Châu", districts: [("thành phố", "Lai Châu"), ("huyện", "Tam Đường"), ("huyện", "Sìn Hồ"), ("huyện", "Phong Thổ")]),
        ProvinceEntry(name: "Hà Giang", districts: [("thành phố", "Hà Giang"), ("huyện", "Đồng Văn"), ("huyện", "Mèo Vạc"), ("huyện", "Yên Minh")]),
        ProvinceEntry(name: "Cao Bằng", districts: [("thành phố", "Cao Bằng"), ("huyện", "Trùng Khánh"), ("huyện", "Bảo Lạc")]),
        ProvinceEntry(name: "Yên Bái", districts: [("thành phố", "Yên Bái"), ("thị xã", "Nghĩa Lộ"), ("huyện", "Văn Chấn"), ("huyện", "Lục Yên")]),
        ProvinceEntry(name: "Bắc Giang", districts: [("thành phố", "Bắc Giang"), ("huyện", "Lục Ngạn"), ("huyện", "Yên Thế")]),
        ProvinceEntry(name: "Thanh Hóa", districts: [("thành phố", "Thanh Hóa"), ("thị xã", "Nghi Sơn"), ("huyện", "Thọ Xuân"), ("huyện", "Ngọc Lặc")]),
        ProvinceEntry(name: "Nghệ An", districts: [("thành phố", "Vinh"), ("thị xã", "Cửa Lò"), ("huyện", "Diễn Châu"), ("huyện", "Con Cuông")]),
        ProvinceEntry(name: "Quảng Bình", districts: [("thành phố", "Đồng Hới"), ("huyện", "Bố Trạch"), ("huyện", "Lệ Thủy")]),
        ProvinceEntry(name: "Quảng Nam", districts: [("thành phố", "Tam Kỳ"), ("thành phố", "Hội An"), ("huyện", "Đại Lộc"), ("huyện", "Núi Thành")]),
        ProvinceEntry(name: "Bình Định", districts: [("thành phố", "Quy Nhơn"), ("thị xã", "An Nhơn"), ("huyện", "Phù Cát")]),
        ProvinceEntry(name: "Gia Lai", districts: [("thành phố", "Pleiku"), ("thị xã", "An Khê"), ("huyện", "Chư Sê")]),
        ProvinceEntry(name: "Đắk Lắk", districts: [("thành phố", "Buôn Ma Thuột"), ("thị xã", "Buôn Hồ"), ("huyện", "Ea Kar"), ("huyện", "Krông Pắc")]),
        ProvinceEntry(name: "Lâm Đồng", districts: [("thành phố", "Đà Lạt"), ("thành phố", "Bảo Lộc"), ("huyện", "Di Linh")]),
        ProvinceEntry(name: "An Giang", districts: [("thành phố", "Long Xuyên"), ("thành phố", "Châu Đốc"), ("huyện", "Chợ Mới"), ("huyện", "Phú Tân")]),
        ProvinceEntry(name: "Cà Mau", districts: [("thành phố", "Cà Mau"), ("huyện", "Năm Căn"), ("huyện", "U Minh")]),
    ]
}
