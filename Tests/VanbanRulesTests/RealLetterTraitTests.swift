import Testing
import VanbanRecord
@testable import VanbanRules

/// Traits of real letters as portals print them, each reproduced on text written for these
/// tests: flattened layouts, subjects in capitals above the enacting authority, bodies printed
/// without their territory, long law names, and the relations a citation's clause states.
@Suite struct RealLetterTraitTests {
    private static func header(_ body: String) -> HeaderRules.Fields {
        HeaderRules.read(VietnameseText.normalize(body))
    }

    private static func found(_ text: String, own: String? = nil) -> [Citation] {
        CitationFinder().find(in: VietnameseText.normalize(text), ownNumber: own)
    }

    // MARK: Subject

    @Test(arguments: [
        // the enacting authority's line under a subject in capitals is not the subject
        ("ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 12/QĐ-UBND\nĐiện Biên, ngày 3 tháng 4 năm 2015\nQUYẾT ĐỊNH\n"
            + "VỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ KHO LƯU TRỮ\nỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\n"
            + "Căn cứ Luật Lưu trữ ngày 11 tháng 11 năm 2011;",
         "VỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ KHO LƯU TRỮ"),
        // nor its head's line
        ("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 7/QĐ-UBND\nCao Bằng, ngày 3 tháng 4 năm 2015\nQUYẾT ĐỊNH\n"
            + "PHÊ DUYỆT ĐỀ ÁN NUÔI CÁ LỒNG\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Thủy sản năm 2017;",
         "PHÊ DUYỆT ĐỀ ÁN NUÔI CÁ LỒNG"),
        // a line in sentence case after a subject in capitals is the body
        ("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 4/CT-UBND\nYên Bái, ngày 3 tháng 4 năm 2015\nCHỈ THỊ\n"
            + "VỀ VIỆC PHÒNG CHÁY RỪNG MÙA KHÔ\nSau một năm thực hiện, công tác phòng cháy có tiến bộ.",
         "VỀ VIỆC PHÒNG CHÁY RỪNG MÙA KHÔ"),
        // a subject wrapped after "CỦA" goes on with the body's name
        ("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 8/QĐ-UBND\nCao Bằng, ngày 3 tháng 4 năm 2015\nQUYẾT ĐỊNH\n"
            + "BAN HÀNH QUY ĐỊNH THUỘC THẨM QUYỀN CỦA\nỦY BAN NHÂN DÂN TỈNH CAO BẰNG\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\n"
            + "Căn cứ Luật Thủy sản năm 2017;",
         "BAN HÀNH QUY ĐỊNH THUỘC THẨM QUYỀN CỦA ỦY BAN NHÂN DÂN TỈNH CAO BẰNG"),
    ])
    func subjectInCapitalsStopsAtTheBody(_ text: String, _ subject: String) {
        #expect(Self.header(text).subject == subject)
    }

    @Test func numberAndDateUnderTheTitleAndNoLetterhead() {
        let f = Self.header("NGHỊ ĐỊNH\n\nSỐ 15/2009/NĐ-CP NGÀY 3 THÁNG 2 NĂM 2009\n\nVỀ QUẢN LÝ CHỢ ĐẦU MỐI\n\nCHÍNH PHỦ\n\n"
            + "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;")
        #expect(f.subject == "VỀ QUẢN LÝ CHỢ ĐẦU MỐI")
        #expect(f.issuer?.name == "CHÍNH PHỦ")
        #expect(f.date == "2009-02-03")
    }

    @Test func ownNumberOnlyInTheTitleLine() {
        let text = "Cổng thông tin điện tử\nTrang 1\nBAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            + "Quyết định số 12-QĐ/TW, ngày 12/3/2011 của Bộ Chính trị\nVề công tác kiểm tra\n"
            + "Căn cứ Điều lệ Đảng;\nCăn cứ Quy định số 45-QĐ/TW ngày 1/11/2011 của Ban Chấp hành Trung ương;"
        let f = Self.header(text)
        #expect(f.number?.raw == "12-QĐ/TW")
        #expect(f.date == "2011-03-12")
        #expect(f.subject == "Về công tác kiểm tra")
        #expect(f.issuer?.name == "BAN CHẤP HÀNH TRUNG ƯƠNG")
        var record = Record(source: Source(file: "x.txt", path: "x.txt"))
        DocumentAnalyzer().analyze(VietnameseText.normalize(text), into: &record)
        #expect(record.citations.map(\.number) == ["45-QĐ/TW"])
    }

    @Test func subjectWithoutATitleLine() {
        let f = Self.header("ỦY BAN NHÂN DÂN\nSố: 9/2019/QĐ-UBND\nĐông Hà, ngày 22 tháng 10 năm 2019\n"
            + "BAN HÀNH QUY ĐỊNH VỀ CHẾ ĐỘ BÁO CÁO\nỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nCăn cứ Luật Tổ chức chính quyền địa phương năm 2015;")
        #expect(f.subject == "BAN HÀNH QUY ĐỊNH VỀ CHẾ ĐỘ BÁO CÁO")
        #expect(f.issuer?.name == "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ")
    }

    @Test(arguments: [
        // a regulation's title printed under the prefix after the portal's cut is no position
        ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\nTM. ỦY BAN NHÂN DÂN\nVỀ HOẠT ĐỘNG CỦA TRUNG TÂM CÔNG BÁO TỈNH\n(Ban hành kèm theo Quyết định số 5/2006/QĐ-UBND)",
         nil as String?),
        ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn An", "THỦ TƯỚNG"),
        ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình", "PHÓ CHỦ TỊCH"),
    ])
    func positionUnderThePrefix(_ text: String, _ position: String?) {
        #expect(Self.header(text).signer?.position == position)
    }

    // MARK: Issuer, number, place and date from flattened headers

    @Test(arguments: [
        // a header table flattened to "ỦY BAN NHÂN DÂN" alone: the authority line under the subject names it
        ("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/2015/QĐ-UBND\nMường Lay, ngày 3 tháng 4 năm 2015\n"
            + "QUYẾT ĐỊNH\nVỀ VIỆC GIAO ĐẤT\nỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\nCăn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
         "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN", nil as String?),
        // or the text, where no such line is printed
        ("ỦY BAN NHÂN DÂN\nSố: 7/KH-UBND\nYên Bái, ngày 3 tháng 4 năm 2015\nKẾ HOẠCH\nTRỒNG CÂY NHỚ ƠN BÁC\n"
            + "Ủy ban nhân dân tỉnh Yên Bái ban hành kế hoạch trồng cây trên địa bàn tỉnh Yên Bái như sau:",
         "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI", nil),
        // a body's name broken over two lines is one body, not parent and child
        ("THỦ TƯỚNG\nCHÍNH PHỦ\nSố: 5/QĐ-TTg\nHà Nội, ngày 3 tháng 4 năm 2015\nQUYẾT ĐỊNH\nVỀ VIỆC GIAO KẾ HOẠCH",
         "THỦ TƯỚNG CHÍNH PHỦ", nil),
        ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\nSố: 9/NQ-UBTVQH15\nHà Nội, ngày 3 tháng 4 năm 2022\nNGHỊ QUYẾT\nVỀ VIỆC THÀNH LẬP THỊ XÃ",
         "ỦY BAN THƯỜNG VỤ QUỐC HỘI", nil),
        // the motto's cell run onto the issuer's lines
        ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc\n"
            + "Số: 45/UBND-VX Sa Pa, ngày 2 tháng 3 năm 2016\nV/v tổ chức lễ hội mùa xuân",
         "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", nil),
    ])
    func issuerFromFlattenedHeaders(_ text: String, _ name: String, _ parent: String?) {
        let f = Self.header(text)
        #expect(f.issuer?.name == name)
        #expect(f.issuer?.parent == parent)
    }

    @Test func aWholeLetterOnOneLine() {
        let body = "Sở đề nghị các đơn vị báo cáo số liệu trước ngày 10 tháng 12 năm 2019 để tổng hợp. "
        let text = "UBND TỈNH ĐẮK NÔNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y TẾ Độc lập - Tự do - Hạnh phúc "
            + "Số : 731 /SYT-NV Gia Nghĩa, ngày 05 tháng11 năm 2019 V/v báo cáo nhanh dịch sốt xuất huyết "
            + "Kính gửi: - Các bệnh viện tuyến tỉnh; - Trung tâm Y tế các huyện. " + String(repeating: body, count: 3)
        let f = Self.header(text)
        #expect(f.issuer?.name == "SỞ Y TẾ")
        #expect(f.issuer?.parent == "UBND TỈNH ĐẮK NÔNG")
        #expect(f.number?.raw == "731/SYT-NV")
        #expect(f.place == "Gia Nghĩa")
        #expect(f.date == "2019-11-05")
        #expect(f.subject == "báo cáo nhanh dịch sốt xuất huyết")
        #expect(f.addressees == ["Các bệnh viện tuyến tỉnh", "Trung tâm Y tế các huyện"])
    }

    @Test func aLongRegardingLineStaysInTheHeader() {
        let subject = "sử dụng bản đồ nền và kiểm tra nghiệm thu các sản phẩm của Dự án hoàn thiện hồ sơ địa giới hành chính, "
            + "xây dựng cơ sở dữ liệu về địa giới hành chính các cấp và cập nhật số liệu diện tích tự nhiên"
        let f = Self.header("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 8/BTNMT-ĐĐBĐVN\nV/v " + subject + "\nHà Nội, ngày 18 tháng 03 năm 2015\nKính gửi: Các tỉnh")
        #expect(f.subject == subject)
        #expect(f.date == "2015-03-18")
        #expect(f.place == "Hà Nội")
    }

    @Test func numberFieldLabelledWithTheType() {
        let f = Self.header("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\nNghị quyết số: 65/2019/UBTVQH14\nHà Nội, ngày 12 tháng 3 năm 2019\nNGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP")
        #expect(f.number?.raw == "65/2019/UBTVQH14")
    }

    @Test func numberAndPlaceDateOnOneLine() {
        let f = Self.header("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 45/UBND-VX Sa Pa, ngày 2 tháng 3 năm 2016\nV/v tổ chức lễ hội mùa xuân")
        #expect(f.number?.raw == "45/UBND-VX")
        #expect(f.place == "Sa Pa")
        #expect(f.date == "2016-03-02")
    }

    // MARK: Words glued by the portal

    @Test(arguments: [
        ("VỀVIỆC BAN HÀNH", "VỀ VIỆC BAN HÀNH"),
        ("BANHÀNH KẾ HOẠCH", "BAN HÀNH KẾ HOẠCH"),
        ("PHÊDUYỆT ĐỀ ÁN", "PHÊ DUYỆT ĐỀ ÁN"),
        ("CÔNG TRÌNHXÂY DỰNG", "CÔNG TRÌNH XÂY DỰNG"),
        ("CỐ TỔNG BÍ THƯNGUYỄN VĂN CỪ", "CỐ TỔNG BÍ THƯ NGUYỄN VĂN CỪ"),
        ("TRIỂNKHAI THỰC HIỆN", "TRIỂN KHAI THỰC HIỆN"),
        ("Hội đồngnhân dân và Ủy bannhân dân", "Hội đồng nhân dân và Ủy ban nhân dân"),
        ("kế hoạch pháttriển kinh tế", "kế hoạch phát triển kinh tế"),
        // words that are one syllable, foreign or without Vietnamese letters stay
        ("QUYẾT ĐỊNH NGHIÊNG KHUYẾCH GIƯỜNG", "QUYẾT ĐỊNH NGHIÊNG KHUYẾCH GIƯỜNG"),
        ("COVID-19 Malaysia Internet", "COVID-19 Malaysia Internet"),
    ])
    func gluedSyllablesAreCutApart(_ glued: String, _ expected: String) {
        #expect(GluedSyllables.split(glued) == expected)
    }

    // MARK: Lists

    @Test func addresseesAfterBlankLines() {
        let text = "SỞ Y TẾ\nSố: 3/SYT-VP\nV/v báo cáo\nKính gửi:\n\n \n\n- Sở Nội vụ;\n- Sở Tài chính.\n"
            + "Sở Y tế đề nghị báo cáo.\nNơi nhận:\n- Như trên;\n- TT Tỉnh ủy; TT HĐND tỉnh;\n- Lưu: VT."
        let f = Self.header(text)
        #expect(f.addressees == ["Sở Nội vụ", "Sở Tài chính"])
        // two bodies in one dashed item stay one item (RECORD.md: an item is what a dash opens)
        #expect(f.distribution == ["Như trên", "TT Tỉnh ủy; TT HĐND tỉnh"])
    }

    @Test func addresseeNameGoingOnInBrackets() {
        let text = "CỤC THUẾ TỈNH AN GIANG\nSố: 3/CT-TTHT\nV/v chính sách thuế\nKính gửi: Công ty TNHH Hoa Sen\n(Việt Nam)\n"
            + "(Đ/c: số 5 đường Trần Hưng Đạo)\nTrả lời công văn của Công ty, Cục Thuế có ý kiến như sau:"
        #expect(Self.header(text).addressees == ["Công ty TNHH Hoa Sen (Việt Nam)"])
    }

    @Test func signatureColumnInterleavedWithTheDistribution() {
        let text = "Điều 3. Các sở thi hành Quyết định này./.\nNơi nhận:\n- Bộ Tư pháp; KT. CHỦ TỊCH\n- Thường trực Tỉnh ủy; PHÓ CHỦ TỊCH\n"
            + "- CT, PCT UBND tỉnh; (Đã ký)\n- UBND các huyện; Lê Văn Hòa\n- Lưu: VT."
        #expect(Self.header(text).distribution == ["Bộ Tư pháp", "Thường trực Tỉnh ủy", "CT, PCT UBND tỉnh", "UBND các huyện"])
    }

    @Test func distributionWhoseLabelWasLost() {
        let text = "Điều 3. Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.\n- Như Điều 3;\n- Bộ Tư pháp;\n- Lưu: VT.\n"
            + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hòa"
        #expect(Self.header(text).distribution == ["Như Điều 3", "Bộ Tư pháp"])
    }

    @Test func gluedLabelsRunOnItemsAndANameGluedToItsPosition() {
        let text = "SỞ TƯ PHÁP\nSố: 3/STP-VP\nV/v báo cáo\nKínhgửi: Sở Nội vụ\nSở Tư pháp đề nghị báo cáo.\n"
            + "Nơi nhận:\n- Như trên;- Bộ Tư pháp;- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐCTrần Văn Bình"
        let f = Self.header(text)
        #expect(f.addressees == ["Sở Nội vụ"])
        #expect(f.distribution == ["Như trên", "Bộ Tư pháp"])
        #expect(f.signer?.position == "PHÓ GIÁM ĐỐC")
        #expect(f.signer?.name == "Trần Văn Bình")
    }

    @Test(arguments: [
        // one addressee on a line of its own, no dash, after a blank line
        ("SỞ TƯ PHÁP\nSố: 3/STP-VP\nV/v góp ý dự thảo\nKính gửi:\n\nSở Lao động - Thương binh và Xã hội.\n\n"
            + "Căn cứ Công văn số 12/SLĐTBXH-BTXH ngày 1/7/2023 của Sở Lao động - Thương binh và Xã hội;",
         ["Sở Lao động - Thương binh và Xã hội"]),
        // the body right after the label is no addressee
        ("SỞ TƯ PHÁP\nSố: 3/STP-VP\nV/v góp ý dự thảo\nKính gửi:\n\nCăn cứ Công văn số 12/SLĐTBXH-BTXH ngày 1/7/2023;", []),
        // co-addressees ("Đồng kính gửi") are addressees too
        ("VĂN PHÒNG CHÍNH PHỦ\nSố: 71/VPCP-NC\nV/v xử lý thông tin\nKính gửi:\n\n- Bộ Công an;\n- Bộ Tư pháp.\n\n"
            + "Đồng kính gửi:\n\n- Ban Tuyên giáo Trung ương.\n\nXét báo cáo của Bộ Công an, Thủ tướng có ý kiến như sau:",
         ["Bộ Công an", "Bộ Tư pháp", "Ban Tuyên giáo Trung ương"]),
        // the name going on in small letters on the next line
        ("CỤC THÔNG TIN CƠ SỞ\nSố: 638/TTCS-TTTH\nV/v rà soát số liệu\nKính gửi: Sở Thông tin và Truyền thông các tỉnh, thành phố\n"
            + "trực thuộc Trung ương\nNgày 27/02/2023, Bộ ban hành Công văn số 624/BTTTT-TTCS.",
         ["Sở Thông tin và Truyền thông các tỉnh, thành phố trực thuộc Trung ương"]),
        // the southern "gởi", the subject in brackets
        ("TRƯỜNG ĐH DUY TÂN\nSố : 363/TB-ĐHDT\n(V/v quản lý hoạt động giáo viên chủ nhiệm)\nĐà Nẵng, ngày 02 tháng 12 năm 2008\n"
            + "THÔNG BÁO\nKính gởi :       - Các Thầy Cô lãnh đạo Khoa.\n                       - Các Giáo viên chủ nhiệm.\nNhà trường thông báo:",
         ["Các Thầy Cô lãnh đạo Khoa", "Các Giáo viên chủ nhiệm"]),
        // a dash after the label on its line
        ("TRƯỜNG ĐẠI HỌC AN GIANG\nSố: 19/ĐHAG-ĐT\nVề việc chấm tiểu luận\nKính gửi:  - Các đơn vị đào tạo sau đại học\n"
            + "Căn cứ Quy định đào tạo trình độ tiến sĩ, Trường hướng dẫn như sau:",
         ["Các đơn vị đào tạo sau đại học"]),
        // a second addressee on the next line, no dashes, then the body
        ("UBND THỊ TRẤN NẾNH\nSố: 4/TTr-UBND\nTỜ TRÌNH\n(V/v xin kinh phí tư vấn)\nKính gửi: UBND huyện Việt Yên, tỉnh Bắc Giang\n"
            + "Phòng Công Thương huyện Việt Yên\n\nCăn cứ tình hình thực hiện dự án, UBND thị trấn trình như sau:",
         ["UBND huyện Việt Yên, tỉnh Bắc Giang", "Phòng Công Thương huyện Việt Yên"]),
        // …but not the body's first line, a sentence of the sender's
        ("SỞ Y TẾ\nSố: 5/SYT-VP\nV/v góp ý\nKính gửi: Sở Tài chính\nSở Y tế nhận được văn bản của\nSở Tài chính về việc góp ý dự thảo.",
         ["Sở Tài chính"]),
        // the body's paragraphs dashed like items are no addressees
        ("ĐOÀN TRƯỜNG THPT AN PHÚ\nSố: 7/TTr-ĐTN\nTỜ TRÌNH\nV/v hỗ trợ học sinh đi tham quan\nKính gửi: - Ban đại diện Cha mẹ học sinh.\n"
            + "- Căn cứ kế hoạch hoạt động năm học 2025 - 2026;\n- Thời gian: 8h ngày 19 tháng 11 năm 2025.",
         ["Ban đại diện Cha mẹ học sinh"]),
        // the date cell beside the label with its day and month left blank for the signature
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 46/SGDĐT-TCCB\nV/v hướng dẫn bổ nhiệm\nKính gửi:\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày\ntháng\nnăm 2025\n- Chủ tịch Ủy ban nhân dân các phường, xã;\n"
            + "- Hiệu trưởng các trường trực thuộc Sở.\nCăn cứ Luật Viên chức ngày 15 tháng 11 năm 2010;",
         ["Chủ tịch Ủy ban nhân dân các phường, xã", "Hiệu trưởng các trường trực thuộc Sở"]),
    ])
    func addresseesAsRealLettersPrintThem(_ text: String, _ expected: [String]) {
        #expect(Self.header(text).addressees == expected)
    }

    @Test(arguments: [
        ("- Cục CNTT (để đăng lên Cổng TTĐT);", "Cục CNTT"),
        ("- Sở Tài chính (phối hợp TH);", "Sở Tài chính"),
        ("- BGH: báo cáo;", "BGH"),
        ("- Như trên: để thực hiện;", "Như trên"),
        ("- UBND tỉnh (b/cáo);", "UBND tỉnh"),
        ("- Các sở (20 bản);", "Các sở"),
        // a colon that opens what the item holds stays
        ("- VPCP: BTCN, các PCN, Vụ TH;", "VPCP: BTCN, các PCN, Vụ TH"),
        // brackets that are part of a name stay
        ("- Cục Kiểm tra VB QPPL (Bộ Tư pháp);", "Cục Kiểm tra VB QPPL (Bộ Tư pháp)"),
        // an abbreviated body is no person's name left from the signature's column
        ("- VPCP: BTCN, Vụ TH; Cổng TTĐT;", "VPCP: BTCN, Vụ TH; Cổng TTĐT"),
    ])
    func notesAfterItemsAreLeftOut(_ item: String, _ expected: String) {
        let text = "Điều 3. Các sở thi hành Quyết định này./.\nNơi nhận:\n- Như trên;\n\(item)\n- Lưu: VT."
        #expect(Self.header(text).distribution == ["Như trên", expected])
    }

    @Test func addresseesAfterTheOtherColumnsCells() {
        // a scan read the motto and the date line between "Kính gửi:" and the items, and a speck among them
        let text = "LIÊN ĐOÀN LUẬT SƯ VIỆT NAM\nSố: /LĐLSVN-BTV\nV/v cho ý kiến về Đề án\nKính gửi:\n"
            + "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày tháng 10 năm 2025\ns\n"
            + "- Đoàn Luật sư tỉnh Lâm Đồng;\n- Đoàn Luật sư tỉnh Bình Thuận;\nỪ\n- Đoàn Luật sư tỉnh Đắk Nông.\n"
            + "Liên đoàn Luật sư Việt Nam nhận được Tờ trình của các Đoàn."
        #expect(Self.header(text).addressees == ["Đoàn Luật sư tỉnh Lâm Đồng", "Đoàn Luật sư tỉnh Bình Thuận", "Đoàn Luật sư tỉnh Đắk Nông"])
    }

    @Test func partsOfABodyListedUnderIt() {
        let text = "Điều 3. Các sở thi hành Quyết định này./.\nNơi nhận: N\n- Như Điều 3;\n- Văn phòng UBND tỉnh:\n"
            + "+ LĐVP, TH, XD;\n+ KTN, TKCT;\n+ Lưu: VT, NN.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLại Văn Sơn"
        #expect(Self.header(text).distribution == ["Như Điều 3", "Văn phòng UBND tỉnh: LĐVP, TH, XD, KTN, TKCT"])
    }

    @Test func headsOfFacultiesAndYouthUnions() {
        let faculty = Self.header("TRƯỜNG ĐẠI HỌC CÔNG NGHIỆP\nTHỰC PHẨM THÀNH PHỐ HỒ CHÍ MINH\nKHOA CÔNG NGHỆ THÔNG TIN\nSố : 9/TB-KCNTT\n"
            + "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTp. Hồ Chí Minh, ngày 26 tháng 12 năm 2013\nTHÔNG BÁO\nV/v nộp báo cáo")
        #expect(faculty.issuer?.name == "KHOA CÔNG NGHỆ THÔNG TIN")
        #expect(faculty.issuer?.parent == "TRƯỜNG ĐẠI HỌC CÔNG NGHIỆP THỰC PHẨM THÀNH PHỐ HỒ CHÍ MINH")
        // the Youth Union prints its motto where others print the national one
        let union = Self.header("XÃ ĐOÀN XUYÊN MỘC\nĐOÀN TRƯỜNG THPT BƯNG RIỀNG\nĐOÀN TNCS HỒ CHÍ MINH\nSố: 12/TTr-ĐTN\n"
            + "Xuyên Mộc, ngày 17 tháng 11 năm 2025\nTỜ TRÌNH\nV/v hỗ trợ học sinh")
        #expect(union.issuer?.name == "ĐOÀN TRƯỜNG THPT BƯNG RIỀNG")
        #expect(union.issuer?.parent == "XÃ ĐOÀN XUYÊN MỘC")
        // "KHOA HỌC" is no faculty
        let academy = Self.header("VIỆN HÀN LÂM\nKHOA HỌC XÃ HỘI VIỆT NAM\nSố: 5/VHL-VP\nHà Nội, ngày 2 tháng 3 năm 2024\nV/v báo cáo")
        #expect(academy.issuer?.name == "VIỆN HÀN LÂM KHOA HỌC XÃ HỘI VIỆT NAM")
    }

    @Test(arguments: [
        // subjects under "Về:" (a label) and "Về …" (its first word)
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2865/GDĐT-KT\nVề: tham gia ý kiến về dự thảo Quy chế thi.\nTp.Hồ Chí Minh, ngày 7 tháng 12 năm 2007\nKính gửi: Các trường",
         "tham gia ý kiến về dự thảo Quy chế thi"),
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 414/GDĐT-VP\nVề cho học sinh nghỉ học\nKính gửi: Chủ tịch UBND các quận, huyện.",
         "Về cho học sinh nghỉ học"),
        // a plan's subject in capitals on one long line
        ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 594/KH-UBND\nNghệ An, ngày 21 tháng 10 năm 2021\nKẾ HOẠCH\n"
            + "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÁT ĐỘNG THI ĐUA THỰC HIỆN THẮNG LỢI "
            + "NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI HẰNG NĂM VÀ KẾ HOẠCH 5 NĂM (2021 - 2025) THEO NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIII\n"
            + "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ,",
         "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÁT ĐỘNG THI ĐUA THỰC HIỆN THẮNG LỢI "
            + "NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI HẰNG NĂM VÀ KẾ HOẠCH 5 NĂM (2021 - 2025) THEO NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIII"),
        // the place-and-date line whose year went onto the next line ends the subject
        ("CỤC THUẾ TP HÀ NỘI\nSố: 26/CT-TTHT\nV/v ưu đãi thuế, chuyển lỗ khi\nnhận sáp nhập\n\nHà Nội, ngày 26 tháng 04\nnăm 2019\n"
            + "Kính gửi: Công ty An Phú", "ưu đãi thuế, chuyển lỗ khi nhận sáp nhập"),
        // a subject in capitals going on after a figure
        ("ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\nSố: 15/2023/QĐ-UBND\nTiền Giang, ngày 2 tháng 8 năm 2023\nQUYẾT ĐỊNH\n"
            + "BAN HÀNH QUY ĐỊNH CƠ CHẾ QUAY VÒNG VỐN GIAI ĐOẠN 2021 - 2025\nTRÊN ĐỊA BÀN TỈNH TIỀN GIANG\nỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\n"
            + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
         "BAN HÀNH QUY ĐỊNH CƠ CHẾ QUAY VÒNG VỐN GIAI ĐOẠN 2021 - 2025 TRÊN ĐỊA BÀN TỈNH TIỀN GIANG"),
        // the "Về việc" label with a mark lost
        ("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 12/TB-UBND\nVề viêc tạm dừng tiếp công dân\nAn Bình, ngày 3 tháng 1 năm 2022\nTHÔNG BÁO",
         "tạm dừng tiếp công dân"),
        ("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 12/TB-UBND\nAn Bình, ngày 3 tháng 1 năm 2022\nTHÔNG BÁO\nVề viêc tạm dừng tiếp công dân\n"
            + "Thực hiện Thông báo số 4/TB-UBND ngày 2/1/2022 của UBND huyện,", "tạm dừng tiếp công dân"),
    ])
    func subjectsAsRealLettersPrintThem(_ text: String, _ subject: String) {
        #expect(Self.header(text).subject == subject)
    }

    @Test(arguments: [
        // a scan's misread purpose notes
        ("- Bộ Tư pháp (đê b/c);", "Bộ Tư pháp"), ("- Văn phòng Bộ Công an (đề p/h);", "Văn phòng Bộ Công an"),
        // "Đề án" in brackets is a name's part
        ("- Ban Chỉ đạo (Đề án 06);", "Ban Chỉ đạo (Đề án 06)"),
    ])
    func scannedNotesAreLeftOut(_ item: String, _ expected: String) {
        let text = "Điều 3. Các sở thi hành Quyết định này./.\nNơi nhận:\n- Như trên;\n\(item)\n- Lưu: VT."
        #expect(Self.header(text).distribution == ["Như trên", expected])
    }

    @Test func aPDFsRowByRowReadingOfTheListAndTheSignature() {
        // dashes on lines of their own, the signature's cells among the items, a note under its item
        let text = "Vậy, phòng Khảo thí thông báo để sinh viên biết và thực hiện.\nTrân trọng./.\nNơi nhận:\nKT.TRƯỞNG PHÒNG\n-\n"
            + "Các Khoa/ Đơn vị;\nPHÓ TRƯỞNG PHÒNG\n-\nCVHT;\n(để b/c)\n-\nNiêm yết thông báo\n-\nLưu KT&ĐBCL.\n(đã ký)\nThS. Lê Hà Như Thảo"
        let f = Self.header(text)
        #expect(f.distribution == ["Các Khoa/ Đơn vị", "CVHT", "Niêm yết thông báo"])
        #expect(f.signer?.authority == "KT")
        #expect(f.signer?.principal == "TRƯỞNG PHÒNG")
        #expect(f.signer?.position == "PHÓ TRƯỞNG PHÒNG")
        #expect(f.signer?.name == "Lê Hà Như Thảo")
    }

    @Test func aSentenceAboutRecipientsIsNoLabel() {
        let text = "Điều 14. Nơi nhận\nNơi nhận được trình bày tại ô số 9a và 9b.\nNơi nhận phải được xác định cụ thể.\n"
            + "Điều 15. Thông tư này có hiệu lực kể từ ngày ký./.\nNơi nhận:\n- Văn phòng Chính phủ;\n- Lưu: VT."
        #expect(Self.header(text).distribution == ["Văn phòng Chính phủ"])
        #expect(Self.header("Điều 14. Nơi nhận\nNơi nhận được trình bày tại ô số 9a và 9b.\n").distribution == [])
    }

    @Test func signatureTableBesideTheListSplitByTabs() {
        let text = "Điều 3. Các sở thi hành Chỉ thị này./.\n\nNơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Bộ Khoa học và Công nghệ;\tKT.CHỦ TỊCH\n"
            + "- Cục Kiểm tra VB QPPL (Bộ Tư pháp);\tPHÓ CHỦ TỊCH\n- Thường trực Tỉnh ủy;\n- CT, PCT UBND tỉnh;\t(Đã ký)\n"
            + "- UBND các huyện, thị xã;\tTrần Văn Hòa\n- Lưu VT.\n"
        let f = Self.header(text)
        #expect(f.distribution == ["Bộ Khoa học và Công nghệ", "Cục Kiểm tra VB QPPL (Bộ Tư pháp)", "Thường trực Tỉnh ủy",
                                   "CT, PCT UBND tỉnh", "UBND các huyện, thị xã"])
        #expect(f.signer?.authority == "KT")
        #expect(f.signer?.principal == "CHỦ TỊCH")
        #expect(f.signer?.position == "PHÓ CHỦ TỊCH")
        #expect(f.signer?.name == "Trần Văn Hòa")
    }

    @Test func signerAboveTheListWithTheNameBesideAnItem() {
        let text = "Trân trọng kính chào./.\nTL. HIỆU TRƯỞNG\nTRƯỞNG KHOA SAU ĐẠI HỌC\nNơi nhận:\n"
            + "- Như trên;     \t(đã ký) Lê Văn Nam\n- BGH: báo cáo;\n- Lưu: VT, KSĐH.\n"
        let f = Self.header(text)
        #expect(f.distribution == ["Như trên", "BGH"])
        #expect(f.signer?.authority == "TL")
        #expect(f.signer?.position == "TRƯỞNG KHOA SAU ĐẠI HỌC")
        #expect(f.signer?.name == "Lê Văn Nam")
    }

    @Test(arguments: [
        ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", "TM", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
        ("KT. BỘ TRƯỞNG THỨ TRƯỞNG", "KT", "BỘ TRƯỞNG", "THỨ TRƯỞNG"),
        ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", "KT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    ])
    func prefixAndPositionOnOneLine(_ line: String, _ authority: String, _ principal: String, _ position: String) {
        let f = Self.header("Điều 3. Các sở thi hành./.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\(line)\nGS.TS Lê Văn Phúc")
        #expect(f.signer?.authority == authority)
        #expect(f.signer?.principal == principal)
        #expect(f.signer?.position == position)
        #expect(f.signer?.name == "Lê Văn Phúc")
    }

    @Test func aPostOfTwoTitlesStaysThePrincipal() {
        let f = Self.header("Văn phòng Chính phủ thông báo./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nLê Văn Sơn")
        #expect(f.signer?.principal == "BỘ TRƯỞNG, CHỦ NHIỆM")
        #expect(f.signer?.position == "PHÓ CHỦ NHIỆM")
    }

    @Test func thePositionGoesOnWithItsBody() {
        let f = Self.header("Bộ Nội vụ đề nghị các cơ quan thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, CCHC.\n"
            + "TL. BỘ TRƯỞNG\nVỤ TRƯỞNG\nVỤ CẢI CÁCH HÀNH CHÍNH\nPhạm Văn Hùng")
        #expect(f.signer?.position == "VỤ TRƯỞNG VỤ CẢI CÁCH HÀNH CHÍNH")
        #expect(f.signer?.name == "Phạm Văn Hùng")
    }

    @Test func theSignerIsTheLettersNotTheAnnexes() {
        let annex = (1...30).map { "Điều \($0). Quỹ hoạt động theo quy định của pháp luật và Điều lệ này." }.joined(separator: "\n")
        let text = "Điều 3. Các sở thi hành Quyết định này./.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
            + "Nguyễn Văn Minh\nỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "ĐIỀU LỆ\nQUỸ KHUYẾN HỌC TỈNH\n" + annex + "\nTM. HỘI ĐỒNG QUẢN LÝ QUỸ\nCHỦ TỊCH\nTrần Văn Bình"
        let f = Self.header(text)
        #expect(f.signer?.name == "Nguyễn Văn Minh")
        #expect(f.signer?.position == "PHÓ CHỦ TỊCH")
    }

    @Test(arguments: [
        // "Về việc …" under a title goes on in sentence case up to the enacting authority
        ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN\nSố: 77/QĐ-UBND\nBình Thuận, ngày 3 tháng 3 năm 2022\nQUYẾT ĐỊNH\n"
            + "Về việc công nhận Điều lệ (sửa đổi, bổ sung)\nQuỹ Khuyến học tỉnh Bình Thuận\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN\n"
            + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
         "Về việc công nhận Điều lệ (sửa đổi, bổ sung) Quỹ Khuyến học tỉnh Bình Thuận"),
        // a subject in quotes
        ("BCH ĐOÀN TỈNH LÂM ĐỒNG\nSố: 15-CV/TĐTN\n“V/v giới thiệu cán bộ tham gia\nBan Vì sự tiến bộ của phụ nữ”\n"
            + "Lâm Đồng, ngày 4 tháng 9 năm 2025\nKính gửi: Sở Nội vụ",
         "giới thiệu cán bộ tham gia Ban Vì sự tiến bộ của phụ nữ"),
        // a subject in brackets
        ("TRƯỜNG ĐH DUY TÂN\nSố : 363/TB-ĐHDT\n(V/v quản lý hoạt động giáo viên chủ nhiệm)\nĐà Nẵng, ngày 02 tháng 12 năm 2008\nTHÔNG BÁO",
         "quản lý hoạt động giáo viên chủ nhiệm"),
        // one abbreviation in capitals goes on; two words in capitals do not
        ("CỤC THUẾ TỈNH AN GIANG\nSố: 10/CT-TTHT\nV/v chính sách thuế\nGTGT\nKính gửi: Công ty TNHH An Phú",
         "chính sách thuế GTGT"),
    ])
    func subjectsAsSignedLettersPrintThem(_ text: String, _ subject: String) {
        #expect(Self.header(text).subject == subject)
    }

    @Test func anotherTypesVerbIsNotTheTexts() {
        let text = "Để nội dung Nghị định thay thế Nghị định số 72/2013/NĐ-CP đi vào thực tiễn, Sở đề nghị góp ý."
        #expect(CitationFinder().find(in: text, ownNumber: nil, ownType: "cong-van").map(\.relation) == ["mentions"])
        #expect(CitationFinder().find(in: "Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 63/2010/NĐ-CP.",
                                      ownNumber: nil, ownType: "nghi-dinh").map(\.relation) == ["amends"])
    }

    @Test(arguments: [
        ("Ngày 30/9/2024, Ban Thường vụ Tỉnh ủy ban hành Kết luận số 1208-KL/TU về chủ trương hỗ trợ.", "2024-09-30" as String?),
        ("Ngày 03 tháng 10 năm 2024, Chủ tịch UBND tỉnh có Công văn số 3682/UBND-KGVX giao Hội thực hiện.", "2024-10-03"),
        // another number between them: the date is not the mention's
        ("Ngày 3/10/2024, theo đề nghị tại Tờ trình số 12/TTr-SNV, Chủ tịch có Công văn số 3682/UBND-KGVX.", nil),
        // a clause opening after a comma, on the mention's line
        ("Thực hiện hướng dẫn của Bộ, ngày 19/11/2015 Ủy ban nhân dân tỉnh đã ban hành Quyết định 20/2015/QĐ-UBND quy định.", "2015-11-19"),
        // the date after the issuer the mention names
        ("Căn cứ Thông tư số 556/2007/TT-TTCP của Thanh tra Chính phủ ngày 26 tháng 3 năm 2007 hướng dẫn;", "2007-03-26"),
        // the header's place-and-date line is no mention's date
        ("Cà Mau, ngày 20 tháng 01 năm 2021\nQUYẾT ĐỊNH\nCăn cứ Nghị quyết số 105/NQ-HĐND của HĐND tỉnh;", nil),
        // nor a date another mention has taken
        ("Triển khai Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị;", nil),
    ])
    func aDateOpeningTheSentenceIsTheMentionsDate(_ text: String, _ date: String?) {
        #expect(Self.found(text).last?.date == date)
    }

    // MARK: Law names

    @Test(arguments: [
        ("Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;", "Luật Tổ chức HĐND và UBND", "2003-11-26" as String?),
        ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03/12/2004;",
         "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân", "2004-12-03"),
        // an amending law is one citation with its whole name
        ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở ngày 20 tháng 6 năm 2019;",
         "Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở", "2019-06-20"),
        // "thi" inside a name ("thi đua"), not opening "thi hành"
        ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật thi đua, khen thưởng ngày 14 tháng 6 năm 2005;",
         "Luật sửa đổi, bổ sung một số điều của Luật thi đua, khen thưởng", "2005-06-14"),
        ("Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Phí, Luật Kế toán và Luật Thống kê ngày 1 tháng 7 năm 2021;",
         "Luật Sửa đổi, bổ sung một số điều của Luật Phí, Luật Kế toán và Luật Thống kê", "2021-07-01"),
        ("Căn cứ Luật Đất đai (sửa đổi) ngày 10/12/2013;", "Luật Đất đai (sửa đổi)", "2013-12-10"),
        // the date after the passage that names who passed it
        ("Căn cứ Luật Ngân sách nhà nước đã được Quốc hội thông qua ngày 16/12/2002;", "Luật Ngân sách nhà nước", "2002-12-16"),
        // a date glued to its word
        ("Căn cứ Luật Xây dựng ngày18/6/2014;", "Luật Xây dựng", "2014-06-18"),
    ])
    func lawNamesRunToTheirDate(_ text: String, _ title: String, _ date: String?) {
        let first = Self.found(text).first
        #expect(first?.title == title)
        #expect(first?.date == date)
    }

    @Test func aLawNamedAgainInRunningTextIsItsAntecedent() {
        let found = Self.found("Căn cứ Luật Thủ đô ngày 28/6/2024;\nTriển khai Luật Thủ đô bảo đảm kịp thời, đồng bộ; "
            + "tuyên truyền Luật Thủ đô, chính sách mới.")
        #expect(found.map(\.title) == ["Luật Thủ đô"])
        #expect(found.first?.mentions.map(\.text) == ["Luật Thủ đô ngày 28/6/2024", "Luật Thủ đô", "Luật Thủ đô"])
        #expect(found.first?.relation == "basis")
    }

    @Test(arguments: [
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 3/2/2023 của UBND tỉnh, Sở triển khai như sau: theo Kế hoạch số 45, các phòng báo cáo.",
        "Sở nhận được Công văn số 45/KH-UBND ngày 3/2/2023 của UBND tỉnh. Thực hiện yêu cầu tại Công văn nêu trên, các phòng báo cáo.",
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 3/2/2023 của UBND tỉnh; căn cứ văn bản số 45 nêu trên, các phòng báo cáo.",
    ])
    func aShortFormIsAnotherMentionOfItsAntecedent(_ text: String) {
        let found = Self.found(text)
        #expect(found.count == 1)
        #expect(found.first?.number == "45/KH-UBND")
        #expect(found.first?.mentions.count == 2)
    }

    @Test func shortFormsNeedAnAntecedent() {
        // no document 12 cited before; "Quyết định này" is the text itself
        #expect(Self.found("Theo Kế hoạch số 12, Quyết định này có hiệu lực kể từ ngày ký.").isEmpty)
    }

    @Test func lawNameStopsBeforeADocumentItIsSaidToGuide() {
        let found = Self.found("Căn cứ Luật Thuế tài nguyên hướng dẫn thi hành Nghị định số 50/2010/NĐ-CP;")
        #expect(found.map { $0.title ?? $0.number ?? "" } == ["Luật Thuế tài nguyên", "50/2010/NĐ-CP"])
        #expect(found.last?.type == "nghi-dinh")
    }

    // MARK: Numbers as portals print them

    @Test(arguments: [
        ("Số: 1520/SNN &PTNT", "1520/SNN&PTNT"), ("Số: 07/TT .HĐND", "07/TT.HĐND"), ("Số: 3120QĐ/ BTP", "3120QĐ/BTP"),
        ("Số: 1520 TM/SKHĐT", "1520TM/SKHĐT"), ("Số: 5521-PT", "5521-PT"), ("Số: 76/CP", "76/CP"),
        ("số: 215 /UB-QĐ-NĐ", "215/UB-QĐ-NĐ"), ("Số 12-CT/TU", "12-CT/TU"),
    ])
    func headerNumbersAsPrinted(_ line: String, _ raw: String) {
        let f = Self.header("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n\(line)\nAn Giang, ngày 3 tháng 4 năm 1998\nV/v thử nghiệm")
        #expect(f.number?.raw == raw)
    }

    @Test(arguments: [
        ("Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ;", "30c/NQ-CP", "2011-11-08" as String?),
        ("Căn cứ Nghị định số 61/2018/NĐCP ngày 23/4/2018 của Chính phủ;", "61/2018/NĐ-CP", "2018-04-23"),
        ("Căn cứ Thông báo số 70-TB/TWngày 06/01/2012 của Ban Bí thư;", "70-TB/TW", nil),
        ("Thực hiện Công văn số 45/SCT-QLTMNGÀY 12/5/2020 của Sở Công Thương;", "45/SCT-QLTM", nil),
    ])
    func numbersAsPortalsPrintThem(_ text: String, _ number: String, _ date: String?) {
        let first = Self.found(text).first
        #expect(first?.number == number)
        if let date { #expect(first?.date == date) }
    }

    @Test func typeWordShortForTheKindItsSymbolNames() {
        #expect(Self.found("Căn cứ Thông tư số 03/2008/TTLT-BYT-BNV ngày 25/4/2008 của Bộ Y tế, Bộ Nội vụ;").first?.type
            == "thong-tu-lien-tich")
        #expect(Self.found("Căn cứ Thông tư số 03/2008/TT-BYT ngày 25/4/2008 của Bộ Y tế;").first?.type == "thong-tu")
    }

    @Test func ownNumberWithASpaceIsNoCitation() {
        #expect(Self.found("(Ban hành theo Quyết định số 63/ 2006/QĐ-UBND ngày 26/7/2006)", own: "63/2006/QĐ-UBND").isEmpty)
    }

    // MARK: Relations

    @Test(arguments: [
        ("Trả lời Công văn số 15/STC-NS ngày 2/3/2020 của Sở Tài chính, Sở Nội vụ có ý kiến như sau:", ["responds"]),
        ("Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 20/2015/QĐ-UBND ngày 1/6/2015.", ["replaces"]),
        ("Bãi bỏ Quyết định số 8/2012/QĐ-UBND ngày 5/5/2012 của UBND tỉnh.", ["repeals"]),
        ("Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 11/2016/NĐ-CP ngày 3/2/2016 như sau:", ["amends"]),
        ("Đính chính Thông tư số 9/2019/TT-BTC ngày 15/2/2019 như sau:", ["corrects"]),
        ("HƯỚNG DẪN THỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 30-QĐ/TW", ["guides"]),
        // the passive, pointing at the text itself
        ("Quyết định số 3/QĐ-UBND ngày 1/2/2019 được thay thế bởi Quyết định này.", ["replaces"]),
        ("Quyết định số 3/QĐ-UBND ngày 1/2/2019 hết hiệu lực kể từ ngày Quyết định này có hiệu lực.", ["repeals"]),
        // every document of a "Căn cứ" clause is the basis
        ("Căn cứ Quy chế làm việc ban hành kèm theo Nghị định số 8/2012/NĐ-CP ngày 16/02/2012;", ["basis"]),
        ("Căn cứ các Nghị định của Chính phủ: số 5/2020/NĐ-CP ngày 1/1/2020; số 6/2020/NĐ-CP ngày 2/1/2020;", ["basis", "basis"]),
        // …but a document named in another's description is only mentioned
        ("Căn cứ Thông tư số 2/2015/TT-BTC ngày 5/1/2015 của Bộ Tài chính hướng dẫn thi hành Nghị định số 4/2014/NĐ-CP ngày 1/1/2014;",
         ["basis", "mentions"]),
        ("Thi hành Nghị định số 7/2004/NĐ-CP ngày 1/1/2004 của Chính phủ, Bộ hướng dẫn như sau:", ["implements"]),
        ("Trên cơ sở Kế hoạch số 61/KH-UBND ngày 16/9/2022 của UBND tỉnh, Sở xây dựng kế hoạch như sau:", ["basis"]),
        ("(Thực hiện điểm c, điểm d khoản 4 Điều 9 Luật Thủ đô)", ["implements"]),
        // a numbered task tells the addressees what to do: only mentioned
        ("3. Thực hiện nghiêm các quy định tại Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị.", ["mentions"]),
        // a sentence ending in a year opens the next clause
        ("Giai đoạn 2021 - 2025. Trên cơ sở Kế hoạch số 61/KH-UBND ngày 16/9/2022, Sở đề nghị:", ["basis"]),
        // the first mention that says how decides
        ("V/v triển khai Chỉ thị số 37-CT/TW\nCăn cứ Chỉ thị số 37-CT/TW ngày 1/1/2020 của Ban Bí thư;", ["implements"]),
        // a verb inside another document's description is not the text's own
        ("Căn cứ Nghị định số 88/2017/NĐ-CP ngày 27/7/2017 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 56/2015/NĐ-CP ngày 9/6/2015;",
         ["basis", "mentions"]),
        // a passive verb: the mention amended another document, not the text the mention
        ("Nghị định số 93/2019/NĐ-CP được sửa đổi, bổ sung tại Nghị định số 136/2024/NĐ-CP ngày 23/10/2024 của Chính phủ.",
         ["mentions", "mentions"]),
        // another document's verb: the draft replaces, the text only mentions
        ("Đề nghị góp ý đối với dự thảo Nghị định thay thế Nghị định số 72/2013/NĐ-CP ngày 15/7/2013.", ["mentions"]),
        ("Quyết định này thay thế Quyết định số 3/QĐ-UBND ngày 1/2/2019.", ["replaces"]),
        // the items under a heading that names the legal basis
        ("1. Sự cần thiết và căn cứ pháp lý\n- Tại Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội;\n"
            + "- Tại Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ.\n2. Về nội dung\n- Tại Kế hoạch số 5/KH-UBND ngày 1/2/2025.",
         ["basis", "basis", "mentions"]),
        // …with blank lines between the items (a portal's paragraphs)
        ("I. CĂN CỨ PHÁP LÝ XÂY DỰNG KẾ HOẠCH\n\n- Luật Dược số 105/2016/QH13;\n\n- Nghị định số 54/2017/NĐ-CP ngày 8/5/2017 của Chính phủ;",
         ["basis", "basis"]),
        // a document's own verb right after its number: the document it amends is only mentioned, the list goes on as before
        ("Căn cứ Nghị định số 177/2013/NĐ-CP ngày 14/11/2013 của Chính phủ; Nghị định số 149/2016/NĐ-CP sửa đổi, bổ sung "
            + "Nghị định số 177/2013/NĐ-CP; Nghị định số 89/2013/NĐ-CP ngày 6/8/2013 của Chính phủ;", ["basis", "basis", "basis"]),
        // a passive after a list is said of every item; a document inside an item's description stays mentioned
        ("Điều 2. Quyết định này có hiệu lực từ ngày 10/9/2025.\n2. Quyết định số 44/2024/QĐ-UBND ngày 31/10/2024 của UBND tỉnh; "
            + "Quyết định số 33/2025/QĐ-UBND ngày 25/6/2025 sửa đổi Quy định ban hành kèm theo Quyết định số 35/2024/QĐ-UBND "
            + "ngày 20/12/2024 hết hiệu lực thi hành kể từ ngày Quyết định này có hiệu lực.", ["repeals", "repeals", "mentions"]),
        // a verb acting on the text issued with the mention acts on the mention
        ("Sửa đổi, bổ sung một số điều của Quy chế công tác thi đua, khen thưởng ban hành kèm theo Quyết định số 13/2018/QĐ-UBND ngày 27/4/2018",
         ["amends"]),
    ])
    func relationFromTheClause(_ text: String, _ relations: [String]) {
        #expect(Self.found(text).map(\.relation) == relations)
    }

    /// A letter that answers one its addressee sent: the received letter is `responds`; the same
    /// clause in a letter sent to others (passing the request on) or naming a decision is a mention.
    @Test(arguments: [
        ("Sở Tài chính", "Sở Xây dựng nhận được Công văn số 41/STC-QLG ngày 3/4/2024 của Sở Tài chính về việc lấy ý kiến "
            + "dự thảo phương án giá; Sở Xây dựng thống nhất với dự thảo.", "responds"),
        ("Sở Nội vụ tỉnh Gia Lai", "Sở Y tế đã nhận được văn bản của Sở Nội vụ tỉnh tại Công văn số 77/SNV-TCBC ngày 2/5/2024 "
            + "về việc cử cán bộ tham gia tổ công tác; Sở Y tế cử ông Trần Văn Bình tham gia.", "responds"),
        // a proposal considered ("Xét đề nghị") stays a mention (RECORD.md: "Trả lời", "Phúc đáp")
        ("Bộ Giao thông vận tải", "Xét đề nghị của Bộ Giao thông vận tải (công văn số 86/BGTVT-KHĐT ngày 2/11/2008) về việc "
            + "khánh thành cầu, Phó Thủ tướng có ý kiến như sau: đồng ý.", "mentions"),
        ("Giám đốc Sở Giáo dục và Đào tạo", "Ủy ban nhân dân tỉnh đã nhận được Tờ trình số 9/TTr-SGDĐT ngày 5/1/2024 của Sở Giáo dục "
            + "và Đào tạo về việc đề nghị phê duyệt danh sách. Chủ tịch UBND tỉnh có ý kiến như sau: đồng ý.", "responds"),
        ("Chủ tịch UBND các huyện, thị xã", "Ủy ban nhân dân tỉnh nhận được Công văn số 84/UBND-VX ngày 2/3/2021 của UBND tỉnh "
            + "Quảng Ninh về việc phối hợp tuyên truyền, Chủ tịch UBND tỉnh có ý kiến như sau:", "mentions"),
        ("Ủy ban nhân dân tỉnh", "Sở Nội vụ nhận được Quyết định số 12/QĐ-UBND ngày 2/2/2024 của Ủy ban nhân dân tỉnh về việc "
            + "giao chỉ tiêu biên chế.", "mentions"),
    ])
    func answeredLetter(_ addressee: String, _ body: String, _ relation: String) {
        let letter = "ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSỞ Y TẾ\nSố: 15/SYT-TCCB\nGia Lai, ngày 9 tháng 5 năm 2024\n"
            + "V/v trả lời văn bản\nKính gửi: \(addressee)\n\(body)\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An"
        var record = Record(source: Source(file: "letter.txt", path: "letter.txt"))
        DocumentAnalyzer().analyze(VietnameseText.normalize(letter), into: &record)
        #expect(record.addressees == [addressee])
        #expect(record.citations.map(\.relation) == [relation])
    }

    @Test func everyRelationHasAPhrase() {
        let read = Set(RelationVocabulary.clauseLeads.map(\.1) + RelationVocabulary.verbs.map(\.1)
            + RelationVocabulary.passives.map(\.relation))
        #expect(read.union([.mentions]) == Set(CitationMention.Relation.allCases))
    }
}
