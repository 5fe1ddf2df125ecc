import Testing
@testable import VanbanOCR

/// Layout of OCR lines, on word boxes made up here (7 pt a letter, 4 pt spaces, 12 pt high).
@Suite("OCR layout")
struct OCRLayoutTests {
    /// A line at `y` with runs of text starting at the given x positions.
    static func row(_ y: Double, _ runs: (x: Double, text: String)..., confidence: Double = 0.95) -> OCRLine {
        var words: [OCRWord] = []
        for run in runs {
            var x = run.x
            for word in run.text.split(separator: " ") {
                let width = 7 * Double(word.count)
                words.append(OCRWord(text: String(word), box: OCRBox(x: x, y: y, width: width, height: 12),
                                     confidence: confidence))
                x += width + 4
            }
        }
        return OCRLine(words: words, startsParagraph: false)
    }

    static let header = [
        row(50, (80, "ỦY BAN NHÂN DÂN TỈNH"), (300, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
        row(66, (120, "SƠN LA"), (330, "Độc lập - Tự do - Hạnh phúc")),
        row(84, (100, "Số: 12/QĐ-UBND"), (320, "Sơn La, ngày 05 tháng 3 năm 2024")),
        row(120, (250, "QUYẾT ĐỊNH")),
        row(140, (80, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")),
    ]

    @Test func theHeaderTableIsOneRegionEndingAtTheTitle() {
        let regions = OCRLayout.regions(in: Self.header)
        #expect(regions.count == 1)
        #expect(regions.first?.lines == 0..<3)
        let gutter = regions.first?.gutter ?? 0
        #expect(gutter > 220 && gutter < 300)
        let (left, right) = OCRLayout.split(Self.header[0..<3], at: gutter)
        #expect(left.map(\.text) == ["ỦY BAN NHÂN DÂN TỈNH", "SƠN LA", "Số: 12/QĐ-UBND"])
        #expect(right.map(\.text) == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                      "Sơn La, ngày 05 tháng 3 năm 2024"])
    }

    @Test func aJustifiedLineWithStretchedSpacesIsNotSplit() {
        // Every gap 12 pt: wide, but no wider than the others.
        var line = Self.row(200, (80, "Căn cứ Luật Tổ chức chính quyền địa phương"))
        for i in line.words.indices { line.words[i].box.x += Double(i) * 8 }
        #expect(OCRLayout.gutter(of: line, pageGap: 4) == nil)
        #expect(OCRLayout.regions(in: [line]).isEmpty)
    }

    @Test func aRegionStopsAtALineThatCrossesItsGutterThroughAWordGap() {
        // The gutter is at 245; the body line has a word gap there, an ordinary one (243–247).
        let lines = [
            Self.row(700, (80, "Nơi nhận:"), (350, "KT. CHỦ TỊCH")),
            Self.row(716, (80, "- Như trên;"), (340, "PHÓ CHỦ TỊCH")),
            Self.row(732, (90, "Trên đây là kết quả thực"), (247, "hiện Chỉ thị này.")),
        ]
        let regions = OCRLayout.regions(in: lines)
        #expect(regions.first?.gutter == 245)
        #expect(regions.first?.lines == 0..<2)
    }

    @Test func aRegionStopsAtAWideVerticalGapAndLetsTheSignerFollow() {
        let lines = [
            Self.row(700, (80, "Nơi nhận:"), (350, "KT. CHỦ TỊCH")),
            Self.row(716, (80, "- Lưu: VT."), (340, "PHÓ CHỦ TỊCH")),
            Self.row(760, (350, "Nguyễn Văn An")),
        ]
        #expect(OCRLayout.regions(in: lines).map(\.lines) == [0..<2])
    }

    @Test func aDoubtfulSpeckAcrossTheGutterDoesNotEndTheRegion() {
        var second = Self.row(66, (120, "SƠN LA"), (330, "Độc lập - Tự do - Hạnh phúc"))
        second.words.insert(OCRWord(text: "hở", box: OCRBox(x: 255, y: 66, width: 20, height: 12), confidence: 0), at: 2)
        let lines = [Self.header[0], second, Self.header[2]]
        #expect(OCRLayout.regions(in: lines).map(\.lines) == [0..<3])
    }

    @Test func dirtGoesListDashesStay() {
        var line = Self.row(300, (80, "~ Các Phó Giám đốc Sở; | _"))
        line.words[5].confidence = 0.5
        let cleaned = OCRLayout.cleaned([line, Self.row(320, (80, "'V/v tổ chức")), Self.row(340, (80, "l"), confidence: 0.1)])
        #expect(cleaned.map(\.text) == ["- Các Phó Giám đốc Sở;", "V/v tổ chức"])
    }

    /// What a seal's ring or a signature's stroke leaves once read: no word, no number.
    @Test(arguments: [("ị ⁄ :", false), ("kˆ", false), ("Ê,", false), ("a ị", false), ("Cà", true), ("(7", true),
                      ("- Lưu: VT.", true), ("Nguyễn", true), ("5", true)])
    func aLineWithoutAWordOrANumberIsDirt(_ text: String, _ kept: Bool) {
        #expect(OCRLayout.cleaned([Self.row(300, (80, text))]).isEmpty == !kept)
    }

    @Test func aListDashStaysHoweverUnsureTesseractIs() {
        var line = Self.row(300, (80, "- Như trên;"))
        line.words[0].confidence = 0.1
        #expect(OCRLayout.cleaned([line]).map(\.text) == ["- Như trên;"])
    }

    @Test(arguments: [("(b/€);", "(b/c);"), ("(B/€)", "(B/c)"), ("(b/©);", "(b/c);"), ("BÁ€", "BÁC"), ("€100", "€100"), ("100€", "100€"), ("|Sở", "Sở"),
                      ("LÂẦM", "LÂM"), ("THUẬÁT", "THUẬT"), ("tiêến", "tiên"), ("KAAN", "KAAN"), ("Karate", "Karate")])
    func misreadMarksAreMended(_ word: String, _ mended: String) {
        #expect(OCRLayout.mended(word) == mended)
    }

    @Test func aThinMarkBeforeALineIsNoListDash() {
        var line = Self.row(95, (100, "- Số: 175/CT-UBND"))
        line.words[0].box.width = 1
        #expect(OCRLayout.cleaned([line]).map(\.text) == ["Số: 175/CT-UBND"])
    }

    @Test func eachCellLineComesFromTheSurerReading() {
        let row = [Self.row(50, (80, "ỦY BAN NHÂN DÂN TỈNHYÊN"), confidence: 0.8), Self.row(66, (130, "BÁI"), confidence: 0.97),
                   Self.row(84, (100, "Số: 164/KH-STTTT"))]
        let alone = [Self.row(51, (80, "ỦY BAN NHÂN DÂN TỈNH YÊN"), confidence: 0.93), Self.row(67, (130, "BÀI"), confidence: 0.6)]
        let cell = OCRLayout.cell(row, alone)
        #expect(cell.map(\.text) == ["ỦY BAN NHÂN DÂN TỈNH YÊN", "BÁI", "Số: 164/KH-STTTT"])
        #expect(cell.map(\.startsParagraph) == [true, false, false])
    }

    @Test func aReadingThatKeptTheListDashWinsWhenAsSure() {
        var dashed = Self.row(300, (80, "- Như trên;"))
        dashed.words[0].confidence = 0.4
        let bare = Self.row(300, (92, "Như trên;"), confidence: 0.955)
        #expect(OCRLayout.cell([bare], [dashed]).map(\.text) == ["- Như trên;"])
        #expect(OCRLayout.cell([dashed], [bare]).map(\.text) == ["- Như trên;"])
    }

    @Test func textPutsBlankLinesBetweenCellsAndParagraphs() {
        var body = [Self.row(200, (80, "Điều 1. Ban hành.")), Self.row(216, (80, "Điều 2. Thi hành."))]
        body[1].startsParagraph = true
        let text = OCRLayout.text([[Self.row(50, (80, "ỦY BAN"))], [Self.row(50, (300, "CỘNG HÒA"))], body])
        #expect(text == "ỦY BAN\n\nCỘNG HÒA\n\nĐiều 1. Ban hành.\n\nĐiều 2. Thi hành.")
    }

    @Test func confidenceWeighsWordsByLength() {
        let words = [OCRWord(text: "Nghị", box: OCRBox(x: 0, y: 0, width: 1, height: 1), confidence: 1),
                     OCRWord(text: "l", box: OCRBox(x: 0, y: 0, width: 1, height: 1), confidence: 0)]
        #expect(OCRLayout.confidence(words) == 0.8)
        #expect(OCRLayout.confidence([]) == 0)
    }
}
