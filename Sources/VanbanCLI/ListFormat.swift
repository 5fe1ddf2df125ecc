import ArgumentParser
import Foundation

/// How lists of records are printed: a table for people, JSON Lines (each record exactly
/// as extracted) or CSV (one flat row per record, see `RecordColumns`).
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl, csv

    /// `format`, or a table when standard output is a terminal and JSON Lines otherwise.
    static func resolve(_ format: ListFormat?) -> ListFormat {
        format ?? (isatty(1) == 1 ? .table : .jsonl)
    }
}
