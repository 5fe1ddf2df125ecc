import VanbanGraph
import VanbanStore

/// Brings the citation graph up to date before it is read (an archive filled by an older
/// vanban, or an import that was stopped between a batch and its resolution).
enum GraphRefresh {
    static func resolvePending(_ archive: SQLiteArchive) {
        let resolver = CitationResolver(archive: archive)
        do {
            if try resolver.hasPending() { try resolver.resolvePending() }
        } catch {
            Terminal.error("vanban: citations not resolved (\(error)); showing the graph as it was")
        }
    }
}
