import Testing
import VanbanRecord
@testable import VanbanStore

/// Full-text search over subject and text, with and without diacritics.
@Suite struct TextSearchTests {
    let fixture: ArchiveFixture
    let award, storm, land: Int64

    init() throws {
        fixture = try ArchiveFixture()
        award = try fixture.store(ArchiveFixture.record("a.txt", subject: "Kế hoạch tổ chức phong trào thi đua"),
                                  text: "Căn cứ Luật Thi đua, khen thưởng năm 2003;\nĐẨY MẠNH phong trào.")
        storm = try fixture.store(ArchiveFixture.record("b.txt", subject: "Phòng, chống thiên tai"),
                                  text: "Thì đưa các hộ dân ra khỏi vùng nguy hiểm; định kỳ báo cáo.")
        land = try fixture.store(ArchiveFixture.record("c.txt", subject: "Quản lý đất đai"), text: nil)
    }

    private func search(_ phrases: String...) throws -> [Int64] {
        try fixture.ids(DocumentQuery(text: phrases))
    }

    @Test func withoutDiacriticsFindsEveryForm() throws {
        #expect(try search("thi dua khen thuong") == [award])
        #expect(try search("thi dua") == [award, storm])
    }

    @Test func withDiacriticsFindsOnlyThatForm() throws {
        #expect(try search("thi đua, khen thưởng") == [award])
        #expect(try search("thi đua") == [award])
        #expect(try search("thì đưa") == [storm])
    }

    @Test func dIsFoldedAndCaseIgnored() throws {
        #expect(try search("dinh ky") == [storm])
        #expect(try search("day manh") == [award])
        #expect(try search("Đẩy mạnh") == [award])
        #expect(try search("dat dai") == [land])
    }

    @Test func wordsMustComeInOrder() throws {
        #expect(try search("khen thuong thi dua").isEmpty)
    }

    @Test func subjectAloneIsSearched() throws {
        #expect(try search("quan ly") == [land])
        #expect(try search("phong trao") == [award])
    }

    @Test func phrasesCombine() throws {
        #expect(try search("thi dua", "bao cao") == [storm])
    }

    @Test func noWordIsAnError() {
        #expect(throws: ArchiveError.self) { try search(" ,; ") }
    }

    @Test func quotesAndOperatorsAreWords() throws {
        #expect(try search("\"thi\" OR dua*").isEmpty)
    }

    @Test func replacedDocumentsLeaveTheIndex() throws {
        var record = ArchiveFixture.record("a.txt", subject: "Khác")
        record.source.sha256 = "sha-a-2"
        try fixture.store(record, text: "Nội dung mới")
        #expect(try search("thi dua khen thuong").isEmpty)
        #expect(try search("noi dung moi").count == 1)
        try fixture.archive.pool.write { db in
            try db.execute(sql: "INSERT INTO document_search(document_search) VALUES ('integrity-check')")
            try db.execute(sql: "INSERT INTO document_search_folded(document_search_folded) VALUES ('integrity-check')")
        }
    }

    @Test func queriesAreBuiltFromWords() {
        let search = TextSearch("Thi đua, khen thưởng")
        #expect(search?.folded == "\"thi dua khen thuong\"")
        #expect(search?.exact == "\"đua\" \"thưởng\"")
        #expect(TextSearch("thi dua")?.exact == nil)
        #expect(TextSearch("...") == nil)
    }
}
