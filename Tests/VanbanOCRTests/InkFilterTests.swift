import Testing
import VanbanOCR

@Suite("Coloured ink dropped before OCR")
struct InkFilterTests {
    /// (red, green, blue, grey at most, grey at least): what each kind of ink on a colour scan becomes.
    @Test(arguments: [
        (0, 0, 0, 0, 0),            // black print
        (255, 255, 255, 255, 255),  // paper
        (60, 60, 60, 60, 60),       // grey print
        (20, 20, 60, 40, 0),        // blue-black print: little colour, kept as ink
        (30, 12, 14, 40, 0),        // black text printed over a red seal
        (210, 40, 50, 255, 250),    // the seal's red
        (230, 90, 100, 255, 250),   // a pale red receive stamp
        (40, 50, 140, 255, 225),    // blue ballpoint
        (110, 60, 150, 255, 225),   // purple stamp ink
        (238, 228, 200, 255, 200),  // yellowed paper stays paper
    ])
    func colouredInkBecomesPaper(_ red: Int, _ green: Int, _ blue: Int, _ most: Int, _ least: Int) {
        let grey = Int(InkFilter.dropColoured.grey(red: UInt32(red), green: UInt32(green), blue: UInt32(blue)))
        #expect((least...most).contains(grey), "(\(red), \(green), \(blue)) → \(grey)")
    }

    @Test func keepingAllInkIsPlainLuma() {
        #expect(InkFilter.keepAll.grey(red: 255, green: 0, blue: 0) == 76)
        #expect(InkFilter.keepAll.grey(red: 0, green: 0, blue: 255) == 28)
        #expect(InkFilter.keepAll.grey(red: 128, green: 128, blue: 128) == 128)
    }

    @Test func theBlendIsMonotonousInColour() {
        // From grey to red by small steps: the grey level never jumps back darker.
        var last = -1
        for step in 0...60 {
            let red = UInt32(120 + step * 2), other = UInt32(120 - step)
            let grey = Int(InkFilter.dropColoured.grey(red: red, green: other, blue: other))
            #expect(grey >= last - 1, "step \(step): \(grey) after \(last)")
            last = grey
        }
    }
}

@Suite("OCR of a page under a red seal")
struct SealedPageOCRTests {
    /// A signer's block with the body's red seal stamped over its left half, as it is on paper.
    static let sealed = LetterPDF.make([[
        LetterPDF.Line(text: "Nơi nhận:", x: 70, y: 140, size: 11, bold: true),
        LetterPDF.Line(text: "- Như Điều 3;", x: 70, y: 156, size: 10),
        LetterPDF.Line(text: "TM. ỦY BAN NHÂN DÂN", x: 420, y: 140, bold: true, centred: true),
        LetterPDF.Line(text: "KT. CHỦ TỊCH", x: 420, y: 158, bold: true, centred: true),
        LetterPDF.Line(text: "PHÓ CHỦ TỊCH", x: 420, y: 176, bold: true, centred: true),
        LetterPDF.Line(text: "Nguyễn Hữu Đông", x: 420, y: 250, bold: true, centred: true),
    ]], seals: [0: [LetterPDF.Seal(x: 385, y: 195, radius: 62)]])

    static func read(_ ink: InkFilter) throws -> [String] {
        var engine = try OCREngine(language: "vie", dpi: 300)
        engine.ink = ink
        let page = try LetterPDF.withDocument(sealed) { document in
            try #require(engine.recognize(pages: [0], of: document, threads: 1).first).get()
        }
        return ScannedLetterOCRTests.lines(page.text).split(separator: "\n").map(String.init)
    }

    @Test func theSignerUnderTheSealIsReadOnceItsRedIsDropped() throws {
        let lines = try Self.read(.dropColoured)
        #expect(lines.contains("KT. CHỦ TỊCH"))
        #expect(lines.contains("PHÓ CHỦ TỊCH"))
        #expect(lines.contains("Nguyễn Hữu Đông"))
        // Nothing of the seal's ring is left: every line read is one of the page's.
        let printed = ["Nơi nhận:", "- Như Điều 3;", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hữu Đông"]
        #expect(lines.filter { !$0.isEmpty }.allSatisfy { line in printed.contains { $0.hasPrefix(line) || line.hasPrefix($0) } },
                "\(lines)")
    }
}
