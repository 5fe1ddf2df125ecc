import Foundation
import GRDB
import VanbanGraph
import VanbanRecord
import VanbanStore

/// An archive in a temporary folder, filled with records through the store's API, and the
/// graph over it.
final class GraphFixture {
    let folder: String
    let archive: SQLiteArchive
    private let keep: Bool

    /// A new archive in a folder of its own, removed at the end; or at `path`, kept.
    init(path: String? = nil) throws {
        keep = path != nil
        folder = path.map { ($0 as NSString).deletingLastPathComponent }
            ?? NSTemporaryDirectory() + "vanban-graph-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        archive = try SQLiteArchive(path: path ?? folder + "/vanban.sqlite", parts: [GraphSchema.part])
    }

    deinit { if !keep { try? FileManager.default.removeItem(atPath: folder) } }

    var graph: CitationGraph { CitationGraph(archive: archive) }

    /// Stores `record` (with its `text`) and returns its id.
    @discardableResult
    func store(_ record: VanbanRecord.Record, text: String? = nil) throws -> Int64 {
        let file = ExtractedFile(record: record, text: text, fingerprint: nil, extractor: "test")
        guard case let .stored(id) = try archive.commit([.store(file)]).first else {
            throw ArchiveError(.missing, "not stored: \(record.source.path)")
        }
        return id
    }

    /// Resolves what is pending.
    @discardableResult
    func resolve() throws -> ResolutionSummary {
        try CitationResolver(archive: archive).resolvePending()
    }

    /// How the citations of `letter` were resolved, in order: (method, cited id, external id).
    func resolutions(of letter: Int64) throws -> [Link] {
        try archive.database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.method, r.confidence, r.cited_id, r.external_id FROM citation_resolutions r
                JOIN citations c ON c.id = r.citation_id WHERE r.citing_id = ? ORDER BY c.position
                """, arguments: [letter]).map {
                Link(method: $0["method"], confidence: $0["confidence"], cited: $0["cited_id"], external: $0["external_id"])
            }
        }
    }

    func count(_ sql: String) throws -> Int {
        try archive.database.read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
    }

    func findings(_ kind: Finding.Kind) throws -> [Finding] {
        try ChainChecker(archive: archive).findings(of: [kind])
    }

    struct Link: Equatable, CustomStringConvertible {
        let method: String
        let confidence: Double
        let cited: Int64?
        let external: Int64?
        var description: String { "\(method) \(confidence) → \(cited.map { "#\($0)" } ?? external.map { "x\($0)" } ?? "-")" }
    }

    /// A record read from `name` (the name also makes its content hash).
    static func document(_ name: String, type: String?, number: String? = nil, date: String? = nil,
                         subject: String? = nil, issuer: String? = nil, citations: [Citation] = []) -> VanbanRecord.Record {
        let source = Source(file: name, path: "/archive/" + name, sha256: "sha-" + name, format: "txt", bytes: 100)
        return VanbanRecord.Record(source: source, type: type, number: number.map(number(_:)), date: date, subject: subject,
                      issuer: issuer.map { Issuer(name: $0, parent: nil) }, citations: citations)
    }

    /// A number split the way the header rules split it.
    static func number(_ raw: String) -> DocumentNumber {
        let slash = raw.split(separator: "/", maxSplits: 1)
        return DocumentNumber(raw: raw, seq: slash.first.map(String.init), year: nil, symbol: slash.count > 1 ? String(slash[1]) : nil)
    }

    /// A citation as the citation rules write one, mentioned at `offsets`.
    static func cite(_ type: String?, _ number: String?, title: String? = nil, date: String? = nil, issuer: String? = nil,
                     subject: String? = nil, relation: String = "implements", offsets: [Int] = [100]) -> Citation {
        let name = number ?? title ?? ""
        return Citation(type: type, number: number, title: title, date: date, issuer: issuer, subject: subject,
                        relation: relation, mentions: offsets.map { Mention(offset: $0, text: "số " + name) })
    }
}
