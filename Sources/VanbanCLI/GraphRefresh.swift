import VanbanGraph
import VanbanStore

/// Brings the citation graph up to date before it is read (an archive filled by an older
/// vanban, or an import that was stopped between a batch and its resolution).
enum GraphRefresh {
    /// On an archive opened read-only, or older than this vanban (reading commands do not
    /// migrate), nothing is resolved: a note on standard error says so when something was to be.
    static func resolvePending(_ archive: SQLiteArchive) {
        resolvePending(SQLiteGraphDatabase(archive))
    }

    static func resolvePending(_ archive: any GraphDatabase) {
        let resolver = CitationResolver(archive)
        if archive.isReadOnly || archive.isOutdated {
            if (try? resolver.hasPending()) != false {
                let why = archive.isReadOnly ? "is read-only" : "needs an upgrade (vanban ingest)"
                Terminal.error("vanban: \(archive.name) \(why): the citations of the last import are not resolved; showing the graph as it was")
            }
            return
        }
        do {
            if try resolver.hasPending() { try resolver.resolvePending() }
        } catch {
            Terminal.error("vanban: citations not resolved (\(error)); showing the graph as it was")
        }
    }
}
