import ArgumentParser
import VanbanGraph
import VanbanRecord
import VanbanStore

struct ChainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chain",
        abstract: "Show the citation chain of a document: what it cites up to the roots, and what cites it.",
        discussion: """
        DOCUMENT is an archived document's id (12 or #12, as vanban query prints it), an \
        outside document's id (x3, as vanban check prints it), or a number (01/CT-UBND, in any \
        case, with or without diacritics). A number finds the archived documents that bear \
        it, those the letters citing that number were resolved to (a document whose own number \
        was lost), and the outside documents of that number. The same number in several years \
        is several documents: they are listed, and --year chooses one.

        Upstream is what the document implements, is based on or mentions, and so on to the \
        roots; downstream is what implements, is based on or mentions it, and so on. Each \
        document is shown once: met again, it is marked "(see above)", so cycles end. A \
        citation not resolved by its exact number shows how it was ([symbol 0.9, cited as \
        ...], [subject 0.85, ...]).

        Exit status: 0 when the chain was shown, 1 when no document matched (or the archive \
        could not be read), 2 when the number is ambiguous (the candidates are listed), 64 on \
        a usage error.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case tree, json, dot, mermaid }

    @Argument(help: "The document's id or number.")
    var document: String

    @OptionGroup var store: StoreOptions

    @Option(help: "The year of the document, when its number was used in several years.")
    var year: Int?

    @Option(help: "At most this many citation steps each way (default: to the ends).")
    var depth: Int?

    @Flag(help: "Only upstream: what the document cites, and so on.")
    var up = false

    @Flag(help: "Only downstream: what cites the document, and so on.")
    var down = false

    @Option(help: "Output: tree (indented, for people), json, dot (Graphviz) or mermaid.")
    var format: Format = .tree

    func validate() throws {
        if let depth, depth < 1 { throw ValidationError("--depth must be at least 1") }
        if let year, !(1945...2100).contains(year) { throw ValidationError("--year: not a year: \(year)") }
    }

    func run() throws {
        try store.withGraph { archive in
            GraphRefresh.resolvePending(archive)
            let graph = CitationGraph(archive)
            let candidates = try graph.nodes(matching: document, year: year)
            guard let root = candidates.first else {
                Terminal.error("vanban: no document \(document)\(year.map { " of \($0)" } ?? "") in \(store.path)")
                throw ExitCode(1)
            }
            if candidates.count > 1 {
                Terminal.error("vanban: \(document) names \(candidates.count) documents; choose one by id or with --year:")
                for node in candidates { Terminal.error("  " + node.label) }
                throw ExitCode(2)
            }
            let both = up == down
            let chain = try graph.chain(from: root.id, upstream: both || up, downstream: both || down, depth: depth)
            switch format {
            case .tree: Terminal.write(chain.tree())
            case .json: Terminal.write(chain.json.prettySerialized() + "\n")
            case .dot: Terminal.write(chain.dot())
            case .mermaid: Terminal.write(chain.mermaid())
            }
        }
    }
}
