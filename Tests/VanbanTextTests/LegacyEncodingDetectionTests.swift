import Foundation
import Testing
@testable import VanbanText

@Suite struct LegacyEncodingDetectionTests {
    typealias Encoding = LegacyVietnamese.Encoding

    @Test(arguments: Encoding.allCases)
    func detectsEachEncodingOfALetter(_ encoding: Encoding) throws {
        let bytes = try #require(LegacyVietnamese.encode(LegacyEncodingSamples.letter, as: encoding))
        #expect(LegacyVietnamese.detect(bytes) == encoding)
    }

    @Test(arguments: Encoding.allCases)
    func detectsTheLetterheadAlone(_ encoding: Encoding) throws {
        let bytes = try #require(LegacyVietnamese.encode("Cộng hòa xã hội chủ nghĩa Việt Nam", as: encoding))
        #expect(LegacyVietnamese.detect(bytes) == encoding)
    }

    @Test(arguments: Encoding.allCases)
    func detectsBodyTextWithoutLetterhead(_ encoding: Encoding) throws {
        let text = "Thực hiện Nghị quyết số 29-NQ/TW về đổi mới căn bản, toàn diện giáo dục và đào tạo, "
            + "Sở Giáo dục và Đào tạo đề nghị Quý cơ quan triển khai thực hiện một số nội dung sau."
        let bytes = try #require(LegacyVietnamese.encode(text, as: encoding))
        let assessment = bytes.withUnsafeBufferPointer(LegacyEncodingDetector.assess)
        #expect(assessment.encoding == encoding)
        #expect(assessment.candidates.first?.encoding == encoding)
        #expect((assessment.candidates.first?.ratio ?? 0) > 0.9)
    }

    @Test(arguments: [
        "Cộng hòa xã hội chủ nghĩa Việt Nam",        // Vietnamese in UTF-8
        "Số: 15/QĐ-UBND",
        "Plain ASCII, nothing to see.",
        "",
    ])
    func doesNotFireOnUTF8(_ text: String) {
        #expect(LegacyVietnamese.detect(Array(text.utf8)) == nil)
    }

    @Test(arguments: [
        "The café served a crème brûlée; the naïve señor read his résumé at the façade of the Müller hall.",
        "Voilà ce qu'il a dit à la réunion: « le projet sera livré à temps, déjà prévu pour l'été ».",
        "Straße, Übermaß, Größe und Bürgermeister — “quoted” – dashes…",
        "Prix: 25 € • 10 % • © 2024 ® ™ ¶ § ± ° µ ½ ¼",
    ])
    func doesNotFireOnWesternLatin1(_ text: String) throws {
        let bytes = try #require(text.data(using: .windowsCP1252))
        #expect(LegacyVietnamese.detect(bytes) == nil)
    }

    @Test func repairsTCVN3ReadAsLatin1() throws {
        let (text, encoding) = try #require(LegacyVietnamese.repair("Céng hoµ x· héi chñ nghÜa ViÖt Nam"))
        #expect(text == "Cộng hoà xã hội chủ nghĩa Việt Nam")
        #expect(encoding == .tcvn3)
    }

    /// TCVN3's "ư" is byte 0xAD: read as Latin-1 it is a soft hyphen, and some PDF fonts name the
    /// glyph "minus" (U+2212); either way, after a letter, it is "ư".
    @Test(arguments: ["\u{2212}", "\u{AD}"])
    func repairsTheHornedUReadAsAMinusOrASoftHyphen(_ mark: String) throws {
        let mangled = "Tr\(mark)êng ®¹i häc Vinh, n\(mark)íc Céng hoµ x· héi chñ nghÜa ViÖt Nam, 5 \u{2212} 3"
        let (text, encoding) = try #require(LegacyVietnamese.repair(mangled))
        #expect(encoding == .tcvn3)
        #expect(text == "Trường đại học Vinh, nước Cộng hoà xã hội chủ nghĩa Việt Nam, 5 \u{2212} 3")
    }

    @Test func repairsTCVN3ReadAsWindows1252KeepingOtherCharacters() throws {
        // “ ” are Windows-1252 bytes 0x93/0x94; the emoji and "→" have no byte and are kept.
        let mangled = "§éc lËp - Tù do - H¹nh phóc\nTê tr×nh “vÒ viÖc phª duyÖt” 🙂 → Së Néi vô"
        let (text, encoding) = try #require(LegacyVietnamese.repair(mangled))
        #expect(encoding == .tcvn3)
        #expect(text == "Độc lập - Tự do - Hạnh phúc\nTờ trình “về việc phê duyệt” 🙂 → Sở Nội vụ")
    }

    @Test func repairsVNIReadAsLatin1() throws {
        let (text, encoding) = try #require(LegacyVietnamese.repair("UÛY BAN NHAÂN DAÂN TÆNH SÔN LA\nCoäng hoøa xaõ hoäi chuû nghóa Vieät Nam"))
        #expect(encoding == .vni)
        #expect(text == "ỦY BAN NHÂN DÂN TỈNH SƠN LA\nCộng hòa xã hội chủ nghĩa Việt Nam")
    }

    @Test(arguments: [
        "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Kính gửi: các phòng, ban.",
        "Hoà bình, khoá học, thuỷ lợi, uỷ ban: old tone placement is Vietnamese too.",
        "The café served a crème brûlée at the façade.",
        "No accents at all.",
    ])
    func leavesGoodTextAlone(_ text: String) {
        #expect(LegacyVietnamese.repair(text) == nil)
    }

    @Test(arguments: [
        ("tỉnh", true), ("Nghĩa", true), ("người", true), ("quyết", true), ("giữa", true), ("gìn", true),
        ("khuya", true), ("thuở", true), ("hoà", true), ("uỷ", true), ("được", true), ("Đảng", true),
        ("NGHIÊNG", true), ("yên", true), ("ấy", true), ("xaõ", true), ("kẻng", true), ("ghế", true), ("Kạn", true),
        ("mát", true), ("mat", false), ("mạt", true), ("mảt", false),   // stops take only sắc or nặng
        ("café", false), ("résumé", false), ("crème", false), ("naïve", false), ("façade", false),
        ("hoứa", false), ("ngµy", false), ("Céng", false), ("xaừ", false), ("ghà", false), ("nghá", false), ("ngế", false), ("cì", false), ("SGDĐT", false), ("áà", false),
    ])
    func syllables(_ word: String, _ valid: Bool) {
        let scalars = word.unicodeScalars.map(\.value)
        #expect(scalars.withUnsafeBufferPointer(VietnameseSyllable.isValid) == valid, "\(word)")
    }

    @Test func tcvn3CapitalsComeBackOnlyWhereTheWordsShowThem() throws {
        let cases = [
            ("ñY BAN NH¢N D¢N TØNH Y£N B¸I", "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI"),
            ("Tê TR×NH", "TỜ TRÌNH"),
            ("Sè: 15/Q§-UBND", "Số: 15/QĐ-UBND"),
            ("Sè:", "Số:"),
            ("KÝnh göi: ñy ban nh©n d©n tØnh", "Kính gửi: ủy ban nhân dân tỉnh"),
            ("Tr×nh Së GI¸O DôC", "Trình Sở GIÁO DỤC"),
        ]
        for (latin1, expected) in cases {
            #expect(LegacyVietnamese.decode(LegacyEncodingTableTests.latin1(latin1), as: .tcvn3) == expected)
        }
    }
}
