import Foundation
import GRDB
import Testing
import VanbanTestSupport
import VanbanRecord

/// `vanban chain`, `check` and `resolve` as people run them, and `ingest` resolving as it
/// goes. Skipped when no `vanban` binary was built next to the tests.
@Suite(.enabled(if: VanbanBinary.path != nil, "no vanban binary next to the tests"))
struct CommandLineTests {
    typealias F = GraphFixture
    let f: GraphFixture
    let db: String
    let directive: Int64, letter: Int64

    init() throws {
        f = try GraphFixture()
        db = f.archive.path
        directive = try f.store(F.document("seed-002", type: "chi-thi", subject: "Phát động phong trào thi đua năm 2023",
                                           issuer: "Ủy ban nhân dân tỉnh Sơn La"))
        letter = try f.store(F.document("seed-000", type: "cong-van", date: "2023-01-18", citations: [
            F.cite("chi-thi", "01/CT-UBND", date: "2023-01-03", issuer: "UBND tỉnh Sơn La",
                   subject: "phát động phong trào thi đua năm 2023", offsets: [120]),
            F.cite("chi-thi", "34-CT/TW", date: "2014-04-07", relation: "mentions", offsets: [800]),
        ]))
        try f.store(F.document("seed-004", type: "ke-hoach", citations: [
            F.cite("chi-thi", "01/CT-UBND", date: "2025-01-01", issuer: "UBND tỉnh Sơn La",
                   subject: "phát động phong trào thi đua năm 2025"),
        ]))
    }

    @Test func chainResolvesWhatIsPendingAndAsksForTheYear() throws {
        let ambiguous = try VanbanBinary.run(["chain", "01/CT-UBND", "--db", db])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.error.contains("#\(directive) Chỉ thị 01/CT-UBND (as cited)"))
        #expect(ambiguous.error.contains("outside the archive"))
        let chain = try VanbanBinary.run(["chain", "01/ct-ubnd", "--year", "2023", "--db", db])
        #expect(chain.status == 0)
        #expect(chain.output.hasPrefix("#\(directive) Chỉ thị 01/CT-UBND (as cited) 2023 · Ủy ban nhân dân tỉnh Sơn La"))
        #expect(chain.output.contains("└─ implements  #\(letter) Công văn"))
        #expect(chain.output.contains("[subject "))
    }

    @Test(arguments: ["json", "dot", "mermaid"])
    func chainFormats(_ format: String) throws {
        let run = try VanbanBinary.run(["chain", String(letter), "--db", db, "--format", format, "--up"])
        #expect(run.status == 0)
        switch format {
        case "json":
            let json = try JSONValue.parse(run.output)
            #expect(json["upstream"]?.arrayValue?.count == 2 && json["downstream"]?.arrayValue?.isEmpty == true)
        case "dot": #expect(run.output.contains("d\(letter) -> d\(directive)"))
        default: #expect(run.output.contains("d\(letter) -.->|implements| d\(directive)"))
        }
    }

    @Test func chainErrors() throws {
        #expect(try VanbanBinary.run(["chain", "99/KH-NONE", "--db", db]).status == 1)
        #expect(try VanbanBinary.run(["chain", "1", "--depth", "0", "--db", db]).status == 64)
        #expect(try VanbanBinary.run(["chain", "1", "--format", "svg", "--db", db]).status == 64)
    }

    @Test func checkReportsAndStrictFails() throws {
        let report = try VanbanBinary.run(["check", "--db", db])
        #expect(report.status == 0)
        #expect(report.output.hasPrefix("kind "))
        #expect(report.output.contains("#\(letter)@800"))
        #expect(report.output.contains("2 unresolved"))
        #expect(try VanbanBinary.run(["check", "--db", db, "--strict"]).status == 2)
        let json = try JSONValue.parse(try VanbanBinary.run(["check", "--db", db, "--format", "json"]).output)
        #expect(json.arrayValue?.compactMap { $0["kind"]?.stringValue } == ["unresolved", "unresolved"])
        let none = try VanbanBinary.run(["check", "--db", db, "--kind", "self-citation", "--strict"])
        #expect(none.status == 0 && none.output == "No findings.\n")
        #expect(try VanbanBinary.run(["check", "--db", db, "--kind", "typos"]).status == 64)
    }

    @Test func resolveAll() throws {
        let run = try VanbanBinary.run(["resolve", "--all", "--db", db])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("3 documents indexed, 3 citations resolved"))
        #expect(run.output.contains("1 subject, 2 external"))
    }

    @Test func ingestResolvesAsItWrites() throws {
        let folder = f.folder + "/letters"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try CommandLineTests.letter.write(toFile: folder + "/letter.txt", atomically: true, encoding: .utf8)
        let ingest = try VanbanBinary.run(["ingest", folder, "--db", db, "--quiet"])
        #expect(ingest.status == 0)
        let left = try DatabaseQueue(path: db).read { db in
            try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM graph_documents WHERE indexed = 0)
                     + (SELECT count(*) FROM citation_resolutions WHERE method = 'pending')
                """)
        }
        #expect(left == 0)
    }

    static let letter = """
        UỶ BAN NHÂN DÂN                 CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
        HUYỆN MƯỜNG LA                     Độc lập - Tự do - Hạnh phúc
        Số: 15/UBND-VP                  Mường La, ngày 20 tháng 01 năm 2023
        V/v triển khai phong trào thi đua năm 2023

        Kính gửi: Các phòng, ban chuyên môn thuộc UBND huyện.

        Thực hiện Chỉ thị số 01/CT-UBND ngày 03/01/2023 của UBND tỉnh Sơn La về phát động
        phong trào thi đua năm 2023, Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị triển khai.

        Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN
        - Như trên;                                    CHỦ TỊCH
        - Lưu: VT.
                                                     Nguyễn Văn An

        """
}
