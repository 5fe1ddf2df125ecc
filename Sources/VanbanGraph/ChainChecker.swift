import VanbanPostgres
import VanbanStore

/// Looks through the resolved citations for broken or suspicious chains (`Finding.Kind`).
///
/// ```swift
/// for finding in try ChainChecker(archive: archive).findings() { print(finding.detail) }
/// ```
public struct ChainChecker: Sendable {
    let database: any GraphDatabase

    public init(_ database: any GraphDatabase) {
        self.database = database
    }

    public init(archive: SQLiteArchive) {
        database = SQLiteGraphDatabase(archive)
    }

    public init(archive: PostgresArchive) {
        database = PostgresGraphDatabase(archive)
    }

    /// The findings of the kinds asked for, by kind then document.
    public func findings(of kinds: Set<Finding.Kind> = Set(Finding.Kind.allCases)) throws -> [Finding] {
        try database.read { db in
            let check = CheckPass(db)
            var found: [Finding] = []
            for kind in kinds.sorted() {
                switch kind {
                case .unresolved: found += try check.unresolved()
                case .conflictingDates: found += try check.conflictingDates()
                case .citesLater: found += try check.citesLater()
                case .issuerMismatch: found += try check.issuerMismatches()
                case .symbolVariants: found += try check.symbolVariants()
                case .duplicateDocuments: found += try check.duplicateDocuments()
                case .selfCitation: found += try check.selfCitations()
                case .citedAfterRepeal: found += try check.citedAfterRepeal()
                }
            }
            return found
        }
    }
}
