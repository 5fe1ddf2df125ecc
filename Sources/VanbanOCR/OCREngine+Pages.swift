import CLibraryLoaders
import Dispatch
import Foundation

extension OCREngine {
    /// Reads `count` pages on up to `threads` threads, one Tesseract instance each, results in page order.
    ///
    /// `render(i)` gives page `i`'s pixels. Its calls are serialised (never two at once, so it
    /// may use a document that is not thread-safe) and made just before the page is read, so at
    /// most `threads` page images are held at once. Pages not started when `deadline` passes
    /// fail with `OCRError.timedOut`.
    public func recognizePages(count: Int, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                               deadline: ContinuousClock.Instant? = nil,
                               render: @escaping @Sendable (Int) throws(OCRError) -> PageImage)
        -> [Result<OCRPage, OCRError>] {
        guard count > 0 else { return [] }
        let workers = min(max(threads, 1), count)
        let batch = PageBatch(count: count, workers: workers)
        let work: @Sendable (Int) -> Void = { _ in
            let recognizer: TextRecognizer
            do throws(OCRError) { recognizer = try makeRecognizer() } catch {
                batch.workerFailed(error)
                return
            }
            while let (index, image) = batch.next(deadline: deadline, render: render) {
                let page = Result { () throws(OCRError) in try recognizer.recognize(cleaned(image), deadline: deadline) }
                batch.set(index, page)
            }
        }
        if workers == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
        return batch.results
    }

    /// Reads the pages at `indexes` (0-based) of `document` (a `PopplerDocument *`) in parallel,
    /// results in the order of `indexes`. The document is only used by one thread at a time,
    /// but the caller must not use it elsewhere until this returns.
    ///
    /// - Parameter pdf: the document's bytes. With them, a scanned page is read at its scan's
    ///   own resolution (`resolution(forScanAt:)`) when no image in the file is too large to
    ///   decode safely; without them, or past that size, at `dpi`.
    public func recognize(pages indexes: [Int], of document: OpaquePointer, pdf: Data? = nil,
                          threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                          deadline: ContinuousClock.Instant? = nil) -> [Result<OCRPage, OCRError>] {
        if let problem = PopplerLibrary.load() { return indexes.map { _ in .failure(.renderFailed(problem)) } }
        let source = UncheckedDocument(pointer: document)
        let readsScans = pdf.map(Self.scansAreSafeToMeasure) ?? false
        return recognizePages(count: indexes.count, threads: threads, deadline: deadline) { i throws(OCRError) in
            let index = indexes[i]
            guard index >= 0, index < Int(vanban_poppler_document_get_n_pages(source.pointer)),
                  let page = vanban_poppler_document_get_page(source.pointer, Int32(index)) else {
                throw .renderFailed("the document has no page \(index + 1)")
            }
            defer { vanban_g_object_unref(UnsafeMutableRawPointer(page)) }
            return try rasterizer(for: page, readsScans: readsScans).render(page: page)
        }
    }
}

/// A poppler document pointer handed to the batch, which serialises every use of it.
private struct UncheckedDocument: @unchecked Sendable {
    let pointer: OpaquePointer
}

/// The shared state of one batch: the next page to start and the result slots.
private final class PageBatch: @unchecked Sendable {
    private let lock = NSLock()
    private var nextIndex = 0
    private var slots: [Result<OCRPage, OCRError>?]
    private var workersLeft: Int

    init(count: Int, workers: Int) {
        slots = Array(repeating: nil, count: count)
        workersLeft = workers
    }

    /// The next page not yet taken, rendered; nil when none is left. Failed renders and pages
    /// past the deadline are recorded and skipped.
    func next(deadline: ContinuousClock.Instant?,
              render: (Int) throws(OCRError) -> PageImage) -> (Int, PageImage)? {
        lock.lock()
        defer { lock.unlock() }
        while nextIndex < slots.count {
            let index = nextIndex
            nextIndex += 1
            if let deadline, ContinuousClock.now >= deadline {
                slots[index] = .failure(.timedOut)
                continue
            }
            do throws(OCRError) {
                return (index, try render(index))
            } catch {
                slots[index] = .failure(error)
            }
        }
        return nil
    }

    func set(_ index: Int, _ result: Result<OCRPage, OCRError>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    /// A worker could not start Tesseract; when it was the last one, every page not yet
    /// taken fails with `error`.
    func workerFailed(_ error: OCRError) {
        lock.lock()
        defer { lock.unlock() }
        workersLeft -= 1
        guard workersLeft == 0 else { return }
        while nextIndex < slots.count {
            slots[nextIndex] = .failure(error)
            nextIndex += 1
        }
    }

    var results: [Result<OCRPage, OCRError>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .failure(.recognitionFailed("the page was never read")) }
    }
}
