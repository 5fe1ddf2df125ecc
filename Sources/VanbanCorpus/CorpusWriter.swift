import Foundation
import VanbanRecord

/// Writes letters as files (`vb-0001-cong-van.txt`, `.docx`, `.pdf`) and, in `gold/`, the
/// expected record of each file (`vb-0001-cong-van.pdf.gold.json`), as the scorer reads them.
public struct CorpusWriter: Sendable {
    public struct Summary: Sendable {
        public var files = 0
        public var bytes = 0
        public var pages = 0
    }

    public let directory: URL
    public let formats: [CorpusFormat]
    public let seed: UInt64
    /// When true each letter is written in one format only, the formats taken in turn (a mixed archive).
    public let oneFormatEach: Bool
    /// When true each PDF is signed as a real letter is (the signer, then the body's seal;
    /// see `LetterSigning`), and its gold record lists the signatures.
    public let signed: Bool

    public init(directory: URL, formats: [CorpusFormat], seed: UInt64, oneFormatEach: Bool = false, signed: Bool = false) {
        self.directory = directory
        self.formats = formats
        self.seed = seed
        self.oneFormatEach = oneFormatEach
        self.signed = signed
    }

    /// The formats one letter is written in.
    func formats(for letter: Letter) -> [CorpusFormat] {
        guard oneFormatEach, !formats.isEmpty else { return formats }
        return [formats[letter.index % formats.count]]
    }

    /// Writes every letter in every format, on all cores; the first failure is thrown once the batch is done.
    public func write(_ letters: [Letter]) throws -> Summary {
        let gold = try prepare()
        return try write(batch: letters, width: Self.width(letters.count), gold: gold)
    }

    /// Generates and writes a corpus batch by batch, so memory stays flat however many letters there are.
    public func write(_ generator: CorpusGenerator) throws -> Summary {
        let gold = try prepare()
        let width = Self.width(generator.options.count)
        var total = Summary()
        try generator.generate { batch in
            let s = try write(batch: batch, width: width, gold: gold)
            total.files += s.files
            total.bytes += s.bytes
            total.pages += s.pages
        }
        return total
    }

    /// Digits in file numbers: at least four, more for large corpora.
    static func width(_ count: Int) -> Int {
        max(4, String(count).count)
    }

    private func prepare() throws -> URL {
        let gold = directory.appendingPathComponent("gold", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: true)
        } catch {
            throw CorpusError(code: "io", message: "cannot create \(gold.path): \(error.localizedDescription)")
        }
        return gold
    }

    private func write(batch letters: [Letter], width: Int, gold: URL) throws -> Summary {
        let collector = Collector()
        DispatchQueue.concurrentPerform(iterations: letters.count) { i in
            do {
                collector.add(try write(letters[i], width: width, gold: gold))
            } catch {
                collector.fail(error)
            }
        }
        if let error = collector.error { throw error }
        return collector.summary
    }

    /// The bytes of one letter in one format, and its page count where the format has pages.
    public func render(_ letter: Letter, as format: CorpusFormat, text: PlainTextRenderer.Output) throws -> (data: Data, pages: Int?) {
        let out = try rendered(letter, as: format, text: text)
        return (out.data, out.pages)
    }

    /// `render`, and for a signed PDF where it left the number and the day blank for its signatures.
    private func rendered(_ letter: Letter, as format: CorpusFormat,
                          text: PlainTextRenderer.Output) throws -> (data: Data, pages: Int?, blanks: SigningBlanks?) {
        switch format {
        case .txt: return (Data(text.text.utf8), nil, nil)
        case .docx: return (try DOCXWriter().data(for: letter), nil, nil)
        case .pdf:
            let out = try PDFRenderer(leavesBlanks: signed).render(letter)
            guard signed else { return (out.data, out.pages, nil) }
            var data = out.data
            for identity in LetterSigning.identities(for: letter, blanks: out.blanks) {
                data = try PDFSigner().sign(data, as: identity)
            }
            return (data, out.pages, out.blanks)
        }
    }

    private func write(_ letter: Letter, width: Int, gold: URL) throws -> Summary {
        var summary = Summary()
        let text = PlainTextRenderer().render(letter)
        let builder = GoldRecordBuilder(seed: seed)
        for format in formats(for: letter) {
            let (data, pages, blanks) = try rendered(letter, as: format, text: text)
            let file = letter.stem(width: width) + "." + format.rawValue
            var record = builder.record(for: letter, text: text, file: file, path: file, format: format.rawValue,
                                        pages: pages, bytes: data.count)
            if signed, format == .pdf {
                record.signatures = LetterSigning.expected(for: letter, blanks: blanks)
                let first = record.signatures[0]
                record.signature = Signature(signer: first.signer, email: first.email, signedAt: first.signedAt,
                                             authority: first.organization)
            }
            try save(data, to: directory.appendingPathComponent(file))
            try save(Data((record.json.prettySerialized() + "\n").utf8), to: gold.appendingPathComponent(file + ".gold.json"))
            summary.files += 1
            summary.bytes += data.count
            summary.pages += pages ?? 0
        }
        return summary
    }

    private func save(_ data: Data, to url: URL) throws {
        do {
            try data.write(to: url)
        } catch {
            throw CorpusError(code: "io", message: "cannot write \(url.path): \(error.localizedDescription)")
        }
    }

    private final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var summary = Summary()
        private(set) var error: Error?

        func add(_ s: Summary) {
            lock.lock()
            summary.files += s.files
            summary.bytes += s.bytes
            summary.pages += s.pages
            lock.unlock()
        }

        func fail(_ e: Error) {
            lock.lock()
            if error == nil { error = e }
            lock.unlock()
        }
    }
}
