import ArgumentParser
import Foundation
import VanbanOCR

/// `vanban-scan`: writes scanned versions (images only) of PDFs, to measure OCR on them.
@main
struct VanbanScan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban-scan",
        abstract: "Write image-only \"scans\" of PDFs (no text layer), for testing OCR.",
        discussion: "Each input keeps its file name in the output folder."
    )

    @Argument(help: "The PDFs to scan.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Folder the scans are written to (made if missing).")
    var output: String = "/tmp/scans"

    @Option(help: "Scan resolution in dpi.")
    var dpi: Double = 200

    @Option(help: "Skew in degrees (pages 2, 4, ... lean the other way by half).")
    var rotate: Double = 0

    @Option(help: "Share of pixels dirtied, 0 to 0.05.")
    var noise: Double = 0

    @Option(help: "Seed of the noise.")
    var seed: UInt64 = 1

    func validate() throws {
        if !(50...600).contains(dpi) { throw ValidationError("--dpi must be between 50 and 600") }
        if !(-45...45).contains(rotate) { throw ValidationError("--rotate must be within ±45") }
        if !(0...0.05).contains(noise) { throw ValidationError("--noise must be between 0 and 0.05") }
    }

    func run() throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let maker = ScannedPDFMaker(dpi: dpi, rotation: rotate, noise: ScanNoise(amount: noise, seed: seed))
        var failed = 0
        for file in files {
            let target = (output as NSString).appendingPathComponent((file as NSString).lastPathComponent)
            do {
                let scan = try maker.scan(try Data(contentsOf: URL(fileURLWithPath: file)))
                try scan.write(to: URL(fileURLWithPath: target))
                print(target)
            } catch {
                failed += 1
                FileHandle.standardError.write(Data("vanban-scan: \(file): \(error)\n".utf8))
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
