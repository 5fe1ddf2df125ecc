import Foundation
import VanbanExchange
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

    /// Reads the file at `path` (a `StoredPath`: a name that is not UTF-8 is opened by its exact
    /// bytes) and hashes it: the one place where a file's bytes are read. The file is opened
    /// once and everything else asked of that descriptor: only a regular file is read (a FIFO,
    /// a device or a socket is `unsupported`, and opening never waits on one); a file over the
    /// size limit is hashed a MiB at a time and not kept, so the archive can still tell its content.
    public func read(path: String) -> FileContent {
        var source = Source(file: StoredPath.name(path), path: path)
        func failed(_ code: TextExtractionError.Code, _ message: String) -> FileContent {
            FileContent(source: source, data: nil, error: TextExtractionError(code, message))
        }
        let fd = StoredPath.withCString(path) { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY) }
        guard fd >= 0 else { return failed(.unreadable, "cannot read the file: \(String(cString: strerror(errno)))") }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var info = stat()
        guard fstat(fd, &info) == 0 else { return failed(.unreadable, "cannot read the file: \(String(cString: strerror(errno)))") }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else { return failed(.unsupported, "not a regular file: \(Self.fileTypeName(type))") }
        // A regular file never blocks; reads go on as usual.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        let size = Int(info.st_size)
        source.bytes = size
        do {
            if size > limits.maxFileBytes {
                source.sha256 = try Self.hash(handle)
                return failed(.tooLarge, "the file is \(size) bytes; the limit is \(limits.maxFileBytes)")
            }
            let data = try handle.read(upToCount: limits.maxFileBytes + 1) ?? Data()
            if data.count > limits.maxFileBytes {
                try handle.seek(toOffset: 0)
                source.sha256 = try Self.hash(handle)
                return failed(.tooLarge, "the file is over the limit of \(limits.maxFileBytes) bytes")
            }
            source.sha256 = SHA256.hex(data)
            return FileContent(source: source, data: data, error: nil)
        } catch {
            return failed(.unreadable, "cannot read the file: \(error.localizedDescription)")
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

    /// The SHA-256 of what `handle` has left to read, a MiB at a time.
    private static func hash(_ handle: FileHandle) throws -> String {
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(chunk) }
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
        let ext = Self.fileExtension(source.file)
        if EdXMLEnvelope.looksLikeEnvelope(data) { return envelope(data, source: source) }
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

    /// An edXML envelope: its attachment read as a file, then the header's fields over the
    /// record's (the sender's register is the authority on number, date, issuer and signer).
    private func envelope(_ data: Data, source: Source) -> Extraction {
        var source = source
        let envelope: EdXMLEnvelope
        do {
            envelope = try EdXMLEnvelope(data)
        } catch {
            return Extraction(record: .failed(source, code: TextExtractionError.Code.corrupt.rawValue,
                                              message: "an edXML envelope that cannot be read: \(error)"))
        }
        var extraction: Extraction
        if let attachment = envelope.attachments.first(where: { !EdXMLEnvelope.looksLikeEnvelope($0.data) }) {
            var inner = source
            inner.file = attachment.name ?? source.file
            extraction = extract(attachment.data, source: inner)
            extraction.record.source.file = source.file
            extraction.record.source.bytes = data.count
            extraction.record.source.sha256 = source.sha256
            extraction.record.warnings.append("read from the attachment \(attachment.name ?? "") of an edXML envelope")
        } else {
            source.format = nil
            var record = Record(source: source, warnings: ["an edXML envelope without an attachment: only its header was read"])
            record.type = nil
            extraction = Extraction(record: record, text: nil)
        }
        if extraction.record.status == .failed, !envelope.header.isEmpty {
            // The attachment could not be read; the header still describes the document.
            extraction.record.warnings.append("attachment: \(extraction.record.error?.message ?? "")")
            extraction.record.status = .ok
            extraction.record.error = nil
        }
        envelope.apply(to: &extraction.record)
        extraction.record.extra.append(("container", .string("edxml")))
        return extraction
    }

    /// The text the rules see for the file at `path` (what `vanban text` prints).
    public func text(forFileAt path: String) throws -> String {
        let content = read(path: path)
        guard let data = content.data else { throw content.error ?? TextExtractionError(.unreadable, "the file could not be read") }
        let document = try TextExtractor(limits: limits, ocr: ocr).extract(data, fileExtension: Self.fileExtension(content.source.file))
        return Self.rulesText(of: document)
    }

    /// The text the rules read: normalised, and where pages were read by OCR, its fixed words mended.
    static func rulesText(of document: DocumentText) -> String {
        let text = VietnameseText.normalize(document.body)
        return document.ocr ? OCRRepair.mend(text) : text
    }

    func analyze(_ document: DocumentText, source: Source) -> Extraction {
        let text = Self.rulesText(of: document)
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
        if let number = record.number, number.seq == nil {
            record.warnings.append("the number's sequence is blank or could not be read (\(number.raw)): only its printed part is kept")
        }
        if record.date == nil, let month = record.extra.first(where: { $0.0 == "dateMonth" })?.1, case .string(let m) = month {
            record.warnings.append("the date's day is blank or could not be read: date left null, its month kept in dateMonth (\(m))")
        }
        record.signatures = document.signatures
        // The stamp's text, when the page shows one; else the first signature.
        if record.signature == nil, let first = record.signatures.first, first.signer != nil {
            record.signature = Signature(signer: first.signer, email: first.email, signedAt: first.signedAt,
                                         authority: first.organization)
        }
        return Extraction(record: record, text: text)
    }

    /// The extension of a file name ("letter.PDF" → "PDF").
    static func fileExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
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
