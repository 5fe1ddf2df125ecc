import Foundation
import Testing
import VanbanRecord
@testable import VanbanStore

/// The register's pages (`SQLiteArchive.register`): the same documents in the same order,
/// newest first and undated last, whichever way a search is paged (by the matches' rows or
/// along the date index), and the same as `documents(matching:)` finds.
@Suite("Register pages")
struct RegisterPageTests {
    /// 40 documents: dates over three years (every seventh undated), "thi đua" in every
    /// third, "phòng chống" in every fifth subject, four types.
    static func fixture() throws -> ArchiveFixture {
        let fixture = try ArchiveFixture()
        let types = ["cong-van", "ke-hoach", "quyet-dinh", "bao-cao"]
        for n in 1...40 {
            let date = n % 7 == 0 ? nil : String(format: "%04d-%02d-%02d", 2021 + n % 3, 1 + n % 12, 1 + n % 28)
            let subject = (n % 5 == 0 ? "Phòng chống thiên tai" : "Công tác") + " số \(n)"
            let text = "Văn bản số \(n). " + (n % 3 == 0 ? "Tổ chức phong trào thi đua năm nay." : "Báo cáo định kỳ.")
            try fixture.store(ArchiveFixture.record("r\(n).txt", type: types[n % 4], number: "\(n)/UBND-VP", date: date,
                                                    subject: subject), text: text)
        }
        return fixture
    }

    /// The expected order: date descending, id descending, undated last.
    static func expected(_ fixture: ArchiveFixture, _ query: DocumentQuery) throws -> [Int64] {
        var rows: [(Int64, String?)] = []
        try fixture.archive.documents(matching: query) { file in rows.append((file.id, try? file.record().date)) }
        return rows.sorted { a, b in
            switch (a.1, b.1) {
            case let (x?, y?): return x != y ? x > y : a.0 > b.0
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.0 > b.0
            }
        }.map(\.0)
    }

    static let queries: [DocumentQuery] = [
        DocumentQuery(), DocumentQuery(text: ["thi dua"]), DocumentQuery(text: ["thi đua"]), DocumentQuery(text: ["phong chong"]),
        DocumentQuery(text: ["thi dua", "van ban"]), DocumentQuery(type: "ke-hoach", text: ["van ban"]),
        DocumentQuery(from: "2022-01-01", text: ["thi dua"]), DocumentQuery(type: "bao-cao"), DocumentQuery(text: ["khong co"]),
    ]

    @Test("pages in order, by rows or along the index", arguments: queries)
    func pages(query: DocumentQuery) throws {
        let fixture = try RegisterPageTests.fixture()
        let expected = try RegisterPageTests.expected(fixture, query)
        for fewMatches in [0, 2000] {
            for limit in [3, 7, 100] {
                var seen: [Int64] = []
                var offset = 0
                while true {
                    let (total, entries) = try fixture.archive.register(matching: query, offset: offset, limit: limit, fewMatches: fewMatches)
                    #expect(total == expected.count)
                    if entries.isEmpty { break }
                    #expect(entries.count <= limit)
                    seen += entries.map(\.id)
                    offset += limit
                }
                #expect(seen == expected, "fewMatches \(fewMatches), limit \(limit)")
            }
        }
    }

    @Test func entriesCarryTheRegisterFields() throws {
        let fixture = try RegisterPageTests.fixture()
        let (_, entries) = try fixture.archive.register(matching: DocumentQuery(number: "5/UBND-VP"), offset: 0, limit: 10)
        #expect(entries.count == 1)
        #expect(entries.first?.number == "5/UBND-VP")
        #expect(entries.first?.subject == "Phòng chống thiên tai số 5")
        #expect(entries.first?.type == "ke-hoach")
        #expect(entries.first?.format == "txt")
    }

    @Test func aSearchWithoutWordsIsRefused() throws {
        let fixture = try RegisterPageTests.fixture()
        #expect(throws: ArchiveError.self) { try fixture.archive.register(matching: DocumentQuery(text: ["!!"]), offset: 0, limit: 10) }
    }
}
