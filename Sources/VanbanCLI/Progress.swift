import Foundation

/// Progress on standard error: a bar redrawn in place on a terminal (files, files/s, ETA,
/// failures so far), a plain line every few seconds in a log, or nothing.
final class Progress {
    enum Style {
        /// A bar redrawn in place (for a terminal).
        case bar
        /// A line every `linePeriod` seconds (for logs and pipes).
        case lines
        case off
    }

    private var total: Int?
    private let label: String
    private let style: Style
    private let start = Date()
    private var done = 0
    private var failures = 0
    private var lastDraw = Date.distantPast
    private var drawnDone = -1
    private var drawnFailures = -1
    private let linePeriod: Double = 5

    init(total: Int?, label: String, style: Style) {
        self.total = total
        self.label = label
        self.style = style
        if style == .lines { lastDraw = start }
    }

    /// A bar on a terminal for more than one file, else nothing (piped output stays clean).
    convenience init(total: Int, label: String, enabled: Bool = Terminal.stderrIsTerminal) {
        self.init(total: total, label: label, style: enabled && total > 1 ? .bar : .off)
    }

    /// A bar on a terminal, plain lines otherwise, nothing when `quiet`.
    static func forStream(label: String, quiet: Bool) -> Progress {
        Progress(total: nil, label: label, style: quiet ? .off : Terminal.stderrIsTerminal ? .bar : .lines)
    }

    func advance(failed: Bool) {
        update(done: done + 1, failed: failures + (failed ? 1 : 0), total: total)
    }

    /// Sets the counts so far; `total` may become known along the way.
    func update(done: Int, failed: Int, total: Int?) {
        self.done = done
        failures = failed
        if let total { self.total = total }
        let period = style == .bar ? 0.1 : linePeriod
        let finished = done == self.total && (done != drawnDone || failed != drawnFailures)
        guard style != .off, done > 0, Date().timeIntervalSince(lastDraw) >= period || finished else { return }
        draw()
    }

    /// Draws the last counts when they are not the ones on screen (failures counted after the
    /// last draw: the line then agrees with the summary), and ends the bar's line.
    func finish() {
        if style != .off, done > 0, done != drawnDone || failures != drawnFailures { draw() }
        if style == .bar, lastDraw != .distantPast { Terminal.errorText("\n") }
    }

    private func draw() {
        lastDraw = Date()
        drawnDone = done
        drawnFailures = failures
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        var counts = "\(done)"
        var eta = ""
        if let total {
            counts += "/\(total)"
            if rate > 0, done < total { eta = "  ETA " + Progress.clock(Double(total - done) / rate) }
        }
        let stats = String(format: "%@ files  %.1f files/s%@  failed %d", counts, rate, eta, failures)
        switch style {
        case .bar:
            let width = 30
            let filled = total.map { $0 > 0 ? min(width, width * done / $0) : width } ?? 0
            let bar = total == nil ? "" : String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + " "
            Terminal.errorText("\r\u{1B}[K\(label) \(bar)\(stats)")
        case .lines:
            Terminal.errorText("\(label): \(stats)\n")
        case .off:
            break
        }
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
