import Testing
import VanbanRecord
@testable import VanbanRules

/// Inputs that once made the rules trap (found by reading and by the fuzz targets in Fuzz/):
/// every one must come through `DocumentAnalyzer` without a trap.
@Suite struct UntrustedInputTests {
    private func analyze(_ text: String) -> Record {
        var record = Record(source: Source(file: "x.txt", path: "x.txt"))
        DocumentAnalyzer().analyze(VietnameseText.normalize(text), into: &record)
        return record
    }

    /// A heading label alone on its line ("Chương 1", "Điều 5.") has empty content at its line's
    /// end; the content used to start on the next line, past the paragraph's end.
    @Test(arguments: [
        "A\nChương 1\nB\n",
        "QUY CHẾ\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n",
        "Điều 5.\nQuy định chuyển tiếp về chỉ tiêu biên chế năm 2025.\n",
        "Điều 12:\n\nCác chỉ tiêu chủ yếu:\n- Đạt 95% kế hoạch.\n",
        "Phần II\n\n\nMục tiêu phấn đấu 30 xã\n",
        "Điều\n5. Giao chỉ tiêu 20 hộ\n",
        "Chương 2 **\n**Chỉ tiêu**",
    ])
    func labelAloneOnItsLine(_ text: String) {
        _ = analyze(text)
        let t = ScalarText(VietnameseText.normalize(text))
        for p in LogicalParagraphs(t).paragraphs {
            #expect(p.range.lowerBound <= p.contentStart && p.contentStart <= p.range.upperBound)
        }
    }

    private static let oneLineHead = "UBND TỈNH X CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y TẾ Độc lập - Tự do - Hạnh phúc "
        + "Số : 1 /SYT-VP A, ngày 1 tháng 1 năm 2020 V/v a Kính gửi: - B; - C. "

    /// A letter run onto one line is read again by its anchors, however long its body.
    @Test(arguments: [300, 5_000])
    func oneLineLetter(_ filler: Int) {
        let record = analyze(Self.oneLineHead + String(repeating: "Nội dung ngày 5 tháng. ", count: filler / 20))
        #expect(record.number?.raw == "1/SYT-VP")
        #expect(record.date == "2020-01-01")
    }

    /// A line longer than any letter is left as it is, not run through the regular expressions.
    @Test func aLineLongerThanALetterIsLeftAlone() {
        let text = Self.oneLineHead + String(repeating: "Nội dung ngày 5 tháng. ", count: 12_000)
        #expect(FlatLetter.unflattened(VietnameseText.normalize(text)) == nil)
        _ = analyze(text)
    }

    @Test func markerContentStaysOnItsLine() {
        let t = ScalarText("Chương 1\nB")
        let marker = ListMarker.read(t, at: 0, lineEnd: 8)
        #expect(marker?.kind == .chapter)
        #expect(marker?.contentStart == 8)
        let article = ListMarker.read(ScalarText("Điều 5. \nNội dung"), at: 0, lineEnd: 7)
        #expect(article?.kind == .article)
        #expect(article?.contentStart == 7)
    }
}
