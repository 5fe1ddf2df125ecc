import Foundation
import Testing
import VanbanRecord
@testable import VanbanStore

/// The register's cache (`RegisterCache`): the same pages as without it, and emptied by any
/// change to the archive, made through this archive or another connection to the same file.
@Suite("Register cache")
struct RegisterCacheTests {
    @Test("the same pages with the cache as without", arguments: RegisterPageTests.queries)
    func samePages(query: DocumentQuery) throws {
        let fixture = try RegisterPageTests.fixture()
        let cache = RegisterCache()
        for fewMatches in [0, 2000] {
            for (offset, limit) in [(0, 3), (3, 3), (0, 100)] {
                let plain = try fixture.archive.register(matching: query, offset: offset, limit: limit, fewMatches: fewMatches)
                for _ in 0..<2 {
                    let cached = try fixture.archive.register(matching: query, offset: offset, limit: limit, fewMatches: fewMatches,
                                                              cache: cache)
                    #expect(cached.total == plain.total)
                    #expect(cached.entries == plain.entries)
                }
            }
        }
    }

    @Test func repeatedSearchesAndTheFirstPageAreAnsweredFromIt() throws {
        let fixture = try RegisterPageTests.fixture()
        let cache = RegisterCache()
        for query in [DocumentQuery(), DocumentQuery(text: ["thi đua"])] {
            let before = cache.hits
            _ = try fixture.archive.register(matching: query, offset: 0, limit: 5, cache: cache)
            _ = try fixture.archive.register(matching: query, offset: 5, limit: 5, cache: cache)
            #expect(cache.hits == before + 1)
        }
        // A filter's count is not kept.
        let before = cache.hits
        _ = try fixture.archive.register(matching: DocumentQuery(type: "bao-cao"), offset: 0, limit: 5, cache: cache)
        _ = try fixture.archive.register(matching: DocumentQuery(type: "bao-cao"), offset: 0, limit: 5, cache: cache)
        #expect(cache.hits == before)
    }

    static func letter(_ n: Int) -> Record {
        ArchiveFixture.record("new\(n).txt", type: "ke-hoach", number: "\(100 + n)/KH-UBND", date: "2030-01-0\(n)",
                              subject: "Thi đua mới \(n)")
    }

    @Test func aChangeThroughTheArchiveEmptiesIt() throws {
        let fixture = try RegisterPageTests.fixture()
        let cache = RegisterCache()
        let all = try fixture.archive.register(matching: DocumentQuery(), offset: 0, limit: 5, cache: cache)
        let search = try fixture.archive.register(matching: DocumentQuery(text: ["thi dua"]), offset: 0, limit: 5, fewMatches: 0, cache: cache)
        let id = try fixture.store(RegisterCacheTests.letter(1), text: "Phát động thi đua.")
        let all2 = try fixture.archive.register(matching: DocumentQuery(), offset: 0, limit: 5, cache: cache)
        let search2 = try fixture.archive.register(matching: DocumentQuery(text: ["thi dua"]), offset: 0, limit: 5, fewMatches: 0, cache: cache)
        #expect(all2.total == all.total + 1)
        #expect(search2.total == search.total + 1)
        #expect(all2.entries.first?.id == id)
        #expect(search2.entries.first?.id == id)
    }

    @Test func aChangeThroughAnotherConnectionEmptiesIt() throws {
        let fixture = try RegisterPageTests.fixture()
        let cache = RegisterCache()
        // Read often enough that every reader connection of the pool has seen the archive.
        var totals: [Int] = []
        for _ in 0..<8 {
            totals.append(try fixture.archive.register(matching: DocumentQuery(text: ["thi dua"]), offset: 0, limit: 5, cache: cache).total)
        }
        let other = try SQLiteArchive(path: fixture.archive.path, create: false)
        let outcomes = try other.commit([.store(ExtractedFile(record: RegisterCacheTests.letter(2), text: "Phát động thi đua.",
                                                              fingerprint: nil, extractor: "test"))])
        guard case .stored = outcomes.first else {
            Issue.record("not stored: \(outcomes)")
            return
        }
        for _ in 0..<8 {
            let after = try fixture.archive.register(matching: DocumentQuery(text: ["thi dua"]), offset: 0, limit: 5, cache: cache)
            #expect(after.total == totals[0] + 1)
            let first = try fixture.archive.register(matching: DocumentQuery(), offset: 0, limit: 1, cache: cache)
            #expect(first.total == 41)
        }
    }

    @Test func aSearchLargerThanItsCapacityIsNotKept() throws {
        let fixture = try RegisterPageTests.fixture()
        let cache = RegisterCache(capacity: 3)
        let query = DocumentQuery(text: ["van ban"])
        let plain = try fixture.archive.register(matching: query, offset: 0, limit: 10)
        for _ in 0..<2 {
            let cached = try fixture.archive.register(matching: query, offset: 0, limit: 10, cache: cache)
            #expect(cached.total == plain.total)
            #expect(cached.entries == plain.entries)
        }
        #expect(cache.hits == 0)
    }

    static let intersections: [([Int64], [Int64], [Int64])] = [
        ([], [1, 2], []), ([1, 2, 3], [2, 3, 4], [2, 3]), ([1, 5, 9], [2, 6, 10], []), ([7], [7], [7]),
        ([1, 2, 3, 4, 5, 6], [6], [6]),
    ]

    @Test("intersection of ascending ids", arguments: intersections)
    func intersection(a: [Int64], b: [Int64], both: [Int64]) {
        #expect(SQLiteArchive.intersection(a, b) == both)
        #expect(SQLiteArchive.intersection(b, a) == both)
        for id in Set(a + b + [0, 11]) {
            #expect(SQLiteArchive.sortedContains(a, id) == a.contains(id))
        }
    }
}
