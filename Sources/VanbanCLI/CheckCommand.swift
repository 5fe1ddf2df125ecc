import ArgumentParser
import VanbanGraph
import VanbanRecord
import VanbanStore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report broken or suspicious citation chains.",
        discussion: """
        Kinds of findings:
          unresolved           a cited document not in the archive (outside)
          conflicting-dates    one document given several dates by letters
          cites-later          a letter cites a document dated after it
          issuer-mismatch      the issuer cited is not the archived document's
          symbol-variants      one document cited under several numbers (typos)
          duplicate-documents  archived documents with one type, number, year
          self-citation        a letter that cites itself
          cited-after-repeal   a letter cites as in force (basis, implements) a document
                               that an earlier archived document repealed or replaced

        Each finding names the letters involved as #ID@OFFSETS: the letter's id and where its \
        text mentions the document (Unicode scalars into what vanban text prints).

        Exit status: 0 when the report was printed (with or without findings, unless \
        --strict), 1 when the archive could not be read, 2 with --strict when there are \
        findings, 64 on a usage error.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var store: StoreOptions

    @Option(name: .customLong("kind"),
            help: ArgumentHelp("Only this kind of finding (repeat for more).", valueName: "kind"))
    var kinds: [String] = []

    @Flag(help: "Exit with status 2 when there are findings.")
    var strict = false

    @Option(help: "Output: table (for people) or json.")
    var format: Format = .table

    func validate() throws {
        let known = Finding.Kind.allCases.map(\.rawValue)
        for kind in kinds where Finding.Kind(rawValue: kind) == nil {
            throw ValidationError("--kind: unknown kind \(kind) (kinds: \(known.joined(separator: ", ")))")
        }
    }

    func run() throws {
        let selected = kinds.isEmpty ? Set(Finding.Kind.allCases) : Set(kinds.compactMap(Finding.Kind.init(rawValue:)))
        let findings = try store.withGraph { archive in
            GraphRefresh.resolvePending(archive)
            return try ChainChecker(archive).findings(of: selected)
        }
        switch format {
        case .json: Terminal.write(JSONValue.array(findings.map(\.json)).prettySerialized() + "\n")
        case .table: Terminal.write(FindingTable.render(findings))
        }
        if strict && !findings.isEmpty { throw ExitCode(2) }
    }
}
