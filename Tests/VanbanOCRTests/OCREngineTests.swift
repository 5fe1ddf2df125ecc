import Foundation
import Testing
@testable import VanbanOCR

@Suite("OCR engine settings")
struct OCREngineTests {
    @Test func missingLanguageDataIsAClearError() {
        #expect(throws: OCRError.languageDataMissing("xyz", searched: TessdataLocator.standardDirectories)) {
            try OCREngine(language: "xyz", locator: TessdataLocator(environment: [:]))
        }
    }

    @Test func missingLanguageInALanguageListIsNamed() {
        #expect(throws: OCRError.languageDataMissing("qqq", searched: TessdataLocator.standardDirectories)) {
            try OCREngine(language: "vie+qqq", locator: TessdataLocator(environment: [:]))
        }
    }

    @Test func tessdataPrefixIsTheOnlyPlaceSearchedWhenSet() {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-no-tessdata-\(UUID())").path
        #expect(throws: OCRError.languageDataMissing("vie", searched: [empty, empty + "/tessdata"])) {
            try OCREngine(language: "vie", locator: TessdataLocator(environment: ["TESSDATA_PREFIX": empty + "/"]))
        }
    }

    @Test func tessdataPrefixFindsDataInItsFolderOrItsTessdataSubfolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-tessdata-\(UUID())")
        let nested = root.appendingPathComponent("tessdata")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("model".utf8).write(to: nested.appendingPathComponent("abc.traineddata"))
        let locator = TessdataLocator(environment: ["TESSDATA_PREFIX": root.path])
        #expect(try locator.directory(for: ["abc"]) == nested.path)
        #expect(try OCREngine(language: "abc", locator: locator).tessdataDirectory == nested.path)
    }

    @Test func dataThatIsNotAModelFailsWithoutCrashing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanban-bad-model-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(repeating: 0x41, count: 100).write(to: folder.appendingPathComponent("bad.traineddata"))
        let engine = try OCREngine(language: "bad", tessdataDirectory: folder.path)
        #expect(throws: OCRError.engineFailed("cannot load \"bad\" from \(folder.path)")) {
            try engine.makeRecognizer()
        }
    }

    @Test(arguments: ["", "vie+", "../vie", "/etc/passwd", "vie eng", "script/../x"])
    func malformedLanguagesAreRejected(_ language: String) {
        #expect(throws: OCRError.self) { try OCREngine(language: language) }
        #expect(!OCREngine.isLanguageName(language))
    }

    @Test(arguments: ["vie", "chi_sim", "script/Latin"])
    func tesseractLanguageNamesAreAccepted(_ language: String) {
        #expect(OCREngine.isLanguageName(language))
    }

    @Test(arguments: [0.0, 50, 5_000, .nan])
    func resolutionsOutsideTheUsefulRangeAreRejected(_ dpi: Double) {
        #expect(throws: OCRError.self) { try OCREngine(language: "vie", dpi: dpi) }
    }

    @Test func debianDataIsFoundWithoutSettings() throws {
        try #require(TessdataLocator.hasData("vie", in: "/usr/share/tesseract-ocr/5/tessdata"),
                     "tesseract-ocr-vie is not installed")
        let engine = try OCREngine(locator: TessdataLocator(environment: [:]))
        #expect(engine.tessdataDirectory == "/usr/share/tesseract-ocr/5/tessdata")
    }
}
