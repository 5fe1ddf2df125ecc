/// Places a letter is dated at and its issuer is named after: the 63 provinces and centrally
/// run cities (as before the 2025 mergers, which most archives hold), then the cities that
/// are provinces' seats or date many letters. As printed, with the new tone placement.
public enum VietnamesePlaces {
    public static let provinces: [String] = [
        "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang",
        "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận",
        "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
        "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
        "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận",
        "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng",
        "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh",
        "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ]

    public static let cities: [String] = [
        "Long Xuyên", "Châu Đốc", "Vũng Tàu", "Bà Rịa", "Quy Nhơn", "Thủ Dầu Một", "Dĩ An", "Thuận An", "Đồng Xoài",
        "Phan Thiết", "Buôn Ma Thuột", "Gia Nghĩa", "Điện Biên Phủ", "Biên Hòa", "Long Khánh", "Cao Lãnh", "Sa Đéc",
        "Pleiku", "Phủ Lý", "Vị Thanh", "Ngã Bảy", "Nha Trang", "Cam Ranh", "Rạch Giá", "Hà Tiên", "Phú Quốc",
        "Đà Lạt", "Bảo Lộc", "Tân An", "Vinh", "Cửa Lò", "Tam Điệp", "Phan Rang - Tháp Chàm", "Việt Trì", "Tuy Hòa",
        "Đồng Hới", "Tam Kỳ", "Hội An", "Hạ Long", "Móng Cái", "Uông Bí", "Cẩm Phả", "Đông Hà", "Sông Công",
        "Sầm Sơn", "Huế", "Mỹ Tho", "Vĩnh Yên", "Phúc Yên", "Từ Sơn", "Chí Linh", "Thủ Đức", "Sa Pa", "Mộc Châu",
    ]

    /// Every name above.
    public static let all: [String] = provinces + cities
}
