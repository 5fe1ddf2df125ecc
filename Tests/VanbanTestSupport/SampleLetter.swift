/// Small plain-text letters written the way Vietnamese administrative documents are,
/// each one different, for tests where reading real files is the point.
public enum SampleLetter {
    public static let subjects = [
        "Về việc tổ chức phong trào thi đua, khen thưởng năm",
        "Về việc triển khai công tác phòng, chống thiên tai năm",
        "Về việc đẩy mạnh cải cách hành chính năm",
        "Về việc tăng cường quản lý đất đai năm",
    ]

    /// The text of letter number `n`.
    public static func text(_ n: Int) -> String {
        let year = 2015 + n % 10
        let subject = subjects[n % subjects.count] + " \(year)"
        return """
        UỶ BAN NHÂN DÂN                 CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
        HUYỆN MƯỜNG LA                     Độc lập - Tự do - Hạnh phúc
        Số: \(n)/UBND-VP                  Mường La, ngày \(n % 28 + 1) tháng \(n % 12 + 1) năm \(year)
        V/v \(subject.dropFirst(8))

        Kính gửi: Các phòng, ban chuyên môn thuộc UBND huyện.

        Thực hiện Kế hoạch số \(n + 100)/KH-UBND ngày 15/5/\(year) của UBND tỉnh Sơn La,
        Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị định kỳ báo cáo kết quả thực hiện
        trước ngày 30 hằng tháng. Đây là thư số \(n).

        Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN
        - Như trên;                                    CHỦ TỊCH
        - Lưu: VT.
                                                     Nguyễn Văn An

        """
    }
}
