/// The fixed words of a letter that OCR misreads, as data: the forms `OCRRepair` mends them to.
/// Header words come from the tables that already hold them (`HeaderVocabulary`, `DocumentTypes`);
/// this table adds only what those do not hold.
enum OCRVocabulary {
    /// The words of a place-and-date line, as printed.
    static let dateWords = ["ngày", "tháng", "năm"]
    /// The date words by their fold ("thang" → "tháng").
    static let dateWordsByFold = Dictionary(uniqueKeysWithValues: dateWords.map { (VietnameseText.fold($0), $0) })

    /// Capital phrases of headers and signer blocks besides the organisation heads, positions and
    /// type titles: the motto's words, levels of government, the words that name departments
    /// and ranks. A word read with a wrong tone is mended to the one of these it folds to when
    /// only one does; words that fold alike ("TRƯỜNG" school, "TRƯỞNG" head) are told apart by
    /// the phrase they stand in.
    static let headerPhrases: [String] = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ", "PHƯỜNG", "THỊ TRẤN",
        "TRUNG ƯƠNG", "TỈNH ỦY", "HUYỆN ỦY", "THÀNH ỦY", "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH",
        "VĂN PHÒNG", "NỘI VỤ", "TƯ PHÁP", "TÀI CHÍNH", "KẾ HOẠCH VÀ ĐẦU TƯ", "GIÁO DỤC VÀ ĐÀO TẠO", "Y TẾ",
        "XÂY DỰNG", "GIAO THÔNG VẬN TẢI", "NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "TÀI NGUYÊN VÀ MÔI TRƯỜNG", "LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "KHOA HỌC VÀ CÔNG NGHỆ", "THÔNG TIN VÀ TRUYỀN THÔNG", "CÔNG THƯƠNG", "TUYÊN GIÁO", "DÂN VẬN", "TỔ CHỨC",
        "KIỂM TRA", "MẶT TRẬN TỔ QUỐC", "CÔNG AN", "QUÂN SỰ", "BIÊN PHÒNG", "DÂN TỘC", "NGOẠI VỤ", "TRƯỜNG ĐẠI HỌC",
        "TRƯỜNG CAO ĐẲNG", "TRƯỜNG TRUNG HỌC", "THỊ TRƯỜNG", "PHÓ CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "PHÓ TRƯỞNG BAN",
        "TRƯỞNG BAN", "TRƯỞNG PHÒNG", "THỨ TRƯỞNG", "BỘ TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "VIỆN TRƯỞNG",
        "HIỆU TRƯỞNG", "CHÁNH VĂN PHÒNG", "CHÁNH THANH TRA", "BÍ THƯ", "PHÓ BÍ THƯ", "THƯỜNG TRỰC", "ỦY VIÊN",
        "CHỦ NHIỆM", "TỔNG CỤC TRƯỞNG", "GIÁM ĐỐC", "CHỦ TỊCH", "NĂM", "SỐ",
    ]
}
