import ArgumentParser
import VanbanText

/// The caps every reading command shares; the defaults are `ExtractionLimits.standard`'s.
struct LimitOptions: ParsableArguments {
    private static let standard = ExtractionLimits.standard

    @Option(name: .customLong("max-file-size"), help: "Largest file read, in MB.")
    var maxFileMB: Int = standard.maxFileBytes >> 20

    @Option(name: .customLong("max-inflated-size"), help: "Largest total of DOCX parts once unzipped, in MB.")
    var maxInflatedMB: Int = standard.maxInflatedBytes >> 20

    @Option(name: .customLong("max-part-size"), help: "Largest DOCX part (the document, a header) once unzipped, in MB.")
    var maxPartMB: Int = standard.maxPartBytes >> 20

    @Option(name: .customLong("max-pages"), help: "Most PDF pages read.")
    var maxPages: Int = standard.maxPages

    @Option(name: .customLong("max-text"), help: "Most characters of text kept per file (the rest is left, with a warning).")
    var maxText: Int = standard.maxTextCharacters

    @Option(name: .customLong("time-limit"), help: "Seconds allowed to read one file's text.")
    var timeLimit: Double = standard.timeBudget

    var extractionLimits: ExtractionLimits {
        ExtractionLimits(maxFileBytes: maxFileMB << 20, maxInflatedBytes: maxInflatedMB << 20, maxPartBytes: maxPartMB << 20,
                         maxPages: maxPages, maxTextCharacters: maxText, timeBudget: timeLimit)
    }

    func validate() throws {
        if maxFileMB < 1 || maxInflatedMB < 1 || maxPartMB < 1 || maxPages < 1 || maxText < 1 {
            throw ValidationError("limits must be positive")
        }
        guard timeLimit.isFinite, timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds") }
    }
}
