import Testing
import VanbanRecord
@testable import VanbanRules

/// One expected target: value and unit.
struct Goal: Sendable, Equatable, CustomStringConvertible {
    let value: Double
    let unit: String
    init(_ value: Double, _ unit: String) {
        self.value = value
        self.unit = unit
    }
    var description: String { "\(value) \(unit)" }
}

private func goals(_ text: String) -> [Goal] {
    TargetFinder().find(in: VietnameseText.normalize(text)).map { Goal($0.value ?? .nan, $0.unit ?? "") }
}

@Suite struct TargetFinderTests {
    @Test(arguments: [
        // decimal comma, percent
        ("II. CHỈ TIÊU\n- Tổng sản phẩm GRDP trên địa bàn tỉnh tăng 7,5%;", [Goal(7.5, "%")]),
        // thousands dot, counted noun after a classifier
        ("II. CHỈ TIÊU\n- Phấn đấu trong năm tiếp nhận 1.600 lượt học viên vào điều trị.", [Goal(1600, "lượt học viên")]),
        // magnitude and currency, a rate
        ("II. CHỈ TIÊU\n- Thu ngân sách đạt 4.800 tỷ đồng; thu nhập bình quân đạt 52,4 triệu đồng/người/năm.",
         [Goal(4800, "tỷ đồng"), Goal(52.4, "triệu đồng/người/năm")]),
        // foreign currency
        ("II. CHỈ TIÊU\n- Giá trị hàng hóa xuất khẩu 184 triệu USD.", [Goal(184, "triệu USD")]),
        // leading zero
        ("I. CHỈ TIÊU\n- Có thêm 06 trường học đạt chuẩn quốc gia;", [Goal(6, "trường học")]),
        // measure unit ends the unit
        ("1. Mục tiêu, chỉ tiêu\n- Cứng hóa 268 km đường giao thông nông thôn;", [Goal(268, "km")]),
        // acronym after the counted noun
        ("II. CHỈ TIÊU\n- Phát triển thêm 35 sản phẩm OCOP đạt từ 3 sao trở lên;", [Goal(35, "sản phẩm OCOP")]),
        // two quantities in one clause, both targets
        ("Điều 1. Giao các chỉ tiêu chủ yếu năm 2025 như sau:\n- Hỗ trợ vốn vay cho 4.100 hộ với tổng dư nợ 277 tỷ đồng;",
         [Goal(4100, "hộ"), Goal(277, "tỷ đồng")]),
        // a share "trong đó" is its own target
        ("* Phấn đấu hoàn thành các chỉ tiêu như sau:\n- Phấn đấu 100% viên chức hoàn thành tốt nhiệm vụ, trong đó có 20% hoàn thành xuất sắc.",
         [Goal(100, "%"), Goal(20, "%")]),
    ])
    func readsQuantities(_ text: String, _ expected: [Goal]) {
        #expect(goals(text) == expected)
    }

    @Test(arguments: [
        // a comparison in brackets belongs to its target
        ("II. CHỈ TIÊU\n- Xã đạt chuẩn nông thôn mới là 64 xã (tăng 05 xã so với năm 2022).", [Goal(64, "xã")]),
        ("II. CHỈ TIÊU\n- Tỷ lệ hộ nghèo là 15,66% (giảm 4% so với năm 2022);", [Goal(15.66, "%")]),
        // ... and one after a comma too
        ("II. CHỈ TIÊU\n- Tỷ lệ khen thưởng đạt 43%, tăng 9% so với năm 2024;", [Goal(43, "%")]),
        // a comparison alone is the target
        ("1. Mục tiêu, chỉ tiêu\n- Chỉ số cải cách hành chính tăng ít nhất 02 bậc so với năm 2022.", [Goal(2, "bậc")]),
        // "lớp 10" and a school year are labels
        ("I. CHỈ TIÊU\n- Tuyển sinh vào lớp 10 trung học phổ thông năm học 2023-2024 là 11.000 học sinh;", [Goal(11000, "học sinh")]),
        // ages, levels
        ("II. CHỈ TIÊU\n- 86% người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2;\n"
            + "- Tỷ lệ huy động trẻ em 5 tuổi đến lớp mẫu giáo đạt 99,4%;", [Goal(86, "%"), Goal(99.4, "%")]),
        // the base of a rate
        ("II. CHỈ TIÊU\n- Số bác sỹ/10.000 dân đạt 8,6 bác sỹ, số giường bệnh/10.000 dân đạt 29,9 giường;",
         [Goal(8.6, "bác sỹ"), Goal(29.9, "giường")]),
        // citation numbers, dates and years
        ("II. CHỈ TIÊU\n- Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2023, đến năm 2025 đạt 90% hồ sơ trực tuyến.", [Goal(90, "%")]),
        // bracketed remarks
        ("II. CHỈ TIÊU\n- Giải quyết việc làm cho 20.600 lao động (trong đó đưa 5 lao động đi làm việc ở nước ngoài).", [Goal(20600, "lao động")]),
        // what was already done
        ("II. CHỈ TIÊU\n- Năm 2021 đã cấp 468 chứng thư số; năm 2022 cấp mới 1.000 chứng thư số.", [Goal(1000, "chứng thư")]),
    ])
    func leavesOutWhatIsNotATarget(_ text: String, _ expected: [Goal]) {
        #expect(goals(text) == expected)
    }

    @Test(arguments: [
        // results of past years are not goals
        "I. KẾT QUẢ THỰC HIỆN\nNăm 2021, tỷ lệ hồ sơ xử lý trên môi trường mạng đạt 97,8%; đã cấp 468 chứng thư số.",
        // a task section states no goal, even with a percentage
        "III. NHIỆM VỤ, GIẢI PHÁP\n1. Thực hiện công tác văn thư; bảo đảm 100% văn bản đi được phát hành dưới dạng điện tử.",
        // a results heading that names the targets
        "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\n- Tỷ lệ hộ nghèo giảm 3,3%;",
        // a "Kế hoạch 05 năm", a year range, section numbers, phone numbers
        "1. Phấn đấu thực hiện thắng lợi Kế hoạch 05 năm (2021-2025); ĐT: 0243.7738668.",
        // ages and durations are never targets
        "II. CHỈ TIÊU\n- Huy động trẻ em 5 tuổi; thời gian 03 tháng; lớp 10.",
    ])
    func findsNoTarget(_ text: String) {
        #expect(goals(text).isEmpty)
    }

    @Test func goalSectionEndsAtTheNextHeadingOfItsLevel() {
        let text = """
        1. Mục tiêu, chỉ tiêu
        - Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98,1%;
        II. NHIỆM VỤ, GIẢI PHÁP
        1. Bảo đảm 100% văn bản đi được phát hành dưới dạng điện tử.
        2. Tập trung chỉ đạo các xã phấn đấu đạt 95% tiêu chí nông thôn mới.
        """
        // the section ends at "II."; later a "phấn đấu" sentence still sets its goal
        #expect(goals(text) == [Goal(98.1, "%"), Goal(95, "%")])
    }

    @Test func numberedLeadInHoldsItsListItems() {
        let text = """
        3. Căn cứ mục tiêu, các chỉ tiêu chủ yếu năm 2023 theo Nghị quyết số 142/NQ-HĐND ngày 08/12/2022, thi đua hoàn thành các chỉ tiêu:
        - Phấn đấu hoàn thành các chỉ tiêu về kinh tế: GRDP tăng 7,5%; xã đạt chuẩn nông thôn mới là 64 xã.
        - Đẩy mạnh phong trào thi đua: tỷ lệ gia đình văn hóa là 72,5%...
        4. Kịp thời rà soát các văn bản về thi đua năm 2023, tăng 10% số cuộc kiểm tra.
        """
        #expect(goals(text) == [Goal(7.5, "%"), Goal(64, "xã"), Goal(72.5, "%")])
    }

    @Test func readsHardWrappedLines() {
        // a wrapped PDF text with a blank line after every line, the unit cut from its number
        let text = """
         3. Căn cứ mục tiêu, các chỉ tiêu chủ yếu về phát triển kinh tế - xã hội năm \n\n\
        2023, thi đua phấn đấu hoàn thành, vượt mức các chỉ tiêu, kế hoạch năm 2023:  \n\n\
        - Phấn đấu hoàn thành các chỉ tiêu về phát triển kinh tế: tổng sản phẩm \n\n\
        GRDP trên địa bàn tỉnh tăng 7,5%; thu nhập bình quân đạt 52,4 triệu \n\n\
        đồng/người/năm; xã đạt chuẩn nông thôn mới là \n\n\
        64 xã (tăng 05 xã so với năm 2022). Đẩy mạnh huy động nguồn lực xã hội tạo \n\n\
        động lực phát triển kinh tế nhanh và bền vững. \n\n\
         4. Kịp thời rà soát, điều chỉnh các văn bản về thi đua, khen thưởng đảm bảo phù \n\n\
        hợp với các quy định hiện hành trong năm 2023 và giai đoạn 2021-2025. \n\n
        """
        #expect(goals(text) == [Goal(7.5, "%"), Goal(52.4, "triệu đồng/người/năm"), Goal(64, "xã")])
    }

    @Test func describesTheTarget() {
        let found = TargetFinder().find(in: "II. CHỈ TIÊU\n- Thu ngân sách trên địa bàn đạt 4.800 tỷ đồng;\n- Tổ chức 14 phiên giao dịch việc làm;")
        #expect(found.map(\.text) == ["Thu ngân sách trên địa bàn đạt 4.800 tỷ đồng", "Tổ chức 14 phiên giao dịch việc làm"])
        #expect(found.first?.metric == "Thu ngân sách trên địa bàn")
        #expect(found.map(\.comparison) == ["đạt", nil])
        #expect(found.last?.metric == "Tổ chức phiên giao dịch việc làm")
    }
}
