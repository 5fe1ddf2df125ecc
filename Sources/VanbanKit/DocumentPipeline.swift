import Foundation
import VanbanRecord
import VanbanRules
import VanbanText

/// The whole extraction: a file on disk in, its record out. Never throws: a file that
/// cannot be read gives a `failed` record with a stable error code.
public struct DocumentPipeline: Sendable {
    public var limits: ExtractionLimits
    /// How PDF pages without a text layer are read.
    public var ocr: OCROptions

    /// Below this OCR confidence a record carries a warning to check its fields.
    public static let lowOCRConfidence = 0.75

    public init(limits: ExtractionLimits = .standard, ocr: OCROptions = .standard) {
        self.limits = limits
        self.ocr = ocr
    }

    /// The record for the file at `path`.
    public func record(forFileAt path: String) -> Record {
        let url = URL(fileURLWithPath: path)
        var source = Source(file: url.lastPathComponent, path: path)
        let data: Data
        do {
            data = try readFile(url, into: &source)
        } catch let error as TextExtractionError {
            return .failed(source, code: error.code.rawValue, message: error.message)
        } catch {
            return .failed(source, code: "unreadable", message: "cannot read the file: \(error.localizedDescription)")
        }
        return extract(data, source: source).record
    }

    /// The record for `data`, already read from the file that `source` names.
    public func record(for data: Data, source: Source) -> Record {
        extract(data, source: source).record
    }

    /// A record and the text its rules saw.
    public struct Extraction: Sendable {
        public var record: Record
        /// The normalised document text (what `vanban text` prints), nil for a failed file.
        public var text: String?
    }

    /// The record for `data` and its text, in one reading. Pass `sha256` when the caller hashed the bytes already.
    public func extract(_ data: Data, source: Source, sha256: String? = nil) -> Extraction {
        var source = source
        source.bytes = data.count
        source.sha256 = sha256 ?? SHA256.hex(data)
        let ext = (source.file as NSString).pathExtension
        source.format = TextExtractor(limits: limits).format(of: data, fileExtension: ext)?.rawValue
        do {
            let document = try TextExtractor(limits: limits, ocr: ocr).extract(data, fileExtension: ext)
            source.format = document.format.rawValue
            source.pages = document.pages
            return analyze(document, source: source)
        } catch let error as TextExtractionError {
            return Extraction(record: .failed(source, code: error.code.rawValue, message: error.message))
        } catch {
            return Extraction(record: .failed(source, code: "corrupt", message: "\(error)"))
        }
    }

    /// The text the rules see for the file at `path` (what `vanban text` prints).
    public func text(forFileAt path: String) throws -> String {
        var source = Source(file: (path as NSString).lastPathComponent, path: path)
        let data = try readFile(URL(fileURLWithPath: path), into: &source)
        let document = try TextExtractor(limits: limits, ocr: ocr).extract(data, fileExtension: (path as NSString).pathExtension)
        return VietnameseText.normalize(document.body)
    }

    func analyze(_ document: DocumentText, source: Source) -> Extraction {
        let text = VietnameseText.normalize(document.body)
        var record = Record(source: source, warnings: document.warnings)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            let failed = Record.failed(source, code: TextExtractionError.Code.noText.rawValue,
                                       message: "the file has no text layer" + (document.pages.map { " (\($0) pages)" } ?? ""),
                                       warnings: document.warnings)
            return Extraction(record: failed)
        }
        if let legacy = document.legacyEncoding {
            record.warnings.append("converted from the legacy \(legacy) encoding")
        }
        if document.ocr {
            let confidence = ((document.ocrConfidence ?? 0) * 100).rounded() / 100
            record.extra.append(("ocr", .bool(true)))
            record.extra.append(("ocrConfidence", .number(confidence)))
            if confidence < Self.lowOCRConfidence {
                record.warnings.append("OCR confidence is low (\(confidence)): check the fields against the scan")
            }
        }
        DocumentAnalyzer().analyze(text, into: &record)
        return Extraction(record: record, text: text)
    }

    /// Reads the file at `url`, which must be a regular file of at most `limits.maxFileBytes`.
    ///
    /// Opened with `O_NONBLOCK` and checked with `fstat` on the opened descriptor (not on the path,
    /// which another process could swap in between): a FIFO, socket, device or folder is refused
    /// with `.unsupported` before any read, so a pipe with no writer cannot block the pipeline.
    private func readFile(_ url: URL, into source: inout Source) throws -> Data {
        let fd = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw TextExtractionError(.unreadable, "cannot open the file: \(reason)")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw TextExtractionError(.unreadable, "cannot stat the file: \(String(cString: strerror(errno)))")
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            throw TextExtractionError(.unsupported, "not a regular file: \(Self.fileTypeName(type))")
        }
        let size = Int(info.st_size)
        source.bytes = size
        if size > limits.maxFileBytes {
            throw TextExtractionError(.tooLarge, "the file is \(size) bytes; the limit is \(limits.maxFileBytes)")
        }
        // A regular file never blocks; the flag is cleared all the same so that reads are plain.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
        let data = try handle.read(upToCount: limits.maxFileBytes + 1) ?? Data()
        if data.count > limits.maxFileBytes {
            throw TextExtractionError(.tooLarge, "the file is over the limit of \(limits.maxFileBytes) bytes")
        }
        return data
    }

    /// What a non-regular file is, for the message of its failed record.
    private static func fileTypeName(_ type: mode_t) -> String {
        switch type {
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "a special file"
        }
    }
}
