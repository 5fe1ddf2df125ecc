import Foundation
import VanbanStore

/// Finds the nodes a command-line argument names (see `CitationGraph.nodes(matching:year:)`).
struct NodeLookup {
    let db: any GraphConnection

    init(_ db: any GraphConnection) {
        self.db = db
    }

    func ids(matching text: String, year: Int?) throws -> [NodeID] {
        if let id = NodeID(text.trimmingCharacters(in: .whitespaces)) {
            return try exists(id) ? [id] : []
        }
        let key = SearchKey.number(text)
        guard !key.isEmpty else { return [] }
        var found: [(NodeID, Int?)] = []
        for row in try db.rows("SELECT document_id, year FROM graph_documents WHERE number_key = ?", [key]) {
            found.append((.document(row[0]), row[1]))
        }
        for row in try db.rows("""
            SELECT DISTINCT r.cited_id, coalesce(g.year, r.year) FROM citation_resolutions r
            JOIN graph_documents g ON g.document_id = r.cited_id
            WHERE r.number_key = ? AND r.cited_id IS NOT NULL
            """, [key]) {
            found.append((.document(row[0]), row[1]))
        }
        for row in try db.rows("SELECT id, year FROM external_documents WHERE number_key = ?", [key]) {
            found.append((.external(row[0]), row[1]))
        }
        var seen = Set<NodeID>()
        return found.filter { id, nodeYear in
            (year == nil || nodeYear == year) && seen.insert(id).inserted
        }.map(\.0).sorted()
    }

    private func exists(_ id: NodeID) throws -> Bool {
        switch id {
        case let .document(id):
            return try db.any("SELECT 1 FROM documents WHERE id = ?", [id])
        case let .external(id):
            return try db.any("SELECT 1 FROM external_documents WHERE id = ?", [id])
        }
    }
}
