import ArgumentParser
import Foundation
import VanbanKit
import VanbanText

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the text that the rules see, for debugging a file.",
        discussion: "Exit status: 0 when the text was read, 1 when the file could not be read."
    )

    @Argument(help: "The file to read.")
    var file: String

    @OptionGroup var limits: LimitOptions

    @OptionGroup var ocr: OCROptionGroup

    func run() throws {
        do {
            let text = try DocumentPipeline(limits: limits.extractionLimits, ocr: ocr.options()).text(forFileAt: file)
            Terminal.write(text + "\n")
        } catch let error as TextExtractionError {
            Terminal.error("\(file): \(error.code.rawValue): \(error.message)")
            throw ExitCode(1)
        } catch {
            Terminal.error("\(file): \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}
