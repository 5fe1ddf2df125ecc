import CTesseract
import Foundation
import Testing

/// OMP_THREAD_LIMIT is set when the CTesseract code is loaded (a constructor, before main and any
/// thread), not later from whichever thread first loads Tesseract: setenv then would race with
/// other threads' getenv.
@Suite struct OpenMPEnvironmentTests {
    @Test func threadLimitIsInTheEnvironmentBeforeTesseractLoads() {
        // Read straight from the C environment: it is set (to "1", or to the user's own value,
        // which is kept) whether or not a test in this process has run OCR yet.
        #expect(getenv("OMP_THREAD_LIMIT") != nil)
    }
}
