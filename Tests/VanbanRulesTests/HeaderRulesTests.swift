import Testing
import VanbanRecord
@testable import VanbanRules

/// Header, signature and list rules on letters written for these tests, in the shapes the
/// parsers produce: one paragraph a line (DOCX, repaired PDF) and hard-wrapped text.
@Suite struct HeaderRulesTests {
    /// A công văn as the DOCX reader gives it: header cells as runs of lines, then the body.
    static let congVan = """
    ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
    SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
    Số: 415/STNMT-VP
    V/v tăng cường quản lý khai thác
    khoáng sản năm 2024
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    Hòa Bình, ngày 12 tháng 3 năm 2024
    Kính gửi:
    - Ủy ban nhân dân các huyện, thành phố;
    - Các phòng, đơn vị thuộc Sở.
    Thực hiện Chỉ thị số 03/CT-UBND ngày 02/02/2024 của Ủy ban nhân dân tỉnh, Sở Tài nguyên và Môi trường đề nghị các đơn vị thực hiện tốt một số nội dung sau:
    1. Rà soát các điểm mỏ đã cấp phép.
    Nơi nhận:
    - Như trên;
    - UBND tỉnh (b/c);
    - Giám đốc Sở (để báo cáo);
    - Lưu: VT, KS.
    KT. GIÁM ĐỐC
    PHÓ GIÁM ĐỐC
    Bạch Công Minh
    """

    @Test func congVanHeaderFromParagraphLines() {
        let f = HeaderRules.read(VietnameseText.normalize(Self.congVan))
        #expect(f.number?.raw == "415/STNMT-VP")
        #expect(f.number?.seq == "415")
        #expect(f.number?.symbol == "STNMT-VP")
        #expect(f.type == "cong-van")                       // no type code in the symbol, a V/v subject
        #expect(f.date == "2024-03-12")
        #expect(f.place == "Hòa Bình")
        #expect(f.subject == "tăng cường quản lý khai thác khoáng sản năm 2024")
        #expect(f.issuer == Issuer(name: "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", parent: "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH"))
        #expect(f.signer == Signer(name: "Bạch Công Minh", position: "PHÓ GIÁM ĐỐC", authority: "KT", principal: "GIÁM ĐỐC"))
        #expect(f.addressees == ["Ủy ban nhân dân các huyện, thành phố", "Các phòng, đơn vị thuộc Sở"])
        #expect(f.distribution == ["Như trên", "UBND tỉnh", "Giám đốc Sở"])   // notes and the archive line dropped
    }

    /// A quyết định: legal number, "Về việc" subject, the enacting authority line under it,
    /// and two signing prefixes (TM. then KT.).
    static let quyetDinh = """
    ỦY BAN NHÂN DÂN
    TỈNH QUẢNG TRỊ
    Số: 07/2024/QĐ-UBND
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    Quảng Trị, ngày 05 tháng 01 năm 2024
    QUYẾT ĐỊNH
    Về việc ban hành Quy chế quản lý
    cụm công nghiệp trên địa bàn tỉnh
    ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
    Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
    QUYẾT ĐỊNH:
    Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp.
    Nơi nhận:
    - Như Điều 3;
    - Bộ Công Thương;
    - Lưu: VT, KT.
    TM. ỦY BAN NHÂN DÂN
    KT. CHỦ TỊCH
    PHÓ CHỦ TỊCH
    Hoàng Nam
    """

    @Test func quyetDinhWithLegalNumberAndTwoPrefixes() {
        let f = HeaderRules.read(VietnameseText.normalize(Self.quyetDinh))
        #expect(f.number == DocumentNumber(raw: "07/2024/QĐ-UBND", seq: "07", year: 2024, symbol: "QĐ-UBND"))
        #expect(f.type == "quyet-dinh")
        #expect(f.subject == "Về việc ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh")
        #expect(f.issuer == Issuer(name: "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", parent: nil))   // wrapped header line joined
        #expect(f.signer == Signer(name: "Hoàng Nam", position: "PHÓ CHỦ TỊCH", authority: "KT", principal: "CHỦ TỊCH"))
        #expect(f.distribution == ["Như Điều 3", "Bộ Công Thương"])
    }

    /// A Party resolution: "Số 12-NQ/ĐU" without a colon, the Party motto, "T/M" prefix.
    static let nghiQuyetDang = """
    ĐẢNG BỘ TỈNH HÀ GIANG
    ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
    *
    Số 12-NQ/ĐU
    ĐẢNG CỘNG SẢN VIỆT NAM
    Hà Giang, ngày 05 tháng 9 năm 2026
    NGHỊ QUYẾT
    về lãnh đạo thực hiện nhiệm vụ năm 2027
    Căn cứ Điều lệ Đảng;
    T/M BAN THƯỜNG VỤ
    BÍ THƯ
    Lương Thị Hoa
    """

    @Test func partyDocument() {
        let f = HeaderRules.read(VietnameseText.normalize(Self.nghiQuyetDang))
        #expect(f.number == DocumentNumber(raw: "12-NQ/ĐU", seq: "12", year: nil, symbol: "NQ/ĐU"))
        #expect(f.type == "nghi-quyet")
        #expect(f.date == "2026-09-05")
        #expect(f.subject == "về lãnh đạo thực hiện nhiệm vụ năm 2027")
        #expect(f.issuer == Issuer(name: "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", parent: "ĐẢNG BỘ TỈNH HÀ GIANG"))
        #expect(f.signer == Signer(name: "Lương Thị Hoa", position: "BÍ THƯ", authority: "TM", principal: "BAN THƯỜNG VỤ"))
    }

    /// A scan whose header was lost, hard-wrapped with blank lines: the issuer is read from the
    /// opening paragraph, the territory completed from the text; no number, no date.
    static let lostHeader = """
     KẾ HOẠCH

    Tổ chức Tháng hành động vì an toàn thực phẩm năm 2024

     

    Để nâng cao nhận thức về an toàn thực phẩm trên địa bàn tỉnh Bắc Kạn, Chủ tịch Ủy ban nhân dân tỉnh

    yêu cầu các sở, ngành tổ chức thực hiện tốt các nội dung sau:

    1. Tổ chức truyền thông về an toàn thực phẩm tại tỉnh Bắc Kạn.

    Nơi nhận:

    - Các sở, ngành;

    - Lưu: VT.

    CHỦ TỊCH

     

    Đinh Quang Tuyên
    """

    @Test func headerLostIssuerFromBody() {
        let f = HeaderRules.read(VietnameseText.normalize(Self.lostHeader))
        #expect(f.number == nil)
        #expect(f.date == nil)
        #expect(f.type == "ke-hoach")
        #expect(f.subject == "Tổ chức Tháng hành động vì an toàn thực phẩm năm 2024")
        #expect(f.issuer == Issuer(name: "Ủy ban nhân dân tỉnh Bắc Kạn", parent: nil))
        #expect(f.signer == Signer(name: "Đinh Quang Tuyên", position: "CHỦ TỊCH", authority: nil, principal: nil))
        #expect(f.distribution == ["Các sở, ngành"])
    }

    @Test(arguments: [
        ("Số:  12 /QĐ-UBND", "12/QĐ-UBND"),             // spaces inside
        ("Số: 170/KH - CSĐTNTMT", "170/KH-CSĐTNTMT"),
        ("Số: /CSĐTNMT-TCHCKT", "/CSĐTNMT-TCHCKT"),     // sequence left blank for hand-filling
        ("SỐ: 209/TTr-SGDĐT", "209/TTr-SGDĐT"),
        ("Số: 30/2020/NĐ-CP", "30/2020/NĐ-CP"),
    ])
    func numberForms(_ line: String, _ raw: String) {
        let f = HeaderRules.read("UBND TỈNH LÀO CAI\n" + line + "\nLào Cai, ngày 02 tháng 3 năm 2021\n")
        #expect(f.number?.raw == raw)
    }

    @Test func blankSequenceHasNoSeq() {
        #expect(DocumentNumberParser.parse("/CSĐTNMT-TCHCKT")?.seq == nil)
    }

    @Test func numberBrokenAtLineEndIsJoined() {
        let f = HeaderRules.read("SỞ Y TẾ\nSố: 62/SLĐTBXH-\nLĐVL\nV/v khám sức khỏe\n")
        #expect(f.number?.raw == "62/SLĐTBXH-LĐVL")
    }

    @Test func lostHyphenRestoredWhenTitleGivesType() {
        let f = HeaderRules.read("UBND HUYỆN MAI SƠN\nSố: 1961/QĐUBND\nMai Sơn, ngày 03 tháng 4 năm 2022\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n")
        #expect(f.number?.raw == "1961/QĐ-UBND")
        #expect(f.number?.symbol == "QĐ-UBND")
    }

    @Test func bodyLinesAreNotTheNumber() {
        let f = HeaderRules.read("KẾ HOẠCH\nPhát triển y tế\n\n\nSố bác sỹ/10.000 dân đạt 8,6 bác sỹ.\n")
        #expect(f.number == nil)
    }

    @Test func impossibleDateIsRejectedButPlaceKept() {
        let f = HeaderRules.read("SỞ NỘI VỤ\nSố: 5/SNV-VP\nĐiện Biên, ngày 31 tháng 02 năm 2023\nV/v báo cáo\n")
        #expect(f.date == nil)
        #expect(f.place == "Điện Biên")
    }

    @Test func typeFromSymbolWhenNoTitle() {
        let f = HeaderRules.read("SỞ Y TẾ\nSố: 258/KH-SYT\nĐiện Biên, ngày 16 tháng 4 năm 2022\n")
        #expect(f.type == "ke-hoach")
    }

    @Test func oldStyleToneInTitleLine() {
        let f = HeaderRules.read("SỞ Y TẾ\nSố: 9/TB-SYT\nThông Báo\nKết luận cuộc họp\n")
        #expect(f.type == "thong-bao")
        #expect(f.subject == "Kết luận cuộc họp")
    }

    @Test func inlineAddresseeIsOneItem() {
        let f = HeaderRules.read("SỞ Y TẾ\nSố: 5/SYT-VP\nV/v lịch trực\nKính gửi: Lãnh đạo các phòng chuyên môn, Trạm y tế xã.\nNội dung.\n")
        #expect(f.addressees == ["Lãnh đạo các phòng chuyên môn, Trạm y tế xã"])
    }

    @Test func digitalSignatureStampWithLabels() {
        let text = """
        GIÁM ĐỐC
        Trần Văn Hùng
        Người ký: Sở Y tế tỉnh Sơn La
        Email: soyte@sonla.gov.vn
        Cơ quan: Tỉnh Sơn La
        Thời gian ký: 12.03.2024 09:05:11 +07:00
        """
        let f = HeaderRules.read(text)
        #expect(f.signature?.signer == "Sở Y tế tỉnh Sơn La")
        #expect(f.signature?.email == "soyte@sonla.gov.vn")
        #expect(f.signature?.signedAt == "2024-03-12T09:05:11+07:00")
        #expect(f.signer?.name == "Trần Văn Hùng")
    }

    @Test func digitalSignatureStampInline() {
        let text = "GIÁM ĐỐC\nLê Thu Hà\n2025-02-04T15:23:15+0700\nTỉnh Sơn La\nLê Thu Hà<halt@sonla.gov.vn> đã ký lên văn bản này!\n"
        let f = HeaderRules.read(text)
        #expect(f.signature == Signature(signer: "Lê Thu Hà", email: "halt@sonla.gov.vn", signedAt: "2025-02-04T15:23:15+07:00", authority: nil))
        #expect(f.signer?.name == "Lê Thu Hà")
    }

    @Test func surnameThatIsAlsoAnOrganisationWord() {
        // "Đoàn" is a surname as well as a body ("Đoàn Thanh niên"): the name is still a name.
        let f = HeaderRules.read("Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nĐoàn Văn Hải\n")
        #expect(f.signer?.name == "Đoàn Văn Hải")
    }
}

/// The place-and-date line broken inside the date by a narrow header cell, as portals and
/// PDFs print it.
@Suite struct BrokenDateLineTests {
    static func letter(_ dateLines: String) -> String {
        """
        ỦY BAN NHÂN DÂN
        TỈNH AN GIANG
        Số: 312/UBND-KT
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        \(dateLines)
        Kính gửi: Các sở, ban, ngành tỉnh.
        Ủy ban nhân dân tỉnh đề nghị các đơn vị báo cáo kết quả.
        """
    }

    @Test(arguments: [
        ("An Giang, ngày 05\ntháng 3 năm 2020", "2020-03-05"),
        ("An Giang, ngày\n05 tháng 3 năm 2020", "2020-03-05"),
        ("An Giang, ngày 05 tháng 3\nnăm 2020", "2020-03-05"),
        ("An Giang, ngày 05 tháng 3 năm 2020", "2020-03-05"),
    ])
    func dateAndPlaceAcrossTheBreak(_ lines: String, _ date: String) {
        let f = HeaderRules.read(VietnameseText.normalize(Self.letter(lines)))
        #expect(f.date == date)
        #expect(f.place == "An Giang")
    }

    @Test(arguments: ["ngày", "Hà Nội, ngày 14", "Sơn La, ngày 16 tháng"])
    func endsInsideADate(_ line: String) {
        #expect(PlaceDateLine.endsInsideDate(line.lowercased()))
    }

    @Test(arguments: ["Kính gửi: Các sở", "ngày 14 tháng 5 năm 2013 tại Hà Nội, hội nghị đã thống nhất các nội dung sau đây"])
    func doesNotEndInsideADate(_ line: String) {
        #expect(!PlaceDateLine.endsInsideDate(line.lowercased()))
    }
}

/// The motto broken over two lines by a narrow cell is not taken into the issuer.
@Suite struct BrokenMottoTests {
    @Test(arguments: [
        "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 68/KH-UBND",
        "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nSố: 68/KH-UBND",
    ])
    func issuerWithoutTheMotto(_ header: String) {
        let f = HeaderRules.read(VietnameseText.normalize(header + "\nSơn La, ngày 11 tháng 3 năm 2020\nKẾ HOẠCH\nThực hiện Chỉ thị"))
        #expect(f.issuer?.name == "ỦY BAN NHÂN DÂN TỈNH SƠN LA")
    }

    @Test func theMottoWordsAloneAreNotABody() {
        #expect(HeaderVocabulary.isMotto("cộng", before: "tỉnh sơn la", after: "hòa xã hội chủ nghĩa việt nam"))
        #expect(HeaderVocabulary.isMotto("hòa xã hội chủ nghĩa việt nam", before: "cộng", after: nil))
        #expect(!HeaderVocabulary.isMotto("tỉnh sơn la", before: "ủy ban nhân dân", after: "cộng"))
    }
}

/// A subject in capitals under a decision's title stops before the enacting authority and the
/// first "Căn cứ", as one in sentence case does; a wrapped subject still goes on.
@Suite struct SubjectStopTests {
    static func decision(_ afterTitle: String) -> String {
        """
        ỦY BAN NHÂN DÂN
        TỈNH BẮC GIANG
        Số: 119/QĐ-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Bắc Giang, ngày 23 tháng 11 năm 2009
        QUYẾT ĐỊNH
        \(afterTitle)
        """
    }

    @Test(arguments: [
        ("VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP\n\nỦY BAN NHÂN DÂN TỈNH BẮC GIANG\n\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;",
         "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP"),
        ("VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;",
         "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP"),
        ("VỀ VIỆC BAN HÀNH QUY CHẾ\nCăn cứ Luật Tổ chức chính quyền địa phương;", "VỀ VIỆC BAN HÀNH QUY CHẾ"),
        ("VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG\nTỈNH BẮC GIANG\n\nCăn cứ Luật Thi đua, khen thưởng;",
         "VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG TỈNH BẮC GIANG"),
        ("Về việc học tập và làm\ntheo tư tưởng, đạo đức, phong cách Hồ Chí Minh\n\nCăn cứ Điều lệ Đảng;",
         "Về việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
    ])
    func subjectEnds(_ afterTitle: String, _ subject: String) {
        let f = HeaderRules.read(VietnameseText.normalize(Self.decision(afterTitle)))
        #expect(f.subject?.uppercased().hasSuffix(subject.uppercased().replacingOccurrences(of: "VỀ VIỆC ", with: "")) == true,
                "\(f.subject ?? "nil")")
        #expect(f.subject?.contains("Căn cứ") != true && f.subject?.uppercased().contains("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG") != true
                || subject.contains("TỈNH BẮC GIANG"))
    }
}

/// Header lines a narrow cell cut: the body's head ("ỦY" ⏎ "BAN NHÂN DÂN") and the place
/// ("Sơn" ⏎ "La, ngày 16 tháng 11" ⏎ "năm 2018").
@Suite struct CutHeaderLineTests {
    static let letter = """
        ỦY
        BAN NHÂN DÂN
        TỈNH SƠN LA
        Số: 2862/QĐ-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Sơn
        La, ngày 16 tháng 11
        năm 2018
        V/v báo cáo kết quả
        Kính gửi: Sở Nội vụ.
        """

    @Test func theHeadAndThePlaceAreWhole() {
        let f = HeaderRules.read(VietnameseText.normalize(Self.letter))
        #expect(f.issuer?.name == "ỦY BAN NHÂN DÂN TỈNH SƠN LA")
        #expect(f.issuer?.parent == nil)
        #expect(f.place == "Sơn La")
        #expect(f.date == "2018-11-16")
    }

    @Test(arguments: [("ỦY", "BAN NHÂN DÂN", true), ("ỦY BAN", "THƯỜNG VỤ QUỐC HỘI", false),
                      ("BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ", false), ("UỶ", "BAN NHÂN DÂN HUYỆN", true)])
    func cutHeads(_ above: String, _ line: String, _ cut: Bool) {
        #expect(IssuerBlock.isCutHead(above, line) == cut)
    }

    @Test func aPlaceIsNotExtendedByAnotherLine() {
        #expect(PlaceDateLine.place(in: "Hà Nội, ngày 5 tháng 3 năm 2024", cutFrom: "Độc lập - Tự do - Hạnh phúc") == "Hà Nội")
        #expect(PlaceDateLine.place(in: "Kỳ, ngày 19 tháng 6 năm 2007", cutFrom: "Tam") == "Tam Kỳ")
        #expect(PlaceDateLine.place(in: "Kỳ, ngày 19 tháng 6 năm 2007", cutFrom: "TỈNH QUẢNG NAM") == "Kỳ")
    }
}
