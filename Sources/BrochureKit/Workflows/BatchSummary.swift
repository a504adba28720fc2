import Foundation

/// The outcome of a batch: counts by kind, every failure with its reason, and the pace.
public struct BatchSummary: Sendable, Codable {
    public struct Failure: Sendable, Codable, Hashable {
        public var input: String
        public var error: String
        /// True when an earlier run recorded it and this one skipped it.
        public var earlier: Bool
    }

    /// Inputs selected (after `--shard`).
    public var total = 0
    public var converted = 0
    public var alreadyConverted = 0
    public var failed = 0
    public var failedEarlier = 0
    /// Inputs not reached because the batch was stopped.
    public var notStarted = 0
    public var stopped = false
    public var failures: [Failure] = []
    public var seconds = 0.0
    public var jobs = 1

    /// Every selected input has its JSON.
    public var isComplete: Bool { converted + alreadyConverted == total }

    /// The table printed when a batch ends.
    public func table() -> String {
        var rows: [(String, Int)] = [("converted", converted)]
        if alreadyConverted > 0 { rows.append(("already converted (skipped)", alreadyConverted)) }
        rows.append(("failed", failed))
        if failedEarlier > 0 { rows.append(("failed in an earlier run (skipped; --retry-failed)", failedEarlier)) }
        if notStarted > 0 { rows.append(("not reached (stopped; rerun to finish)", notStarted)) }
        rows.append(("total", total))
        let labelWidth = rows.map(\.0.count).max() ?? 0
        let numberWidth = rows.map { String($0.1).count }.max() ?? 0
        var lines = rows.map { label, n in
            label.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + "  "
                + String(repeating: " ", count: numberWidth - String(n).count) + String(n)
        }
        let worked = converted + failed
        let rate = seconds > 0 ? Double(worked) / seconds : 0
        lines.append(String(format: "%.1f s, %.1f files/s with %d job%@", seconds, rate, jobs, jobs == 1 ? "" : "s"))
        if !failures.isEmpty {
            lines.append("")
            lines.append("failures:")
            for failure in failures.prefix(50) {
                lines.append("  \(failure.input): \(failure.error)\(failure.earlier ? " (earlier run)" : "")")
            }
            if failures.count > 50 { lines.append("  … and \(failures.count - 50) more in the manifest") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
