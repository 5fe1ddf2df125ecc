import Foundation
import Testing
@testable import VanbanText

/// Text files shaped to make the plain-text reader slow (found with the fuzz targets in Fuzz/):
/// each must read in time linear in its size.
@Suite struct PlainTextSlowInputTests {
    /// One long line of unpaired emphasis runs: each "_" closer used to search every "*" opener
    /// before it (quadratic: 20,000 of them took seconds, 80,000 over a minute).
    @Test func longLineOfUnpairedEmphasisRuns() throws {
        let line = String(repeating: "*Sở_ ", count: 20_000) + "**Nơi nhận:**"
        let started = ContinuousClock.now
        let body = try PlainTextReader().read(Data(line.utf8)).body
        let elapsed = ContinuousClock.now - started
        // Nothing pairs but the bold at the end; every other run stays as written.
        #expect(body == String(repeating: "*Sở_ ", count: 20_000) + "Nơi nhận:")
        #expect(elapsed < .seconds(3), "took \(elapsed)")
    }
}
