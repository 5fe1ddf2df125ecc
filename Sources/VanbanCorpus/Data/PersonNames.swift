/// Parts of Vietnamese personal names: family, middle and given names.
enum PersonNames {
    static let family = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
        "Lò", "Hà", "Đinh", "Lương", "Vi", "Sùng", "Giàng", "Cầm", "Quàng", "Tòng", "Mai", "Trịnh", "Phùng",
    ]
    static let maleMiddle = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Xuân", "Ngọc", "Công", "Trọng", "Mạnh", "Tiến"]
    static let femaleMiddle = ["Thị", "Thu", "Thanh", "Ngọc", "Kim", "Hồng", "Thúy", "Minh"]
    static let maleGiven = [
        "Tuấn", "Hùng", "Dũng", "Thắng", "Sơn", "Hải", "Long", "Bình", "Khánh", "Cường", "Phong", "Tùng",
        "Hiếu", "Quang", "Nam", "Thành", "Chiến", "Lâm", "Tâm", "Trung", "Huy", "Đạt", "Kiên", "Vinh",
    ]
    static let femaleGiven = [
        "Lan", "Hương", "Hoa", "Mai", "Liên", "Hạnh", "Thảo", "Nga", "Phương", "Yến", "Dung", "Hằng", "Vân", "Hà",
    ]
}
