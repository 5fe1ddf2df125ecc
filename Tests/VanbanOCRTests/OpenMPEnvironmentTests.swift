import CTesseract
import Foundation
import Testing

/// Tesseract's OpenMP is turned single-threaded through its API, never through the environment
/// (setenv races with other threads, and a load-time setenv moved `environ`, where a program
/// linked with the static Swift runtime finds its arguments).
@Suite struct OpenMPEnvironmentTests {
    @Test(.enabled(if: vanban_tesseract_load() != 0, "no libtesseract"))
    func parallelRegionsAreOffOnceSingleThreaded() {
        vanban_tesseract_single_threaded()
        #expect(vanban_tesseract_openmp_levels() == 0)
    }

    /// (Fails where the person running the tests set OMP_THREAD_LIMIT themselves.)
    @Test func loadingLeavesTheEnvironmentAlone() {
        vanban_tesseract_single_threaded()
        #expect(getenv("OMP_THREAD_LIMIT") == nil)
    }
}
