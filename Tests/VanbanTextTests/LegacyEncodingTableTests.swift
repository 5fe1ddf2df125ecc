import Foundation
import Testing
@testable import VanbanText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The code tables, checked against outside truth: the letterhead phrases as the docs print
/// them in Latin-1, hand-typed byte strings, the C library's iconv where it has the encoding,
/// and the round trip of all 134 letters.
@Suite struct LegacyEncodingTableTests {
    typealias Encoding = LegacyVietnamese.Encoding

    /// Bytes of a string of Latin-1 characters (how legacy text looks in a Latin-1 viewer).
    static func latin1(_ s: String) -> [UInt8] { s.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } }

    @Test func alphabetHas134Letters() {
        let letters = VietnameseAlphabet.nonASCIILetters
        #expect(letters.count == 134)
        #expect(Set(letters).count == 134)
        for row in VietnameseAlphabet.rows { #expect(row.unicodeScalars.count == 6, "\(row)") }
        #expect(letters.allSatisfy { $0 >= 0x80 })
    }

    @Test(arguments: [
        (Encoding.tcvn3, "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        (.tcvn3, "§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
        (.tcvn3, "CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (.tcvn3, "§¶NG CéNG S¶N VIÖT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
        (.tcvn3, "Yªn B¸i, ngµy 17 th¸ng 6 n¨m 2023", "Yên Bái, ngày 17 tháng 6 năm 2023"),
        (.tcvn3, "Sè: 209/TTr-SGD§T", "Số: 209/TTr-SGDĐT"),
        (.tcvn3, "N¬i nhËn:", "Nơi nhận:"),
        (.vni, "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        (.vni, "Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
        (.vni, "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (.vni, "UÛY BAN NHAÂN DAÂN TÆNH SÔN LA", "ỦY BAN NHÂN DÂN TỈNH SƠN LA"),
        (.vni, "Nôi nhaän: Ngöôøi kyù; quyeát ñònh; khoûe; thuûy", "Nơi nhận: Người ký; quyết định; khỏe; thủy"),
    ])
    func letterheadPhrasesDecode(_ encoding: Encoding, _ latin1Text: String, _ expected: String) {
        #expect(LegacyVietnamese.decode(Self.latin1(latin1Text), as: encoding) == expected)
    }

    @Test func visciiAndCP1258BytesDecode() {
        // VISCII (RFC 1456): Việt = V i 0xAE t, Đ = 0xD0, ộ = 0xB5, ư = 0xDF, ờ = 0xB6, Ở = 0x97.
        #expect(LegacyVietnamese.decode([0x56, 0x69, 0xAE, 0x74, 0x20, 0xD0, 0xB5, 0x63, 0x20, 0x6E, 0x67, 0xDF, 0xB6, 0x69, 0x20, 0x97],
                                        as: .viscii) == "Việt Độc người Ở")
        // CP1258: ê 0xEA + dot below 0xF2; ơ 0xF5 + grave 0xCC; đ 0xF0; Ư 0xDD + tilde 0xDE.
        #expect(LegacyVietnamese.decode([0x56, 0x69, 0xEA, 0xF2, 0x74, 0x20, 0x6E, 0x67, 0xFD, 0xF5, 0xCC, 0x69, 0x20, 0xF0, 0x20, 0xDD, 0xDE],
                                        as: .cp1258) == "Việt người đ Ữ")
    }

    @Test func tcvn3ReadsVN1CapitalsAndMarksButKeepsWindowsPunctuation() {
        #expect(LegacyVietnamese.decode([0xC0, 0xFF, 0xDA], as: .tcvn3) == "ẮỐẾ")
        #expect(LegacyVietnamese.decode([0x61, 0xB3, 0x20, 0xAB, 0xB4], as: .tcvn3) == "á ộ")
        #expect(LegacyVietnamese.decode([0x93, 0x74, 0xD4, 0x94, 0x20, 0x96], as: .tcvn3) == "“tễ” –")
    }

    /// Every letter the encoding has, encoded with the table and decoded back.
    @Test(arguments: Encoding.allCases)
    func roundTripOfAllLetters(_ encoding: Encoding) throws {
        var checked = 0
        for letter in VietnameseAlphabet.nonASCIILetters {
            let text = String(Unicode.Scalar(letter)!)
            let bytes = try #require(LegacyVietnamese.encode(text, as: encoding), "\(text)")
            let back = LegacyVietnamese.decode(bytes, as: encoding)
            if encoding == .tcvn3, VietnameseAlphabet.locate(letter)!.upper, bytes.count == 1, bytes[0] >= 0xA8 {
                // A capital TCVN3 (VN3) has no code for: written with the lower-case code.
                #expect(back == text.lowercased(), "\(text)")
            } else {
                #expect(back == text, "\(encoding) \(text) -> \(bytes)")
                checked += 1
            }
        }
        #expect(checked == (encoding == .tcvn3 ? 67 + 7 : 134))
    }

    @Test(arguments: Encoding.allCases)
    func roundTripOfLetterLines(_ encoding: Encoding) throws {
        for line in LegacyEncodingSamples.letterLines {
            let bytes = try #require(LegacyVietnamese.encode(line, as: encoding))
            #expect(LegacyVietnamese.decode(bytes, as: encoding) == line, "\(encoding): \(line)")
        }
    }

    @Test func encodeRefusesWhatTheEncodingLacks() {
        #expect(LegacyVietnamese.encode("Ωmega", as: .tcvn3) == nil)
        #expect(LegacyVietnamese.encode("日本", as: .viscii) == nil)
        #expect(LegacyVietnamese.encode("ñ", as: .vni) == nil)
    }

    /// The tables agree with the C library's iconv for the codes both define.
    /// The encodings compared, those the C library's iconv knows (none: the test is skipped).
    static let iconvEncodings = [(Encoding.tcvn3, "TCVN5712-1"), (.viscii, "VISCII"), (.cp1258, "CP1258")]
        .filter { iconvTable($0.1) != nil }

    @Test(.enabled(if: !iconvEncodings.isEmpty, "iconv knows none of TCVN5712-1, VISCII, CP1258"), arguments: iconvEncodings)
    func tablesAgreeWithIconv(_ encoding: Encoding, _ iconvName: String) throws {
        let reference = try #require(Self.iconvTable(iconvName))
        let ours: [UInt32] = switch encoding {
        case .tcvn3: TCVN3Table.decodeTable
        case .viscii: VISCIITable.decodeTable
        default: CP1258Table.decodeTable
        }
        var compared = 0
        for byte in 0..<256 {
            guard let theirs = reference[byte] else { continue }
            // TCVN3 here reads control codes and 0x80–0x9F as Windows does, not as VN1 capitals.
            if encoding == .tcvn3, byte < 0xA0 { continue }
            #expect(ours[byte] == theirs, "\(encoding) 0x\(String(byte, radix: 16)): ours U+\(String(ours[byte], radix: 16)) iconv U+\(String(theirs, radix: 16))")
            compared += 1
        }
        #expect(compared >= 96)
    }

    /// The scalar iconv gives for each byte alone (nil where it gives none), or nil without iconv.
    static func iconvTable(_ name: String) -> [UInt32?]? {
        let cd = iconv_open("UTF-32LE", name)
        guard let cd, Int(bitPattern: cd) != -1 else { return nil }
        defer { iconv_close(cd) }
        return (0..<256).map { byte -> UInt32? in
            var input: [CChar] = [CChar(bitPattern: UInt8(byte))]
            var output = [UInt8](repeating: 0, count: 16)
            iconv(cd, nil, nil, nil, nil)
            let produced: Int = input.withUnsafeMutableBufferPointer { inBuf in
                output.withUnsafeMutableBufferPointer { outBuf in
                    var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                    var inLeft = 1
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var outLeft = 16
                    if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 { return -1 }
                    if iconv(cd, nil, nil, &outPtr, &outLeft) == -1 { return -1 }
                    return 16 - outLeft
                }
            }
            guard produced == 4 else { return nil }
            return UInt32(output[0]) | UInt32(output[1]) << 8 | UInt32(output[2]) << 16 | UInt32(output[3]) << 24
        }
    }
}
