/// Real-looking lines of Vietnamese letters, in UTF-8, that tests encode with each table.
enum LegacyEncodingSamples {
    /// Lines every encoding writes and reads back unchanged (in TCVN3 too: the capitals it lacks
    /// appear only in capital lines, which the decoder restores).
    static let letterLines = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN TỈNH SƠN LA",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "Số: 15/QĐ-UBND",
        "Sơn La, ngày 05 tháng 01 năm 2024",
        "QUYẾT ĐỊNH",
        "Về việc phê duyệt kế hoạch tuyển sinh năm học 2024-2025",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 209/TTr-SNV,",
        "Điều 1. Phê duyệt chỉ tiêu tuyển sinh lớp 10 là 11.000 học sinh.",
        "Nơi nhận:",
        "- Như Điều 3;",
        "- Lưu: VT, NC.",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Nguyễn Thị Hường",
    ]

    /// A letter of those lines, CRLF-separated as Windows saved it.
    static var letter: String { letterLines.joined(separator: "\r\n") + "\r\n" }
}
