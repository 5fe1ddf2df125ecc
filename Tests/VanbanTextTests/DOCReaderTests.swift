import Foundation
import Testing
@testable import VanbanText

/// Word 97–2003 `.doc` files: two of our sample letters converted once by LibreOffice
/// (scripts/make-doc-fixtures.sh), and damaged copies of them made here.
@Suite struct DOCReaderTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/doc")
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples")

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    private func text(_ data: Data) throws -> DocumentText {
        try TextExtractor(limits: .standard, ocr: .off).extract(data, fileExtension: "doc")
    }

    @Test(arguments: ["vb-0001-cong-van", "vb-0002-ke-hoach"])
    func aDocReadsAsItsDOCX(_ name: String) throws {
        let doc = try text(try Self.fixture(name + ".doc"))
        let docx = try TextExtractor(limits: .standard, ocr: .off)
            .extract(try Data(contentsOf: Self.samples.appendingPathComponent(name + ".docx")), fileExtension: "docx")
        #expect(doc.format == .doc)
        #expect(doc.body == docx.body)
    }

    @Test func theHeaderTableComesOutACellAtATime() throws {
        let body = try text(try Self.fixture("vb-0001-cong-van.doc")).body
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let motto = try #require(lines.firstIndex { $0.hasPrefix("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") })
        let number = try #require(lines.firstIndex { $0.hasPrefix("Số:") })
        // The left cell (issuer, number) ends before the right one (motto, date) begins.
        #expect(number < motto)
        #expect(lines[motto - 1].isEmpty)
    }

    @Test func aTrackedDeletionIsLeftOut() throws {
        // The sample plan carries a deleted "Công văn số 126/UBND-VX ngày 14/4/2022; " (a DOCX trap).
        let body = try text(try Self.fixture("vb-0002-ke-hoach.doc")).body
        #expect(!body.contains("126/UBND-VX"))
        #expect(body.contains("Bám sát nội dung Luật sửa đổi"))
    }

    /// The fixture's bytes with the FIB's 16-bit field at `offset` set to `value`.
    private func patchedFIB(_ name: String, offset: Int, _ transform: (UInt16) -> UInt16) throws -> Data {
        var bytes = [UInt8](try Self.fixture(name))
        let at = try #require(bytes.indices.first { bytes[$0] == 0xEC && $0 + 1 < bytes.count && bytes[$0 + 1] == 0xA5 })
        let old = UInt16(bytes[at + offset]) | UInt16(bytes[at + offset + 1]) << 8
        let new = transform(old)
        bytes[at + offset] = UInt8(new & 0xFF)
        bytes[at + offset + 1] = UInt8(new >> 8)
        return Data(bytes)
    }

    @Test func anEncryptedDocFailsEncrypted() throws {
        let data = try patchedFIB("vb-0001-cong-van.doc", offset: 0x0A) { $0 | 0x0100 }
        #expect(throws: TextExtractionError.self) { try text(data) }
        do { _ = try text(data) } catch let error as TextExtractionError { #expect(error.code == .encrypted) }
    }

    @Test func aWord95FileFailsUnsupportedWithAClearMessage() throws {
        let data = try patchedFIB("vb-0001-cong-van.doc", offset: 2) { _ in 0x0065 }
        do {
            _ = try text(data)
            Issue.record("a Word 95 file was read")
        } catch let error as TextExtractionError {
            #expect(error.code == .unsupported)
            #expect(error.message.contains("Word 6/95"))
        }
    }

    @Test func truncatedAndRandomContainersFailWithACode() throws {
        let whole = try Self.fixture("vb-0001-cong-van.doc")
        var noise = [UInt8](repeating: 0, count: 8192)
        var state: UInt32 = 7
        for i in noise.indices { state = state &* 1_103_515_245 &+ 12345; noise[i] = UInt8(truncatingIfNeeded: state >> 16) }
        let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        for data in [whole.prefix(600), whole.prefix(5000), whole.prefix(whole.count / 2), Data(oleMagic + noise)] {
            do {
                _ = try text(Data(data))
            } catch let error as TextExtractionError {
                #expect([.corrupt, .noText, .unsupported].contains(error.code), "\(error)")
            }
        }
    }

    @Test func aPieceTableThatPointsOutsideTheStreamIsCorrupt() throws {
        // Two pieces whose character ranges are fine but whose second offset lies far past the stream.
        var clx: [UInt8] = [0x02]
        let cps: [UInt32] = [0, 10, 20]
        var plc: [UInt8] = cps.flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
        for fc in [UInt32(0x4000_0000 | 2048), UInt32(0x4000_0000 | 0x3FFF_0000)] {
            plc += [0, 0] + (0..<4).map { UInt8(truncatingIfNeeded: fc >> (8 * $0)) } + [0, 0]
        }
        clx += (0..<4).map { UInt8(truncatingIfNeeded: UInt32(plc.count) >> (8 * $0)) } + plc
        let table = try PieceTable(clx: clx[...])
        #expect(table.pieces.count == 2 && table.pieces[0].compressed && table.pieces[0].offset == 1024)
        #expect(throws: TextExtractionError.self) {
            try DOCTextExtractor.characters([UInt8](repeating: 0x41, count: 2000), table, total: 20, limit: 1000)
        }
    }

    @Test(arguments: [
        ([0x41, 0x0D, 0x42, 0x07, 0x43], "A\nB\n\nC"),
        ([0x13, 0x50, 0x41, 0x47, 0x45, 0x14, 0x33, 0x15, 0x0D], "3"),           // PAGE field: its result
        ([0x13, 0x13, 0x58, 0x15, 0x59, 0x14, 0x35, 0x15], "5"),                 // a nested field in the instruction
        ([0x61, 0x1E, 0x62, 0x1F, 0x63, 0x0B, 0x64], "a-bc\nd"),
        ([0x61, 0xFFFF, 0xFFFF, 0x62], "ab"),                                      // deleted characters
        ([0x53, 0x1EDF, 0x09, 0x43, 0x1ED8, 0x4E, 0x47], "Sở\tCỘNG"),                // a tab between two columns
    ] as [([UInt16], String)])
    func controlCharacters(_ units: [UInt16], _ expected: String) {
        #expect(WordBinaryText.render(units[...]) == expected)
    }

    @Test(arguments: [
        ([0x00, 0x08, 0x01], true), ([0x00, 0x08, 0x81], true), ([0x00, 0x08, 0x00], false),
        ([0x01, 0x08, 0x01], false),                       // sprmCFRMarkIns: inserted, kept
        ([0x35, 0x08, 0x01, 0x00, 0x08, 0x01], true),      // after another toggle
        ([0x00, 0x08], false),                             // truncated
    ] as [([UInt8], Bool)])
    func deletionMarks(_ sprms: [UInt8], _ deleted: Bool) {
        #expect(CharacterRuns.marksDeleted(sprms[...]) == deleted)
    }
}

/// A letter typed in TCVN3 with the ABC fonts: decoded by its fonts, the capital face
/// (.VnTimeH) giving capitals, and "ư" (0xAD, which Word keeps as an optional hyphen) kept.
@Suite struct DOCLegacyFontTests {
    @Test func aTCVN3LetterReadsAsTheUnicodeOne() throws {
        let doc = try TextExtractor(limits: .standard, ocr: .off)
            .extract(try DOCReaderTests.fixture("vb-0001-tcvn3.doc"), fileExtension: "doc")
        #expect(doc.legacyEncoding == "TCVN3")
        let lines = doc.body.split(separator: "\n").map(String.init)
        #expect(lines.prefix(3) == ["ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: 11/STNMT-TNN"])
        #expect(lines.contains("V/v tổ chức kiểm tra công tác thi đua, khen thưởng năm 2023"))
        #expect(lines.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(lines.contains("Nghệ An, ngày 27 tháng 2 năm 2023"))
    }

    /// The same letter as DOCX, its runs in `w:rFonts` .VnTime / .VnTimeH (and "ư" as
    /// `w:softHyphen`, as LibreOffice writes it): the same text as the .doc.
    @Test func aTCVN3DOCXReadsAsTheTCVN3Doc() throws {
        let extractor = TextExtractor(limits: .standard, ocr: .off)
        let docx = try extractor.extract(try DOCReaderTests.fixture("vb-0001-tcvn3.docx"), fileExtension: "docx")
        let doc = try extractor.extract(try DOCReaderTests.fixture("vb-0001-tcvn3.doc"), fileExtension: "doc")
        #expect(docx.body == doc.body)
        #expect(docx.legacyEncoding == "TCVN3")
        #expect(docx.body.contains("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"))
    }

    @Test(arguments: [
        (".VnTime", LegacyFonts.Reading(encoding: .tcvn3, capitals: false)),
        (".VnTimeH", LegacyFonts.Reading(encoding: .tcvn3, capitals: true)),
        (".VnArial NarrowH", LegacyFonts.Reading(encoding: .tcvn3, capitals: true)),
        ("VNI-Times", LegacyFonts.Reading(encoding: .vni, capitals: false)),
        ("Times New Roman", nil), ("Arial", nil), ("VnTime", nil),
    ] as [(String, LegacyFonts.Reading?)])
    func fontNames(_ font: String, _ reading: LegacyFonts.Reading?) {
        #expect(LegacyFonts.reading(font) == reading)
    }

    /// Headings in .VnTimeH, the body in a font whose name says nothing but typed in TCVN3: the
    /// headings decoded once by their font, the body by the guess, neither twice.
    @Test func undeclaredRunsAreGuessedAndDeclaredOnesAreNotReadTwice() {
        let capitals = LegacyFonts.Reading(encoding: .tcvn3, capitals: true)
        let heading = "®¸nh gi¸ chÊt l\u{AD}îng", body = "LÖ Thuû, ngµy 29 th¸ng 11 n¨m 2011. Céng hoµ x· héi chñ nghÜa ViÖt Nam"
        let units = Array(heading.utf16) + [0x0D] + Array(body.utf16)
        let readings = Array(repeating: capitals, count: heading.utf16.count) + [capitals]
            + Array(repeating: nil as LegacyFonts.Reading?, count: body.utf16.count)
        let decoded = LegacyRuns.decode(units[...], readings[...])
        #expect(String(decoding: decoded.units, as: UTF16.self)
            == "ĐÁNH GIÁ CHẤT LƯỢNG\rLệ Thuỷ, ngày 29 tháng 11 năm 2011. Cộng hoà xã hội chủ nghĩa Việt Nam")
        #expect(decoded.encoding == .tcvn3)
    }

    @Test func legacyRunsStopAtControlCharacters() {
        let tcvn3 = LegacyFonts.Reading(encoding: .tcvn3, capitals: false)
        // "Sè" (Số) then a paragraph mark, then "®" (đ) in another run.
        let units: [UInt16] = [0x53, 0xE8, 0x0D, 0xAE]
        let decoded = LegacyRuns.decode(units[...], [tcvn3, tcvn3, tcvn3, tcvn3][...])
        #expect(String(decoding: decoded.units, as: UTF16.self) == "Số\rđ")
        #expect(decoded.encoding == .tcvn3)
    }
}

/// Twenty damaged Word files made from a good one: truncated, a looping or broken sector
/// chain, a huge sector count, a piece table pointing anywhere, an encrypted flag. Each gives a
/// failed record with a code or some text, in bounded time and memory.
@Suite struct HostileDOCTests {
    /// The OLE2 header's 512 bytes and the sector size it gives.
    static let good = [UInt8]((try? DOCReaderTests.fixture("vb-0001-cong-van.doc")) ?? Data())

    static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

    static func setting(_ bytes: [UInt8], at offset: Int, _ value: [UInt8]) -> [UInt8] {
        var out = bytes
        guard offset >= 0, offset + value.count <= out.count else { return out }
        out.replaceSubrange(offset..<(offset + value.count), with: value)
        return out
    }

    /// The FIB's offset (the WordDocument stream's first bytes).
    static var fib: Int { good.indices.first { good[$0] == 0xEC && good[$0 + 1] == 0xA5 } ?? 0 }

    static let mutants: [(String, [UInt8])] = {
        let g = good
        let f = fib
        // The first FAT sector: its number is at 0x4C in the header; sector n starts at (n + 1) * 512.
        let fatSector = Int(WordBinaryHeader.u32(g, 0x4C))
        let fat = (fatSector + 1) * 512
        let firstDirectory = Int(WordBinaryHeader.u32(g, 0x30))
        return [
            ("header only", Array(g.prefix(512))),
            ("cut at 1 KB", Array(g.prefix(1024))),
            ("cut at 3 KB", Array(g.prefix(3072))),
            ("cut before the end", Array(g.dropLast(700))),
            ("a FAT chain that loops on itself", setting(g, at: fat + 4 * firstDirectory, le32(UInt32(firstDirectory)))),
            ("every FAT entry pointing to 0", setting(g, at: fat, [UInt8](repeating: 0, count: 512))),
            ("FAT entries past the end", setting(g, at: fat, (0..<128).flatMap { _ in le32(0x7FFF_FFF0) })),
            ("a huge FAT sector count", setting(g, at: 0x2C, le32(0x7FFF_FFFF))),
            ("a huge sector shift", setting(g, at: 0x1E, [0x1F, 0x00])),
            ("the directory sector out of the file", setting(g, at: 0x30, le32(0x00FF_FFFF))),
            ("a mini-stream cutoff of 0", setting(g, at: 0x38, le32(0))),
            ("the piece table's offset far away", setting(g, at: f + 154 + 33 * 8, le32(0x7FFF_0000))),
            ("the piece table's length huge", setting(g, at: f + 154 + 33 * 8 + 4, le32(0x7FFF_FFFF))),
            ("the piece table's length 0", setting(g, at: f + 154 + 33 * 8 + 4, le32(0))),
            ("a text length of two billion", setting(g, at: f + 0x4C, le32(0x7FFF_FFFF))),
            ("a negative text length", setting(g, at: f + 0x4C, le32(0xFFFF_FFF0))),
            ("encrypted", setting(g, at: f + 0x0A, [g[f + 0x0A], g[f + 0x0B] | 0x01])),
            ("a Word 95 FIB", setting(g, at: f + 2, [0x65, 0x00])),
            ("no FIB magic", setting(g, at: f, [0, 0])),
            ("noise after the OLE2 magic", Array(g.prefix(8)) + (0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }),
        ]
    }()

    @Test(.enabled(if: !good.isEmpty, "no .doc fixture"), .timeLimit(.minutes(1)))
    func everyDamagedFileGivesAnOutcome() {
        #expect(Self.mutants.count == 20)
        for (what, bytes) in Self.mutants {
            do {
                let text = try TextExtractor(limits: .standard, ocr: .off).extract(Data(bytes), fileExtension: "doc")
                #expect(text.format == .doc, "\(what)")
            } catch let error as TextExtractionError {
                #expect([.corrupt, .encrypted, .unsupported, .tooLarge, .noText].contains(error.code), "\(what): \(error)")
            } catch {
                Issue.record("\(what): \(error)")
            }
        }
    }
}

/// List labels of .doc paragraphs, from the list tables (PlfLst, PlfLfo) and each paragraph's
/// sprmPIlfo / sprmPIlvl: the plan whose headings and items are Word lists ("I.", "1.", "a)", "-"),
/// as DOCX (our own, scripts/fixtures/list_docx.py) and as LibreOffice's .doc of it.
@Suite struct DOCListLabelTests {
    @Test func listLabelsReadAsInTheDOCX() throws {
        let (doc, docx) = try DOCReaderTests.twins("vb-0002-lists")
        #expect(doc.body == docx.body)
        let lines = doc.body.split(separator: "\n").map(String.init)
        for line in ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) Nâng cao chất lượng dịch vụ, quảng bá hình ảnh du lịch của tỉnh.",
                     "2. Yêu cầu", "II. MỤC TIÊU, CHỈ TIÊU", "- Công nhận 18 điểm du lịch cộng đồng;",
                     "1. Tăng cường quản lý nhà nước về du lịch, bảo đảm môi trường du lịch an toàn, thân thiện",
                     "V. TỔ CHỨC THỰC HIỆN", "- Lưu: VT, TH."] {
            #expect(lines.contains(line), "\(line)")
        }
    }

    /// Forged list tables (counts past the stream, a template longer than the table, no LVLs)
    /// give fewer labels, never a crash or unbounded work.
    @Test(arguments: [
        ("a list count past the table", [0xFF, 0x7F] + [UInt8](repeating: 0, count: 40)),
        ("a negative list count", [0x00, 0x80] + [UInt8](repeating: 0, count: 40)),
        ("one list, no levels", [0x01, 0x00] + [UInt8](repeating: 0, count: 28)),
        ("a level whose template runs past the table",
         [0x01, 0x00] + [UInt8](repeating: 0, count: 26) + [0x01, 0x00] + [UInt8](repeating: 0, count: 28) + [0xFF, 0x7F]),
    ] as [(String, [UInt8])])
    func forgedListTablesGiveNoLists(_ name: String, _ table: [UInt8]) {
        let overrides = [UInt8](repeating: 0xFF, count: 8)
        let definitions = WordLists.definitions(table + overrides, lists: 0..<table.count,
                                                overrides: table.count..<(table.count + overrides.count))
        #expect(definitions.instances.isEmpty, "\(name)")
    }
}

extension DOCReaderTests {
    /// The text of a fixture's `.doc` and of the DOCX it was made from.
    static func twins(_ name: String) throws -> (doc: DocumentText, docx: DocumentText) {
        let extractor = TextExtractor(limits: .standard, ocr: .off)
        return (try extractor.extract(try fixture(name + ".doc"), fileExtension: "doc"),
                try extractor.extract(try fixture(name + ".docx"), fileExtension: "docx"))
    }
}
