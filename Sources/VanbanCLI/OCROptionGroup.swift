import ArgumentParser
import Foundation
import VanbanText

/// How the reading commands treat PDF pages without a text layer (scans).
struct OCROptionGroup: ParsableArguments {
    @Flag(name: .customLong("no-ocr"), help: "Leave PDF pages without a text layer unread instead of running OCR on them.")
    var noOCR = false

    @Flag(name: .customLong("ocr-keep-colour"),
          help: "Read coloured ink (red seals, stamps, ballpoint) like print; by default OCR drops it to read the text under it.")
    var keepColour = false

    @Option(name: .customLong("ocr-lang"), help: "Tesseract language(s) for OCR, e.g. vie or vie+eng (default: vie).")
    var language: String?

    /// The options for a run that reads `files` files, `jobs` at a time: the cores left to each
    /// file go to its pages.
    func options(files: Int = 1, jobs: Int = 1) -> OCROptions {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        return OCROptions(enabled: !noOCR, language: language ?? "vie",
                          threads: max(1, cores / max(1, min(jobs, files))), keepsColouredInk: keepColour)
    }

    func validate() throws {
        // Only a language asked for must be there; without data for the default one, scans get a warning.
        if language != nil, let reason = options().unavailableReason { throw ValidationError(reason) }
    }
}
