#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Wall-clock time per `PipelineStage` for one run of the pipeline.
///
/// A value type that stages add to, so the profiler's loop over pages can charge extraction
/// and layout page by page and the totals still come out per stage.
public struct StageTimer: Sendable {
    public private(set) var elapsed: [PipelineStage: Swift.Duration] = [:]

    public init() {}

    /// Runs `body` and adds its time to `stage`.
    public mutating func measure<T, E: Error>(_ stage: PipelineStage, _ body: () throws(E) -> T) throws(E) -> T {
        let start = ContinuousClock.now
        defer { elapsed[stage, default: .zero] += ContinuousClock.now - start }
        return try body()
    }

    /// Moves time measured inside `source` (such as normalisation inside the parsers) to `target`.
    public mutating func move(_ duration: Swift.Duration, from source: PipelineStage, to target: PipelineStage) {
        elapsed[source, default: .zero] -= duration
        elapsed[target, default: .zero] += duration
    }

    /// A stage's time in milliseconds (0 for a stage that did not run).
    public func milliseconds(_ stage: PipelineStage) -> Double {
        Self.milliseconds(elapsed[stage] ?? .zero)
    }

    /// The summed time of `stages` in milliseconds.
    public func milliseconds(of stages: [PipelineStage]) -> Double {
        stages.reduce(0) { $0 + milliseconds($1) }
    }

    static func milliseconds(_ duration: Swift.Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1e3 + Double(parts.attoseconds) / 1e15
    }
}
