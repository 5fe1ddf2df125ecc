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
        extract(read(path: path)).record
    }

    /// A file as read from disk: its bytes and content hash, or why it could not be read.
    public struct FileContent: Sendable {
        /// The file's name and path, its size and, when it could be read, its SHA-256.
        public var source: Source
        /// The bytes, when the file could be read within the size limit.
        public var data: Data?
        /// Why the file gives no bytes to extract from.
        public var error: TextExtractionError?

        public init(source: Source, data: Data?, error: TextExtractionError?) {
            self.source = source
            self.data = data
            self.error = error
        }
    }

    /// Reads the file at `path` and hashes it: the one place where a file's bytes are read.
    /// A file over the size limit is hashed a MiB at a time and not kept, so the archive can
    /// still tell its content.
    public func read(path: String) -> FileContent {
        let url = URL(fileURLWithPath: path)
        var source = Source(file: url.lastPathComponent, path: path)
        do {
            let data = try readFile(url, into: &source)
            source.sha256 = SHA256.hex(data)
            return FileContent(source: source, data: data, error: nil)
        } catch let error as TextExtractionError {
            if error.code == .tooLarge { source.sha256 = Self.streamedHash(path) }
            return FileContent(source: source, data: nil, error: error)
        } catch {
            return FileContent(source: source, data: nil,
                               error: TextExtractionError(.unreadable, "cannot read the file: \(error.localizedDescription)"))
        }
    }

    /// The record and text of a file read by `read(path:)`.
    public func extract(_ content: FileContent) -> Extraction {
        guard let data = content.data else {
            let error = content.error ?? TextExtractionError(.unreadable, "the file could not be read")
            return Extraction(record: .failed(content.source, code: error.code.rawValue, message: error.message))
        }
        return extract(data, source: content.source, sha256: content.source.sha256)
    }

    /// The hash of a file too large to hold, read a MiB at a time.
    private static func streamedHash(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(chunk) }
        } catch {
            return nil
        }
        return hasher.finalizeHex()
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
        record.signatures = document.signatures.map {
            DigitalSignature(field: $0.field, signer: $0.signer, email: $0.email, unit: $0.unit,
                             organization: $0.organization, signedAt: $0.signedAt, intact: $0.intact,
                             wholeFile: $0.wholeFile, certificate: $0.certificate)
        }
        // The stamp's text, when the page shows one; else the first signature.
        if record.signature == nil, let first = record.signatures.first, first.signer != nil {
            record.signature = Signature(signer: first.signer, email: first.email, signedAt: first.signedAt,
                                         authority: first.organization)
        }
        return Extraction(record: record, text: text)
    }

    private func readFile(_ url: URL, into source: inout Source) throws -> Data {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        if let type = attributes[.type] as? FileAttributeType, type == .typeDirectory {
            throw TextExtractionError(.unsupported, "a folder, not a file")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        source.bytes = size
        if size > limits.maxFileBytes {
            throw TextExtractionError(.tooLarge, "the file is \(size) bytes; the limit is \(limits.maxFileBytes)")
        }
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let data = try handle.read(upToCount: limits.maxFileBytes + 1) ?? Data()
        if data.count > limits.maxFileBytes {
            throw TextExtractionError(.tooLarge, "the file is over the limit of \(limits.maxFileBytes) bytes")
        }
        return data
    }
}
