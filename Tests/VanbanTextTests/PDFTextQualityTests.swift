import Testing
@testable import VanbanText

/// Text layers no one could read are told from those that are merely short, foreign or plain:
/// each case a page of our own writing, as glyphs.
@Suite struct PDFTextQualityTests {
    private static func glyphs(_ text: String) -> [PDFGlyph] {
        text.unicodeScalars.map { PDFGlyph(scalar: $0, x1: 0, y1: 0, x2: 1, y2: 1) }
    }

    private static let letter = """
        Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2025, Sở Nội vụ đề nghị \
        các cơ quan, đơn vị rà soát thủ tục hành chính thuộc phạm vi quản lý, báo cáo kết quả thực hiện \
        về Sở Nội vụ trước ngày 15 tháng 12 năm 2025 để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh. \
        Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị phản ánh về Sở Nội vụ để được hướng dẫn.
        """

    @Test(arguments: [
        // a font that maps its glyphs to the wrong characters
        ("""
        Thñc hiçn K¿ ho¡ch cça Ûy ban nhân dân ténh vÁ c£i cách hành chính n°m 2025, Så Nùi vå Á nghË \
        các c¡ quan, ¡n vË rà soát thç tåc hành chính thuùc ph¡m vi qu£n lý, báo cáo k¿t qu£ thñc hiçn \
        vÁ Så Nùi vå tr°éc ngày 15 tháng 12 n°m 2025 Ã tíng hãp, báo cáo Chç tËch Ûy ban nhân dân ténh. \
        Trong quá trình thñc hiçn, n¿u có v°éng m¯c, Á nghË các ¡n vË ph£n ánh vÁ Så Nùi vå Ã °ãc h°éng d«n.
        """, true),
        // a scanner's OCR layer that lost the marks
        ("""
        Thuc hien Ke hoach cua Uy ban nhan dan tinh ve cai cach hanh chinh nam 2025, So Noi vu de nghi \
        cac co quan, don vi ra soat thu tuc hanh chinh thuoc pham vi quan ly, bao cao ket qua thuc hien \
        ve So Noi vu truoc ngay 15 thang 12 nam 2025 de tong hop, bao cao Chu tich Uy ban nhan dan tinh. \
        Trong qua trinh thuc hien, neu co vuong mac, de nghi cac don vi phan anh ve So Noi vu de duoc huong dan.
        """, true),
        // Vietnamese as it should be
        (letter, false),
        // English: no marks, and no Vietnamese words
        ("""
        The provincial department of home affairs asks the agencies and units to review the administrative \
        procedures within their remit and to report the results before the fifteenth of December, so that \
        the department can compile them and report to the chairman of the provincial people's committee. \
        Any difficulty met on the way should be reported to the department, which will give guidance.
        """, false),
        // too short to judge: a page number and a stamp
        ("Trang 2 Ky boi: UBND tinh Lam Dong Gio ky: 22/09/2025", false),
    ])
    func unreadableTextLayers(_ text: String, _ unreadable: Bool) {
        #expect(PDFTextQuality.isUnreadable(Self.glyphs(text)) == unreadable)
    }
}
