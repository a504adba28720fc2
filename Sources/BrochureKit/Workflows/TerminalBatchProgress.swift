import Foundation

/// A one-line progress bar redrawn in place on a terminal (`--progress bar`).
///
/// Redrawn at most ten times a second: on a fast archive, drawing every file would cost
/// more than converting it. Failures are printed above the bar as they happen.
public final class TerminalBatchProgress: BatchProgress, @unchecked Sendable {
    let descriptor: Int32
    private var lastDraw = 0.0
    private var drawn = false

    public init(descriptor: Int32 = 2) {
        self.descriptor = descriptor
    }

    public func report(_ event: BatchEvent) {
        if event.kind == .failed {
            writeLine("\r\u{1B}[K✗ \(event.input): \(event.error ?? "failed")\n", to: descriptor)
            drawn = false
        }
        let now = event.elapsed
        guard !drawn || now - lastDraw >= 0.1 || event.done == event.total else { return }
        lastDraw = now
        drawn = true
        writeLine("\r\u{1B}[K" + Self.line(event), to: descriptor)
    }

    public func finish() {
        if drawn { writeLine("\n", to: descriptor) }
    }

    static func line(_ event: BatchEvent) -> String {
        let width = 24
        let share = event.total == 0 ? 1 : Double(event.done) / Double(event.total)
        let filled = Int((share * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        var parts = ["\(bar) \(event.done)/\(event.total)", String(format: "%.1f files/s", event.filesPerSecond)]
        if let eta = event.eta { parts.append("ETA " + clock(eta)) }
        if event.failed > 0 { parts.append("\(event.failed) failed") }
        return parts.joined(separator: " · ")
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
