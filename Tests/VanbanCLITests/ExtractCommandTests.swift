import Foundation
import Testing
import VanbanRecord

/// End-to-end: the `vanban` binary on files written by the test.
@Suite(.enabled(if: CLIRunner.binary != nil, "the vanban executable was not built"))
struct ExtractCommandTests {
    static let letter = """
    ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
    SỞ NỘI VỤ
    Số: 88/SNV-TĐKT
    V/v hướng dẫn khen thưởng năm 2024
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    Cao Bằng, ngày 09 tháng 12 năm 2024
    Kính gửi: Các sở, ban, ngành tỉnh.
    Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND tỉnh, Sở Nội vụ hướng dẫn như sau.
    Nơi nhận:
    - Như trên;
    - Lưu: VT.
    GIÁM ĐỐC
    Nông Văn Bằng
    """

    @Test func extractPrintsOneRecordPerFileInOrder() throws {
        let dir = try TemporaryFolder()
        let good = try dir.write("cv.txt", Data(Self.letter.utf8))
        let empty = try dir.write("empty.pdf", Data())
        let random = try dir.write("random.pdf", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }))
        let result = try CLIRunner.run(["extract", good, empty, random])
        #expect(result.status == 1)                      // one file failed
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let records = try lines.map { try Record(json: JSONValue.parse(String($0))) }
        #expect(records[0].source.file == "cv.txt")
        #expect(records[0].status == .ok)
        #expect(records[0].number?.raw == "88/SNV-TĐKT")
        #expect(records[0].type == "cong-van")
        #expect(records[0].date == "2024-12-09")
        #expect(records[0].source.sha256?.count == 64)
        #expect(records[1].status == .failed)
        #expect(records[1].error?.code == "empty")
        #expect(records[2].status == .failed)
        #expect(records[2].error?.code == "corrupt")
    }

    @Test func allOkExitsZero() throws {
        let dir = try TemporaryFolder()
        let good = try dir.write("cv.txt", Data(Self.letter.utf8))
        let result = try CLIRunner.run(["extract", good])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("{\"source\":"))
    }

    @Test func missingFileGivesFailedRecordNotCrash() throws {
        let result = try CLIRunner.run(["extract", "/nonexistent/vanban/x.pdf"])
        #expect(result.status == 1)
        let record = try Record(json: JSONValue.parse(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(record.error?.code == "unreadable")
    }

    @Test func tableFormatIsForPeople() throws {
        let dir = try TemporaryFolder()
        let good = try dir.write("cv.txt", Data(Self.letter.utf8))
        let result = try CLIRunner.run(["extract", "--format", "table", good])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("file"))
        #expect(result.stdout.contains("88/SNV-TĐKT"))
    }

    @Test func fileSizeCapGivesTooLarge() throws {
        let dir = try TemporaryFolder()
        let big = try dir.write("big.txt", Data(repeating: UInt8(ascii: "a"), count: 2 << 20))
        let result = try CLIRunner.run(["extract", "--max-file-size", "1", big])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\"code\":\"too-large\""))
    }

    @Test func helpStatesExitStatus() throws {
        let result = try CLIRunner.run(["extract", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Exit status"))
    }

    @Test func textCommandPrintsNormalisedText() throws {
        let dir = try TemporaryFolder()
        let file = try dir.write("nfd.txt", Data("Ho\u{0300}a Bi\u{0300}nh\r\n".utf8))
        let result = try CLIRunner.run(["text", file])
        #expect(result.status == 0)
        #expect(result.stdout == "Hòa Bình\n\n" || result.stdout == "Hòa Bình\n")
        let missing = try CLIRunner.run(["text", "/nonexistent/file.docx"])
        #expect(missing.status == 1)
        #expect(!missing.stderr.isEmpty)
    }
}
