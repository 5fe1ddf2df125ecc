import Foundation
import Testing
import VanbanTestSupport
@testable import VanbanText

@Suite struct PlainTextMarkdownTests {
    @Test(arguments: [
        // Stripped
        ("**Nơi nhận:**", "Nơi nhận:"),
        ("__Nơi nhận:__", "Nơi nhận:"),
        ("## **KẾ HOẠCH**", "KẾ HOẠCH"),
        ("###### Tiêu đề mục ######", "Tiêu đề mục"),
        ("# Quyết định", "Quyết định"),
        ("thi đua “*Cả nước chung sức xây dựng nông thôn mới*”.", "thi đua “Cả nước chung sức xây dựng nông thôn mới”."),
        ("Các hình thức khen thưởng cấp Nhà nước (*khen cao*): Thực hiện", "Các hình thức khen thưởng cấp Nhà nước (khen cao): Thực hiện"),
        ("_nghiêng_ và __đậm__ và ***cả hai***", "nghiêng và đậm và cả hai"),
        ("**Phùng Đức Sơn**  ", "Phùng Đức Sơn"),
        ("**KT. GIÁM ĐỐC", "KT. GIÁM ĐỐC"),            // a bold spanning lines: its opening end
        ("PHÓ GIÁM ĐỐC**", "PHÓ GIÁM ĐỐC"),            // and its closing end
        ("1\\. Yêu cầu", "1. Yêu cầu"),
        ("\\*không in nghiêng\\*", "*không in nghiêng*"),
        ("\\# không phải tiêu đề", "# không phải tiêu đề"),
        ("SỞ LAO ĐỘNG<br>VÀ XÃ HỘI", "SỞ LAO ĐỘNG\nVÀ XÃ HỘI"),
        ("A<br/>B<BR />C", "A\nB\nC"),
        ("SỞ LAO ĐỘNG THƯƠNG BINH\\", "SỞ LAO ĐỘNG THƯƠNG BINH"),
        // Bullets
        ("* Phấn đấu hoàn thành các chỉ tiêu như sau:", "- Phấn đấu hoàn thành các chỉ tiêu như sau:"),
        (" * Phấn đấu hoàn thành", " - Phấn đấu hoàn thành"),
        ("* **Mục tiêu**: 100% viên chức", "- Mục tiêu: 100% viên chức"),
        // Kept: real content
        ("- Như trên;", "- Như trên;"),
        ("- Lưu: VT, TCHCKT (TĐKT).", "- Lưu: VT, TCHCKT (TĐKT)."),
        ("Diện tích 5*3 m, thể tích 2*3*4 m3", "Diện tích 5*3 m, thể tích 2*3*4 m3"),
        ("5 * 3 = 15", "5 * 3 = 15"),
        ("Số liệu (*) là ước tính; (**) chưa kiểm toán", "Số liệu (*) là ước tính; (**) chưa kiểm toán"),
        ("* là số liệu ước tính", "- là số liệu ước tính"),
        ("Liên hệ: nguyen_van_a@sonla.gov.vn hoặc tran__b@x.vn", "Liên hệ: nguyen_van_a@sonla.gov.vn hoặc tran__b@x.vn"),
        ("Số: ____/QĐ-UBND, ký tên______", "Số: ____/QĐ-UBND, ký tên______"),
        ("#7 không phải tiêu đề", "#7 không phải tiêu đề"),
        ("####### bảy dấu thăng", "####### bảy dấu thăng"),
        ("C:\\Users\\vanban\\2024", "C:\\Users\\vanban\\2024"),
        ("x < 5 và y > 3, <b>không phải br</b>", "x < 5 và y > 3, <b>không phải br</b>"),
        ("** Ghi chú", "** Ghi chú"),
        ("Ghi chú *", "Ghi chú *"),
    ])
    func strips(_ line: String, _ expected: String) {
        #expect(MarkdownStripper().strip(line) == expected)
    }

    @Test func stripsBoldOverLinesThroughTheReader() throws {
        let text = try PlainTextReader().read(Data("**KT. GIÁM ĐỐC  \r\nPHÓ GIÁM ĐỐC**\r\n\r\n**Phùng Đức Sơn**".utf8))
        #expect(text.body == "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nPhùng Đức Sơn")
    }

    @Test func leavesLinesWithoutMarkupByteForByte() throws {
        let line = "Thực hiện Công văn số 1081/LĐTBOXH-VP ngày 11/7/2023 của Sở Lao động - Thương binh và Xã hội;"
        #expect(try PlainTextReader().read(Data(line.utf8)).body == line)
    }

    @Test(.enabled(if: ["seed-001.txt", "seed-003.txt"].allSatisfy { SharedFolder.exists("eval/corpus/dev/" + $0) },
                   "the shared seed letters are absent"))
    func readsTheSeedMarkdownLettersWhenPresent() throws {
        for name in ["seed-001.txt", "seed-003.txt"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: SharedFolder.path("eval/corpus/dev/" + name)))
            let body = try PlainTextReader().read(data).body
            #expect(!body.contains("**"), "\(name)")
            #expect(!body.split(separator: "\n").contains { $0.hasPrefix("#") }, "\(name)")
            #expect(body.contains("Nơi nhận:"))
        }
    }
}
