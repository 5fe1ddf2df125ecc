import Testing
import VanbanRecord
@testable import VanbanRules

/// Each form below is how Tesseract read a fixed word on a real scan; the letters around them are ours.
@Suite("OCR repair of a letter's fixed words")
struct OCRRepairTests {
    @Test(arguments: [
        // "Số" and the number
        ("Sá:5ÿẰ /BCA-C04", "Số: /BCA-C04"),
        ("S6: 123/UBND-VP", "Số: 123/UBND-VP"),
        ("Sô: 45/QĐ-UBND", "Số: 45/QĐ-UBND"),
        ("-§ó:40/HCCV", "Số: 40/HCCV"),
        ("Số ZI0 -CV/BTGDVTU", "Số: -CV/BTGDVTU"),
        ("Số: 1906 SGDĐT-CTrTT", "Số: 1906/SGDĐT-CTrTT"),
        ("Số: 1906 |SGDĐT-CTrTT", "Số: 1906/SGDĐT-CTrTT"),
        ("Số: 12/QĐ-UBND", "Số: 12/QĐ-UBND"),
        ("Số: 07NQ-HĐQL", "Số: 07/NQ-HĐQL"),
        ("Số 31 - CV/HNDT", "Số: 31-CV/HNDT"),
        ("Số 31 -CV/HNDT", "Số: 31-CV/HNDT"),
        ("Số: 12/QĐ-UBND ngày 5/3/2024", "Số: 12/QĐ-UBND ngày 5/3/2024"),
        ("Số: /UBND-KT", "Số: /UBND-KT"),
        ("Sa Pa, ngày 5 tháng 3 năm 2020", "Sa Pa, ngày 5 tháng 3 năm 2020"),
        ("Số lượng 120 học sinh", "Số lượng 120 học sinh"),
        // "V/v"
        ("V/w tăng cường công tác phòng cháy", "V/v tăng cường công tác phòng cháy"),
        ("{V/v tăng cường công tác phòng cháy", "V/v tăng cường công tác phòng cháy"),
        ("V/V báo cáo kết quả", "V/v báo cáo kết quả"),
        ("Vlv báo cáo kết quả", "V/v báo cáo kết quả"),
        // "Kính gửi", "Nơi nhận"
        ("Kinh gứi: Sở Nội vụ", "Kính gửi: Sở Nội vụ"),
        ("Kínhgửi: Sở Nội vụ", "Kính gửi: Sở Nội vụ"),
        ("ơi nhận:", "Nơi nhận:"),
        ("Nơi nhàn:", "Nơi nhận:"),
        ("Noi nhan:", "Nơi nhận:"),
        ("Nơi nhận hồ sơ tại bộ phận một cửa", "Nơi nhận hồ sơ tại bộ phận một cửa"),
        // Signing prefixes
        ("KT, CHỦ TỊCH", "KT. CHỦ TỊCH"),
        ("TM: ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"),
        ("KT. GIÁM ĐỐC", "KT. GIÁM ĐỐC"),
        ("KT.CỤC TRƯỚNG", "KT. CỤC TRƯỞNG"),
        ("Thiêu tướng Trần Văn An", "Thiếu tướng Trần Văn An"),
        ("Đai tá Trần Văn An", "Đại tá Trần Văn An"),
        // Symbols
        ("LUBND THÀNH PHỐ HẢI PHÒNG", "UBND THÀNH PHỐ HẢI PHÒNG"),
        ("chỉ đạo của UIBND tỉnh tại Công văn số 12/LBND-VX", "chỉ đạo của UBND tỉnh tại Công văn số 12/UBND-VX"),
        ("Quyết định số 706/QĐĐ-UBND ngày 11/8/2025", "Quyết định số 706/QĐ-UBND ngày 11/8/2025"),
        ("Nghị quyết số 12/2024/QHI5 và số 13/2024/QHI15", "Nghị quyết số 12/2024/QH15 và số 13/2024/QH15"),
        ("Đoàn ĐBQH tỉnh, mã LUBNDX", "Đoàn ĐBQH tỉnh, mã LUBNDX"),
        // The date line
        ("Đà Nẵng, ngày 26tháng 7 năm 2020", "Đà Nẵng, ngày 26 tháng 7 năm 2020"),
        ("Hà Nội, ngày26 tháng 7 năm 2020", "Hà Nội, ngày 26 tháng 7 năm 2020"),
        ("Sơn La, ngày 22 thảng 3 nãm 2021", "Sơn La, ngày 22 tháng 3 năm 2021"),
        ("Quảng Nam, ngày 5 tháng 3 năm 2020", "Quảng Nam, ngày 5 tháng 3 năm 2020"),
        ("Lâm Đông, ngày 09 tháng 9 năm 2025", "Lâm Đồng, ngày 09 tháng 9 năm 2025"),
        ("Thành phố Hô Chí Minh, ngày 23 tháng 6 năm 2026", "Thành phố Hồ Chí Minh, ngày 23 tháng 6 năm 2026"),
        ("Buôn Ma Thuột, ngày 2 tháng 3 năm 2019", "Buôn Ma Thuột, ngày 2 tháng 3 năm 2019"),
        ("CÔNG AN TỈNH LÂM ĐÓNG", "CÔNG AN TỈNH LÂM ĐỒNG"),
        ("Hà Tinh. ngày 5 tháng 3 năm 2021", "Hà Tĩnh, ngày 5 tháng 3 năm 2021"),
        ("Bến Tre, ngày.¡4 tháng 9 năm 2025", "Bến Tre, ngày tháng 9 năm 2025"),
        ("Bến Tre, ngày$© tháng 9 năm 2025", "Bến Tre, ngày tháng 9 năm 2025"),
        ("Bến Tre, ngày.05. tháng 9 năm 2025", "Bến Tre, ngày.05. tháng 9 năm 2025"),
        ("Kết thúc năm 2025. Ngày 5 tháng 3 năm 2026 họp tiếp.", "Kết thúc năm 2025. Ngày 5 tháng 3 năm 2026 họp tiếp."),
        ("BỘCÔNGAN", "BỘ CÔNG AN"),
        ("BỘ TƯPHÁP", "BỘ TƯ PHÁP"),
        ("CÔNGAN TỈNH SƠN LA", "CÔNG AN TỈNH SƠN LA"),
        ("NGUYỄN HOÀNG", "NGUYỄN HOÀNG"),
        ("TRẦN VĂN AN", "TRẦN VĂN AN"),
        // Capital lines: titles, positions, bodies
        ("CHÍ THỊ", "CHỈ THỊ"),
        ("THÔNG BẢO", "THÔNG BÁO"),
        ("QUYÉT ĐỊNH", "QUYẾT ĐỊNH"),
        ("KÉ HOẠCH", "KẾ HOẠCH"),
        ("K/T TRƯỜNG BẠN", "K/T TRƯỞNG BAN"),
        ("PHÓ GIÁM ĐÓC", "PHÓ GIÁM ĐỐC"),
        ("TĨNH ỦY LÂM ĐỒNG", "TỈNH ỦY LÂM ĐỒNG"),
        ("ỦY BAN NHÂN DẦN", "ỦY BAN NHÂN DÂN"),
        ("CỘNG HOÀ XÃ HỘI CHỦ NGHIA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("TRƯỜNG ĐẠI HỌC ĐÀ LẠT", "TRƯỜNG ĐẠI HỌC ĐÀ LẠT"),
        ("KẾ HOẠCH TỔ CHỨC NĂM 2025", "KẾ HOẠCH TỔ CHỨC NĂM 2025"),
    ])
    func aFixedWordIsMended(_ read: String, _ mended: String) {
        #expect(OCRRepair.mend(read) == mended)
    }

    /// A two-column header read column by column: a "Kính gửi:" beside the date line comes
    /// before the motto, and goes back after the date line, before its recipients.
    @Test func theAddressLabelReadBeforeTheMottoGoesAfterTheDateLine() {
        let read = ["LIÊN ĐOÀN LUẬT SƯ VIỆT NAM", "BAN THƯỜNG VỤ", "Số: 12/LĐLSVN-BTV", "V/v cho ý kiến về Đề án", "Kính gửi:",
                    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 3 tháng 10 năm 2025",
                    "- Đoàn Luật sư tỉnh Lâm Đồng;", "- Đoàn Luật sư tỉnh Bình Thuận.", "Ban Thường vụ đề nghị các Đoàn Luật sư cho ý kiến."]
        let f = HeaderRules.read(read.joined(separator: "\n"))
        #expect(f.date == "2025-10-03")
        #expect(f.place == "Hà Nội")
        #expect(f.addressees == ["Đoàn Luật sư tỉnh Lâm Đồng", "Đoàn Luật sư tỉnh Bình Thuận"])
        #expect(f.subject == "cho ý kiến về Đề án")
    }

    @Test func aLabelReadAsMarksUnderTheNumberIsTheSubjectLabel() {
        #expect(OCRRepair.mend("Số: 20-CV/BTGDVTU\nW% cử lãnh đạo Ban tham gia") == "Số: 20-CV/BTGDVTU\nV/v cử lãnh đạo Ban tham gia")
        #expect(OCRRepair.mend("Số: 20-CV/BTGDVTU\nHà Nội, ngày 5 tháng 3 năm 2025") == "Số: 20-CV/BTGDVTU\nHà Nội, ngày 5 tháng 3 năm 2025")
        #expect(OCRRepair.mend("Đề nghị\nW% cử lãnh đạo") == "Đề nghị\nW% cử lãnh đạo")
    }

    @Test func lowerCaseBodyLinesAreLeftAlone() {
        let body = "Thực hiện Công văn số 4869/UBND-SYT ngày 26/7/2020 về việc thông bảo lịch trực."
        #expect(OCRRepair.mend(body) == body)
    }

    /// A short letter as OCR reads it: every header field comes out as printed.
    @Test func aLetterReadByOCRGivesItsHeader() {
        let read = """
            ỦY BAN NHÂN DẦN
            TĨNH SƠN LA
            Sá: 45 /UBND-VP
            {V/v tăng cường phòng, chống dịch bệnh
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Sơn La, ngày 22tháng 3 nãm 2021
            Kinh gứi: Sở Y tế.
            Ủy ban nhân dân tỉnh đề nghị Sở Y tế triển khai ngay các biện pháp.
            ơi nhận:
            - Như trên;
            - Lưu: VT.
            KT, CHỦ TỊCH
            PHÓ CHỦ TICH
            Nguyễn Văn An
            """
        var record = Record(source: Source(file: "ocr.pdf", path: "ocr.pdf"))
        DocumentAnalyzer().analyze(VietnameseText.normalize(OCRRepair.mend(read)), into: &record)
        #expect(record.number?.raw == "45/UBND-VP")
        #expect(record.date == "2021-03-22")
        #expect(record.place == "Sơn La")
        #expect(record.subject == "tăng cường phòng, chống dịch bệnh")
        #expect(record.issuer?.name.map { VietnameseText.fold($0) } == "uy ban nhan dan tinh son la")
        #expect(record.issuer?.name?.contains("TỈNH") == true || record.issuer?.name?.contains("tỉnh") == true)
        #expect(record.addressees == ["Sở Y tế"])
        #expect(record.distribution == ["Như trên", "Lưu: VT"] || record.distribution == ["Như trên"])
        #expect(record.signer?.authority == "KT")
        #expect(record.signer?.name == "Nguyễn Văn An")
    }

    @Test(arguments: [
        ("Hà Nội, ngày tháng 12 năm 2025", "2025-12"),
        ("Lâm Đồng, ngày     tháng 9 năm 2025", "2025-09"),
        ("Hà Nội, ngày tháng 13 năm 2025", nil),
        ("Hà Nội, ngày tháng năm 2025", nil),
        ("Hà Nội, ngày 31 tháng 02 năm 2023", nil),
        ("Lâm Đồng, ngày 0z tháng 9 năm 2025", "2025-09"),
    ] as [(String, String?)])
    func aBlankDayKeepsTheMonth(_ line: String, _ month: String?) {
        #expect(VietnameseDate.first(in: line) == nil)
        #expect(VietnameseDate.monthWithoutDay(in: line) == month)
    }

    @Test func aDraftsBlankDayLeavesTheDateNullAndKeepsTheMonthApart() {
        var record = Record(source: Source(file: "x.txt", path: "x.txt"))
        DocumentAnalyzer().analyze("SỞ TƯ PHÁP\nSố:    /STP-VP\nLâm Đồng, ngày     tháng 7 năm 2023\nV/v góp ý dự thảo\n", into: &record)
        #expect(record.date == nil)
        #expect(record.extra.first { $0.0 == "dateMonth" }?.1 == .string("2023-07"))
    }

    @Test func aPartyNumberWithItsSequenceLeftBlankIsKept() {
        let number = DocumentNumberParser.parse("-CV/BTGDVTU")
        #expect(number?.raw == "-CV/BTGDVTU")
        #expect(number?.seq == nil)
        #expect(number?.symbol == "CV/BTGDVTU")
    }
}

/// Signing stamps as copies and scans carry them, at the top of the page or at its end, with
/// or without labels. Names and times are ours.
@Suite("Signing stamps anywhere on the page")
struct SignatureStampFormsTests {
    static let letter = """
        ỦY BAN NHÂN DÂN
        TỈNH SƠN LA
        Số: 45/UBND-VP
        V/v tăng cường phòng, chống dịch bệnh
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Sơn La, ngày 22 tháng 3 năm 2021
        Kính gửi: Sở Y tế.
        """ + String(repeating: "\nỦy ban nhân dân tỉnh đề nghị Sở Y tế triển khai ngay các biện pháp phòng dịch.", count: 40) + """

        Nơi nhận:
        - Như trên;
        - Lưu: VT.
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Nguyễn Văn An
        """

    @Test(arguments: [
        ("SAO Y; SỞ Y TẾ TỈNH SƠN LA; Thời gian ký: 2025-08-20T15:14:49+07:00", "SỞ Y TẾ TỈNH SƠN LA", "2025-08-20T15:14:49+07:00"),
        ("SAO Y; SỞ Y TẾ TỈNH SƠN LA; 06/01/2026; 16:42:26; +07:00", "SỞ Y TẾ TỈNH SƠN LA", "2026-01-06T16:42:26+07:00"),
        ("SAO Y\nSở Y tế\nThời gian ký: 2025-10-01T17:08:18+07:00", "Sở Y tế", "2025-10-01T17:08:18+07:00"),
        ("Cơ quan phát hành: VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH", "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH", nil),
        ("Ký bởi: Sở Y tế tỉnh Sơn La\nEmail: soyte@sonla.gov.vn\nNgày ký: 13-11-2025 14:01:26 +07:00", "Sở Y tế tỉnh Sơn La", "2025-11-13T14:01:26+07:00"),
    ] as [(String, String, String?)])
    func aStampAtTheTopIsReadAndKeptOutOfTheHeader(_ stamp: String, _ signer: String, _ time: String?) {
        let f = HeaderRules.read(stamp + "\n" + Self.letter)
        #expect(f.signature?.signer == signer)
        #expect(f.signature?.signedAt == time)
        #expect(f.issuer?.name.map { VietnameseText.fold($0) } == "uy ban nhan dan tinh son la")
        #expect(f.number?.raw == "45/UBND-VP")
        #expect(f.signer?.name == "Nguyễn Văn An")
    }

    /// A short letter (a page) is searched whole for a stamp: the one at its top is no end.
    @Test func aStampAtTheTopOfAShortLetterLeavesTheSignerBlock() {
        let short = "SAO Y; SỞ Y TẾ TỈNH SƠN LA; 06/01/2026; 16:42:26; +07:00\n"
            + Self.letter.split(separator: "\n").filter { !$0.hasPrefix("Ủy ban nhân dân tỉnh đề nghị") }.joined(separator: "\n")
        let f = HeaderRules.read(short)
        #expect(f.signature?.signer == "SỞ Y TẾ TỈNH SƠN LA")
        #expect(f.signer?.name == "Nguyễn Văn An")
        #expect(f.signer?.position == "PHÓ CHỦ TỊCH")
    }

    /// A stamp drawn on every page: at the top of the first and at the end of the last.
    @Test func aStampOnEveryPageIsKeptOutOfTheHeader() {
        let stamp = "SAO Y; SỞ Y TẾ TỈNH SƠN LA; Thời gian ký: 2025-08-20T15:14:49+07:00"
        let f = HeaderRules.read(stamp + "\n" + Self.letter + "\n" + stamp)
        #expect(f.signature?.signer == "SỞ Y TẾ TỈNH SƠN LA")
        #expect(f.issuer?.name.map { VietnameseText.fold($0) } == "uy ban nhan dan tinh son la")
        #expect(f.signer?.name == "Nguyễn Văn An")
    }

    @Test func aBodysNameOverATimeIsAStampAtTheEnd() {
        let f = HeaderRules.read(Self.letter + "\nỦy ban Mặt trận Tổ quốc Việt Nam tỉnh\n25/09/2025 16:59:22")
        #expect(f.signature?.signer == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")
        #expect(f.signature?.signedAt == "2025-09-25T16:59:22+07:00")
        #expect(f.signer?.name == "Nguyễn Văn An")
    }
}

/// Signer blocks of scans: a seal and a signature read into lines of marks, ranks and titles
/// before the name, a position OCR misspelt. Names are ours.
@Suite("Signer blocks of scanned letters")
struct ScannedSignerBlockTests {
    @Test(arguments: [
        ("TL. BỘ TRƯỞNG\nCỤC TRƯỞNG CỤC BỔ TRỢ TƯ PHÁP\nDĨ\ns. 2)\nlê !†yy⁄\nLê Văn Hòa", "Lê Văn Hòa", "CỤC TRƯỞNG CỤC BỔ TRỢ TƯ PHÁP"),
        ("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nz TỜnn À\nE1 “êm\n2\n5\nLS. TS. Đỗ Văn Minh", "Đỗ Văn Minh", "CHỦ TỊCH"),
        ("KT. BỘ TRƯỞNG\nTHƯ TRƯỜNG\n„ví\nThượng tướng Nguyễn Văn Hải", "Nguyễn Văn Hải", "THƯ TRƯỜNG"),
        ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nĐại tá Trần Minh Quân", "Trần Minh Quân", "PHÓ GIÁM ĐỐC"),
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nNGUYỄN VĂN AN", "NGUYỄN VĂN AN", "PHÓ CHỦ TỊCH"),
        ("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\nị ⁄ :\nChâu Văn Lâm", "Châu Văn Lâm", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"),
        ("TM. BAN THƯỜNG VỤ\nTỈNH ỦY\nPHÓ BÍ THƯ\nNguyễn Văn An", "Nguyễn Văn An", "PHÓ BÍ THƯ"),
        ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An", "Nguyễn Văn An", "CHỦ TỊCH"),
        ("GIÁM ĐỐC\n0/72 DĐ\nni ì A\nj Ù .„J sứ\nVỤ CƠ -\nMi\ncự\nZ7 SHHYAYAYNNNNN\nHồ Văn Hải", "Hồ Văn Hải", "GIÁM ĐỐC"),
    ])
    func theNameIsFoundPastTheMarks(_ block: String, _ name: String, _ position: String) {
        let f = HeaderRules.read("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block + "\n")
        #expect(f.signer?.name == name)
        #expect(f.signer?.position == position)
    }

    /// A principal too long for its cell goes on on the next line, before the signer's position.
    @Test func aPrincipalWrappedOverTwoLinesIsOne() {
        let f = HeaderRules.read("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ\nTỈNH ỦY\nPHÓ BÍ THƯ\nNguyễn Văn An\n")
        #expect(f.signer?.principal == "BAN THƯỜNG VỤ TỈNH ỦY")
        #expect(f.signer?.authority == "TM")
    }
}

@Suite("OCR repair by the letter's own spelling")
struct ConsensusSpellingTests {
    @Test func aPairMisreadInTheHeaderIsSpeltAsTheBodySpellsIt() {
        let lines = [
            "CỤC CẢNH SÁT ĐIÊU TRA TỘI PHẠM",
            "V/v tông kết công tác phòng, chông ma túy",
            "Công tác phòng, chống ma túy năm 2025 được tổng kết như sau.",
            "Cục Cảnh sát điều tra đề nghị các đơn vị tổng kết công tác phòng, chống ma túy.",
            "Việc tổng kết công tác gửi về Cục Cảnh sát điều tra.",
        ]
        let mended = OCRRepair.mendingByConsensus(lines, first: 2)
        #expect(mended[0] == "CỤC CẢNH SÁT ĐIỀU TRA TỘI PHẠM")
        #expect(mended[1] == "V/v tổng kết công tác phòng, chống ma túy")
        #expect(Array(mended[2...]) == Array(lines[2...]))
    }

    @Test func aSpellingSeenOnceDoesNotOutvoteTheHeader() {
        let lines = ["V/v tổ chức hội nghị", "Ông tô chức của đơn vị."]
        #expect(OCRRepair.mendingByConsensus(lines, first: 1) == lines)
    }
}

/// Signed PDFs whose number and day were typed into signature widgets a little off their line:
/// each comes out as a line of its own.
@Suite("Number and date in fragments")
struct FragmentedNumberAndDateTests {
    @Test func theSequenceAndTheDateFragmentsAreJoined() {
        let text = """
            ỦY BAN NHÂN DÂN
            TỈNH BÌNH THUẬN
            Số:
            779
            /QĐ-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Bình Thuận, ngày
            23
            tháng
            3
            năm 2022
            QUYẾT ĐỊNH
            Về việc công nhận Điều lệ Quỹ Khuyến học tỉnh
            """
        let f = HeaderRules.read(text)
        #expect(f.number?.raw == "779/QĐ-UBND")
        #expect(f.date == "2022-03-23")
        #expect(f.place == "Bình Thuận")
    }
}

/// Lines a portal or a printer put above the letterhead are not the issuer's.
@Suite("Lines above the letterhead")
struct PreambleLinesTests {
    @Test(arguments: [
        "Trang 1", "Trang 1/3", "Page 2", "- 1 -", "C:\\Users\\vanthu\\Documents\\2019\\CV-125.doc",
        "https://vanban.example.vn/van-ban/125", "cv-125-ubnd.pdf",
    ])
    func aPreambleLineLeavesTheIssuer(_ preamble: String) {
        let text = preamble + "\nỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 125/UBND-VP\nV/v triển khai công tác chuyển đổi số\n"
            + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSơn La, ngày 12 tháng 3 năm 2019\n"
        let f = HeaderRules.read(text)
        #expect(f.issuer?.name == "ỦY BAN NHÂN DÂN TỈNH SƠN LA")
        #expect(f.number?.raw == "125/UBND-VP")
    }

    @Test(arguments: ["Trang trại chăn nuôi", "Căn cứ Luật Tổ chức chính quyền địa phương"])
    func ordinaryLinesAreNoPreamble(_ line: String) {
        #expect(!IssuerBlock.isPreamble(line, VietnameseText.matchKey(line)))
    }
}

/// Tone marks Tesseract drops ("tổ" → "tô", "hoạt" → "hoat"), put back by the pair they stand in.
/// The sentences are ours.
@Suite("OCR repair of dropped tone marks")
struct DroppedToneTests {
    @Test(arguments: [
        ("Ban tô chức hội nghị tông kết năm 2024.", "Ban tổ chức hội nghị tổng kết năm 2024."),
        ("đôi với các đơn vị", "đối với các đơn vị"),
        ("Tô chức thực hiện", "Tổ chức thực hiện"),
        ("V/v TÔ CHỨC HỘI NGHỊ", "V/v TỔ CHỨC HỘI NGHỊ"),
        ("gửi về Văn phong Sở", "gửi về Văn phòng Sở"),
        // Pairs in use as read, names, and words apart stay.
        ("phục vụ nhân dân", "phục vụ nhân dân"),
        ("hồ sơ thông báo", "hồ sơ thông báo"),
        ("đồng chí Nguyễn Văn Phong, Phó Giám đốc", "đồng chí Nguyễn Văn Phong, Phó Giám đốc"),
        ("màu tô, chức năng", "màu tô, chức năng"),
    ])
    func aToneIsPutBack(_ read: String, _ mended: String) {
        #expect(OCRRepair.mendingTones([read]) == [mended])
    }

    @Test func toneMarksGoLettersStay() {
        #expect(TonePairs.toneless("tổng") == "tông")
        #expect(TonePairs.toneless("hoạt") == "hoat")
        #expect(TonePairs.toneless("ĐỒNG") == "ĐÔNG")
        #expect(TonePairs.toneless("ủy") == "uy")
    }

    /// A toneless pair two toned pairs share, or one in use as it stands, is left as read.
    @Test func anAmbiguousOrUsedPairIsNotMended() {
        let ambiguous = TonePairs(toned: "tổ chức|tố chức", asRead: "")
        #expect(ambiguous.mended["tô chức"] == nil)
        let used = TonePairs(toned: "tổ chức|hệ thống", asRead: "tô chức")
        #expect(used.mended["tô chức"] == nil)
        #expect(used.mended["hệ thông"].map { [$0.0, $0.1] } == ["hệ", "thống"])
    }
}
