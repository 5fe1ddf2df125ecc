/// Central, Party and Government documents letters cite, and laws cited by name.
/// Numbers and dates follow the published documents; the subjects are shortened.
enum CentralDocuments {
    private static func doc(_ kind: LetterKind, _ number: String, _ d: Int, _ m: Int, _ y: Int, _ issuer: [String],
                            _ subject: String, _ topics: [String]) -> CitedDocument {
        CitedDocument(kind: kind, number: number, title: nil, date: CalendarDate(year: y, month: m, day: d),
                      issuerNames: issuer, subject: subject, topics: topics)
    }

    private static let politburo = ["Bộ Chính trị"]
    private static let centralCommittee = ["Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương"]
    private static let primeMinister = ["Thủ tướng Chính phủ"]
    private static let government = ["Chính phủ"]

    static let numbered: [CitedDocument] = [
        doc(.chiThi, "05-CT/TW", 15, 5, 2016, politburo, "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", ["hcm", "dan-van", "xay-dung-dang"]),
        doc(.ketLuan, "01-KL/TW", 18, 5, 2021, politburo, "tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII", ["hcm"]),
        doc(.chiThi, "34-CT/TW", 7, 4, 2014, politburo, "tiếp tục đổi mới công tác thi đua, khen thưởng", ["thi-dua"]),
        doc(.chiThi, "34-CT/TW", 30, 5, 1998, politburo, "tăng cường công tác chính trị, tư tưởng; củng cố tổ chức đảng, đoàn thể quần chúng trong các trường học", ["giao-duc", "xay-dung-dang"]),
        doc(.nghiQuyet, "19-NQ/TW", 16, 6, 2022, centralCommittee, "nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045", ["nong-thon-moi", "giam-ngheo"]),
        doc(.nghiQuyet, "18-NQ/TW", 25, 10, 2017, centralCommittee, "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả", ["cai-cach", "xay-dung-dang"]),
        doc(.nghiQuyet, "18-NQ/TW", 16, 6, 2022, centralCommittee, "tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất", ["moi-truong"]),
        doc(.nghiQuyet, "52-NQ/TW", 27, 9, 2019, politburo, "một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư", ["chuyen-doi-so"]),
        doc(.nghiQuyet, "57-NQ/TW", 22, 12, 2024, politburo, "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", ["chuyen-doi-so"]),
        doc(.chiThi, "18-CT/TW", 26, 10, 2022, ["Ban Bí thư"], "phát huy vai trò, nâng cao chất lượng, hiệu quả công tác dân vận", ["dan-van"]),
        doc(.quyetDinh, "749/QĐ-TTg", 3, 6, 2020, primeMinister, "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030", ["chuyen-doi-so"]),
        doc(.quyetDinh, "90/QĐ-TTg", 18, 1, 2022, primeMinister, "phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025", ["giam-ngheo"]),
        doc(.quyetDinh, "263/QĐ-TTg", 22, 2, 2022, primeMinister, "phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025", ["nong-thon-moi"]),
        doc(.nghiQuyet, "76/NQ-CP", 15, 7, 2021, government, "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030", ["cai-cach"]),
        doc(.nghiDinh, "30/2020/NĐ-CP", 5, 3, 2020, government, "công tác văn thư", ["cai-cach"]),
        doc(.nghiDinh, "61/2018/NĐ-CP", 23, 4, 2018, government, "thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính", ["cai-cach"]),
        doc(.nghiDinh, "98/2023/NĐ-CP", 31, 12, 2023, government, "quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng", ["thi-dua"]),
        doc(.nghiDinh, "66/2021/NĐ-CP", 6, 7, 2021, government, "quy định chi tiết thi hành một số điều của Luật Phòng, chống thiên tai", ["thien-tai"]),
        doc(.nghiDinh, "116/2021/NĐ-CP", 21, 12, 2021, government, "quy định chi tiết một số điều của Luật Phòng, chống ma túy về cai nghiện ma túy và quản lý sau cai nghiện", ["ma-tuy"]),
        doc(.thongTu, "02/2023/TT-BYT", 24, 2, 2023, ["Bộ Y tế"], "hướng dẫn một số nội dung về tiêm chủng", ["y-te"]),
        doc(.chiThi, "31/CT-TTg", 19, 12, 2018, primeMinister, "tăng cường chấn chỉnh công tác quy hoạch và quản lý, sử dụng đất", ["moi-truong"]),
        doc(.chiThi, "10/CT-TTg", 19, 4, 2023, primeMinister, "tăng cường công tác bảo đảm trật tự, an toàn giao thông", ["giao-thong"]),
        doc(.chuongTrinh, "03/CTr-CP", 15, 2, 2024, government, "phòng, chống ma túy giai đoạn 2024 - 2025", ["ma-tuy"]),
    ]

    private static func law(_ kind: LetterKind, _ title: String, _ d: Int, _ m: Int, _ y: Int, _ topics: [String]) -> CitedDocument {
        CitedDocument(kind: kind, number: nil, title: title, date: CalendarDate(year: y, month: m, day: d),
                      issuerNames: [], subject: nil, topics: topics)
    }

    /// Laws, cited by name (and often their passing date).
    static let laws: [CitedDocument] = [
        law(.luat, "Luật Tổ chức chính quyền địa phương", 19, 6, 2015, []),
        law(.luat, "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương", 22, 11, 2019, []),
        law(.luat, "Luật Ban hành văn bản quy phạm pháp luật", 22, 6, 2015, ["cai-cach"]),
        law(.luat, "Luật Thi đua, khen thưởng", 15, 6, 2022, ["thi-dua"]),
        law(.luat, "Luật Ngân sách nhà nước", 25, 6, 2015, ["ngan-sach"]),
        law(.luat, "Luật Phòng, chống thiên tai", 19, 6, 2013, ["thien-tai"]),
        law(.luat, "Luật Giáo dục nghề nghiệp", 27, 11, 2014, ["viec-lam"]),
        law(.boLuat, "Bộ luật Lao động", 20, 11, 2019, ["viec-lam"]),
        law(.luat, "Luật Bảo vệ môi trường", 17, 11, 2020, ["moi-truong"]),
        law(.luat, "Luật Phổ biến, giáo dục pháp luật", 20, 6, 2012, ["phap-luat"]),
        law(.luat, "Luật Du lịch", 19, 6, 2017, ["du-lich"]),
        law(.luat, "Luật Phòng, chống ma túy", 30, 3, 2021, ["ma-tuy"]),
        law(.luat, "Luật Lâm nghiệp", 15, 11, 2017, ["rung"]),
        law(.luat, "Luật Giáo dục", 14, 6, 2019, ["giao-duc"]),
        law(.luat, "Luật Khám bệnh, chữa bệnh", 9, 1, 2023, ["y-te"]),
        law(.luat, "Luật Giao dịch điện tử", 22, 6, 2023, ["chuyen-doi-so"]),
    ]
}
