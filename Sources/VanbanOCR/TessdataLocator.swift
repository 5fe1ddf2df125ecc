import Foundation

/// Finds the folder that holds Tesseract's `<language>.traineddata` files.
///
/// `TESSDATA_PREFIX`, when set, is the only place searched, as Tesseract itself does; both the
/// folder it names and its `tessdata` subfolder are tried (Tesseract 4+ and 3 conventions).
/// Otherwise the folders where Debian (`tesseract-ocr-<lang>` packages), other Linux
/// distributions and Homebrew put the data are tried in turn.
public struct TessdataLocator: Sendable {
    /// Where packaged language data lives, most likely first.
    public static let standardDirectories = [
        "/usr/share/tesseract-ocr/5/tessdata",
        "/usr/share/tesseract-ocr/4.00/tessdata",
        "/usr/share/tessdata",
        "/usr/local/share/tessdata",
        "/opt/homebrew/share/tessdata",
    ]

    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// The folders searched, in order.
    public var candidates: [String] {
        guard let prefix = environment["TESSDATA_PREFIX"], !prefix.isEmpty else { return Self.standardDirectories }
        let trimmed = prefix.count > 1 && prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix
        return [trimmed, (trimmed as NSString).appendingPathComponent("tessdata")]
    }

    /// The first candidate folder that holds data for every one of `languages`.
    /// - Throws: `OCRError.languageDataMissing` naming the first language found nowhere.
    public func directory(for languages: [String]) throws(OCRError) -> String {
        let folders = candidates
        if let folder = folders.first(where: { folder in languages.allSatisfy { Self.hasData($0, in: folder) } }) {
            return folder
        }
        let missing = languages.first { language in !folders.contains { Self.hasData(language, in: $0) } }
        throw OCRError.languageDataMissing(missing ?? languages.joined(separator: "+"), searched: folders)
    }

    /// Whether `folder` holds a readable `<language>.traineddata`.
    public static func hasData(_ language: String, in folder: String) -> Bool {
        let path = (folder as NSString).appendingPathComponent(language + ".traineddata")
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            && FileManager.default.isReadableFile(atPath: path)
    }
}
