import Foundation

/// A progress bar on standard error when it is a terminal (files, files/s, ETA, failures);
/// silent otherwise, so piped output stays clean.
final class Progress {
    private let total: Int
    private let label: String
    private let enabled: Bool
    private let start = Date()
    private var done = 0
    private var failures = 0
    private var lastDraw = Date.distantPast

    init(total: Int, label: String, enabled: Bool = Terminal.stderrIsTerminal) {
        self.total = total
        self.label = label
        self.enabled = enabled && total > 1
    }

    func advance(failed: Bool) {
        done += 1
        if failed { failures += 1 }
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = Date()
        draw()
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func draw() {
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = String(format: "\r%@ %@ %d/%d  %.1f files/s  ETA %@  failed %d ", label, bar, done, total, rate,
                          Progress.clock(eta), failures)
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
