import ArgumentParser
import VanbanText

/// The caps every reading command shares.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-file-size"), help: "Largest file read, in MB.")
    var maxFileMB: Int = 200

    @Option(name: .customLong("max-inflated-size"), help: "Largest total of DOCX parts once unzipped, in MB.")
    var maxInflatedMB: Int = 256

    @Option(name: .customLong("max-pages"), help: "Most PDF pages read.")
    var maxPages: Int = 5_000

    @Option(name: .customLong("time-limit"), help: "Seconds allowed to read one file's text.")
    var timeLimit: Double = 120

    var extractionLimits: ExtractionLimits {
        ExtractionLimits(maxFileBytes: maxFileMB << 20, maxInflatedBytes: maxInflatedMB << 20,
                         maxPages: maxPages, timeBudget: timeLimit)
    }

    func validate() throws {
        if maxFileMB < 1 || maxInflatedMB < 1 || maxPages < 1 || timeLimit <= 0 {
            throw ValidationError("limits must be positive")
        }
    }
}
