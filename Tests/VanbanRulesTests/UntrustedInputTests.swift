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
