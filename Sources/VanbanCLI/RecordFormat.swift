import ArgumentParser

/// How records are printed.
enum RecordFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, json, table
}
