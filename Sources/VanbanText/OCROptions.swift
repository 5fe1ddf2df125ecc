import Foundation
import VanbanOCR

/// How PDF pages without a usable text layer (scans) are read.
public struct OCROptions: Sendable, Equatable {
    /// Whether such pages are read by OCR at all.
    public var enabled: Bool
    /// Tesseract language(s), e.g. "vie" or "vie+eng".
    public var language: String
    /// Resolution a page is rendered at when it holds no scan of known resolution.
    public var dpi: Double
    /// Pages read at once, one Tesseract instance each.
    public var threads: Int
    /// Whether coloured ink (red seals, receive stamps, ballpoint) is read like print; by
    /// default it is dropped, so that the black text under a seal is read (`InkFilter`).
    public var keepsColouredInk: Bool

    public init(enabled: Bool = true, language: String = "vie", dpi: Double = 300,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount, keepsColouredInk: Bool = false) {
        self.enabled = enabled
        self.language = language
        self.dpi = dpi
        self.threads = threads
        self.keepsColouredInk = keepsColouredInk
    }

    public static let standard = OCROptions()
    public static let off = OCROptions(enabled: false)
}

extension OCROptions {
    /// Why OCR cannot run with these options (no language data installed, a malformed
    /// language), nil when it can or is off.
    public var unavailableReason: String? {
        guard enabled else { return nil }
        do throws(OCRError) {
            _ = try OCREngine(language: language, dpi: dpi)
            return nil
        } catch {
            return error.description
        }
    }
}

extension OCROptions: Codable {}
