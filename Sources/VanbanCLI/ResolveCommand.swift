import ArgumentParser
import VanbanGraph
import VanbanStore

struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Resolve the archive's citations to archived or outside documents.",
        discussion: """
        vanban ingest resolves the citations of what it imports as it goes, and links older \
        letters to the documents that arrive; this command does it on demand: what is \
        pending, or with --all every citation again (after a change of vanban's rules).

        Exit status: 0 when done, 1 when the archive could not be read or written, 64 on a \
        usage error.
        """
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Resolve every citation again, not only those pending.")
    var all = false

    func run() throws {
        let summary = try store.withGraph(.write) { archive in
            let resolver = CitationResolver(archive)
            return all ? try resolver.resolveAll() : try resolver.resolvePending()
        }
        let methods = ResolutionMethod.allCases.compactMap { method in
            summary.byMethod[method].map { "\($0) \(method.rawValue)" }
        }
        Terminal.write(String(format: "%d documents indexed, %d citations resolved in %.2f s", summary.documents,
                              summary.citations, summary.seconds)
                       + (methods.isEmpty ? "" : ": " + methods.joined(separator: ", ")) + "\n")
    }
}
