import Foundation
import Testing
import VanbanIngest
import VanbanGraph
import VanbanPostgres
import VanbanRecord
import VanbanStore
import VanbanTestSupport

/// The two archives, SQLite and PostgreSQL, given the same records: the same table of
/// queries must find the same documents in both, and the documents expected.
@Suite(.enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.missing)))
struct BackendParityTests {
    enum Backend: String, CaseIterable { case sqlite, postgres }

    let folder: TemporaryFolder
    let database: PostgresDatabase
    let stores: [(Backend, any ArchiveStore)]

    init() throws {
        folder = try TemporaryFolder()
        database = try PostgresDatabase()
        stores = [(.sqlite, try SQLiteArchive(path: folder.file("vanban.sqlite"))),
                  (.postgres, try PostgresArchive(url: database.url, parts: [GraphSchema.postgresPart]))]
        for (_, store) in stores {
            for (record, text) in BackendParityTests.records {
                _ = try store.commit([.store(ExtractedFile(record: record, text: text, fingerprint: nil, extractor: "test"))])
            }
        }
    }

    static func record(_ name: String, type: String? = nil, number: String? = nil, date: String? = nil,
                       subject: String? = nil, issuer: String? = nil, signer: String? = nil,
                       cites: [String] = []) -> Record {
        let source = Source(file: name, path: "/archive/" + name, sha256: "sha-" + name, format: "txt", bytes: 100)
        return Record(source: source, type: type,
                      number: number.map { DocumentNumber(raw: $0, seq: nil, year: Int($0.split(separator: "/").dropFirst().first ?? ""),
                                                          symbol: nil) },
                      date: date, subject: subject, issuer: issuer.map { Issuer(name: $0, parent: nil) },
                      signer: signer.map { Signer(name: $0, position: nil, authority: nil, principal: nil) },
                      citations: cites.map { Citation(type: nil, number: $0, title: nil, date: nil, issuer: nil, subject: nil,
                                                      relation: "mentions", mentions: [Mention(offset: 1, text: $0)]) })
    }

    static let records: [(Record, String?)] = [
        (record("a.txt", type: "ke-hoach", number: "12/KH-UBND", date: "2023-03-01",
                subject: "Kế hoạch tổ chức phong trào thi đua", issuer: "Ủy ban nhân dân huyện Mường La",
                signer: "Nguyễn Văn An"),
         "Căn cứ Luật Thi đua, khen thưởng năm 2003;\nĐẨY MẠNH phong trào."),
        (record("b.txt", type: "cong-van", number: "7/UBND-VP", date: "2023-05-20", subject: "Phòng, chống thiên tai",
                issuer: "UBND tỉnh Sơn La", cites: ["12/KH-UBND"]),
         "Thì đưa các hộ dân ra khỏi vùng nguy hiểm; định kỳ báo cáo."),
        (record("c.txt", type: "quyet-dinh", number: "30/QĐ-UBND", date: nil, subject: "Quản lý đất đai",
                signer: "Lò Thị Mai"), nil),
        (record("d.txt", type: "ke-hoach", number: "12/KH-UBND", date: "2021-01-02", subject: "Kế hoạch năm 2021"),
         "Nội dung khác, số 12/2021."),
        (Record.failed(Source(file: "e.txt", path: "/archive/e.txt", sha256: "sha-e", format: "txt", bytes: 0),
                       code: "empty", message: "the file is empty"), nil),
    ]

    /// Queries and the files they must find, in order.
    static let table: [(DocumentQuery, [String])] = [
        (DocumentQuery(), ["d.txt", "a.txt", "b.txt", "c.txt"]),
        (DocumentQuery(type: "ke-hoach"), ["d.txt", "a.txt"]),
        (DocumentQuery(issuer: "muong la"), ["a.txt"]),
        (DocumentQuery(issuer: "Sơn La"), ["b.txt"]),
        (DocumentQuery(signer: "lo thi mai"), ["c.txt"]),
        (DocumentQuery(from: "2022-01-01"), ["a.txt", "b.txt"]),
        (DocumentQuery(to: "2023-03-01"), ["d.txt", "a.txt"]),
        (DocumentQuery(number: "30/qd-ubnd"), ["c.txt"]),
        (DocumentQuery(number: "12/KH-UBND"), ["d.txt", "a.txt"]),
        (DocumentQuery(cites: "12/kh-ubnd"), ["b.txt"]),
        (DocumentQuery(text: ["thi dua khen thuong"]), ["a.txt"]),
        (DocumentQuery(text: ["thi dua"]), ["a.txt", "b.txt"]),
        (DocumentQuery(text: ["thi đua"]), ["a.txt"]),
        (DocumentQuery(text: ["thì đưa"]), ["b.txt"]),
        (DocumentQuery(text: ["Đẩy mạnh"]), ["a.txt"]),
        (DocumentQuery(text: ["dat dai"]), ["c.txt"]),
        (DocumentQuery(text: ["khen thuong thi dua"]), []),
        (DocumentQuery(text: ["thi dua", "bao cao"]), ["b.txt"]),
        (DocumentQuery(text: ["\"thi\" OR dua*"]), []),
        (DocumentQuery(text: ["phong trao"]), ["a.txt"]),
        (DocumentQuery(text: ["12"]), ["d.txt"]),
        (DocumentQuery(type: "ke-hoach", text: ["noi dung"]), ["d.txt"]),
        (DocumentQuery(limit: 2), ["d.txt", "a.txt"]),
    ]

    /// A file of the letter 12/QĐ-UBND in `format` (see VanbanStoreTests' RenditionTests).
    static func rendition(_ name: String, format: String, signed: Bool = false, number: String = "12/QĐ-UBND",
                          sha256: String? = nil) -> Record {
        let source = Source(file: name, path: "/letters/" + name, sha256: sha256 ?? "sha-" + name, format: format, bytes: 100)
        var record = Record(source: source, type: "quyet-dinh",
                            number: DocumentNumber(raw: number, seq: String(number.prefix { $0 != "/" }), year: nil, symbol: nil),
                            date: "2023-02-01", subject: "Về việc khen thưởng năm 2022", issuer: Issuer(name: "UBND tỉnh Sơn La", parent: nil))
        if signed { record.signature = Signature(signer: "Lò Minh Hùng", email: nil, signedAt: nil, authority: nil) }
        return record
    }

    @Test func renditionsAlike() throws {
        for (backend, store) in stores {
            func put(_ record: Record, _ text: String) throws -> Int64 {
                let outcome = try store.commit([.store(ExtractedFile(record: record, text: text, fingerprint: nil, extractor: "test"))])
                guard case let .stored(id) = outcome.first else { throw ArchiveError(.missing, "\(outcome)") }
                return id
            }
            func documents(_ query: DocumentQuery) throws -> [String] {
                var paths: [String] = []
                try store.documents(matching: query) { paths.append($0.path) }
                return paths
            }
            let docx = try put(BackendParityTests.rendition("qd.docx", format: "docx"), "bản nháp docx")
            _ = try put(BackendParityTests.rendition("qd.txt", format: "txt"), "bản chép txt")
            _ = try put(BackendParityTests.rendition("qd.pdf", format: "pdf", signed: true), "bản ký số pdf")
            #expect(try documents(DocumentQuery(number: "12/qđ-ubnd")) == ["/letters/qd.pdf"], "\(backend)")
            #expect(try store.renditions(of: docx).map(\.path) == ["/letters/qd.pdf", "/letters/qd.docx", "/letters/qd.txt"],
                    "\(backend)")
            // Another letter at the PDF's path: the DOCX speaks for the document again, text and all.
            _ = try put(BackendParityTests.rendition("qd.pdf", format: "pdf", number: "13/QĐ-UBND", sha256: "sha-13"), "khác")
            #expect(try documents(DocumentQuery(number: "12/qđ-ubnd")) == ["/letters/qd.docx"], "\(backend)")
            #expect(try documents(DocumentQuery(text: ["nhap docx"])) == ["/letters/qd.docx"], "\(backend)")
            #expect(try store.renditions(of: docx).map(\.path) == ["/letters/qd.docx", "/letters/qd.txt"], "\(backend)")
        }
    }

    @Test func theSameQueriesFindTheSameDocuments() throws {
        for (query, expected) in BackendParityTests.table {
            for (backend, store) in stores {
                var names: [String] = []
                try store.documents(matching: query) { names.append(($0.path as NSString).lastPathComponent) }
                #expect(names == expected, "\(backend.rawValue): \(query)")
            }
        }
    }

    @Test func citationLinksResolveAlike() throws {
        for (backend, store) in stores {
            var a: StoredFile?
            try store.documents(matching: DocumentQuery(from: "2023-01-01", number: "12/KH-UBND")) { a = $0 }
            let id = try #require(a).id
            var citing: [String] = []
            try store.documents(matching: DocumentQuery(citing: id)) { citing.append($0.path) }
            #expect(citing == ["/archive/b.txt"], "\(backend.rawValue)")
        }
    }

    @Test func filesAndFailuresAlike() throws {
        var listings: [[String]] = []
        for (_, store) in stores {
            var all: [String] = []
            try store.files(status: nil) { all.append($0.path + " " + $0.status.rawValue + " " + $0.recordJSON) }
            var failed: [String] = []
            try store.files(status: .failed) { failed.append($0.path + " " + ($0.error?.code ?? "")) }
            #expect(failed == ["/archive/e.txt empty"])
            listings.append(all)
        }
        #expect(listings[0].count == 5)
        #expect(listings[0] == listings[1])
    }

    @Test func invalidTextIsRefusedAlike() throws {
        for (backend, store) in stores {
            #expect(throws: ArchiveError.self, "\(backend.rawValue)") {
                try store.documents(matching: DocumentQuery(text: [" ,; "])) { _ in }
            }
        }
    }

    @Test func contentMovesAndDuplicatesAlike() throws {
        for (backend, store) in stores {
            // Content stored at a path that no longer exists moves to the new path.
            let outcome = try store.commit([.move(sha256: "sha-c.txt", path: "/archive/moved/c.txt", fingerprint: nil)])
            guard case .moved = outcome.first else {
                Issue.record("\(backend.rawValue): \(outcome)")
                continue
            }
            #expect(try store.file(atPath: "/archive/c.txt") == nil)
            #expect(try store.file(withContent: "sha-c.txt")?.path == "/archive/moved/c.txt")
            // Counting reads that never ended.
            #expect(try store.beginAttempt(sha256: "sha-x", path: "/x") == 0)
            #expect(try store.beginAttempt(sha256: "sha-x", path: "/x") == 1)
        }
    }
}
