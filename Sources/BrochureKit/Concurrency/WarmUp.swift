import Dispatch

/// Does the one-time set-up of the section stage on another thread while the PDF is read.
///
/// A process pays, once, for opening ICU's normaliser, date formats and spell-out rules,
/// compiling the value parsers' regular expressions on their first match and compiling the
/// output schema: about as much as reading and laying out a two-page brochure (the *cold*
/// column of BENCHMARKS.md's stage split). None of it depends on the PDF, so `extract` starts
/// it first and the page reading runs beside it; a parser that gets there first waits for the
/// same one-time initialisation instead of repeating it (Swift statics, the regexes' compiled
/// programs and `ICUPool` are safe to race).
public final class WarmUp: Sendable {
    private let group = DispatchGroup()

    private init() {}

    /// Starts the set-up on a background thread when the command may use more than one
    /// (`threads`, nil for the CPUs available); on one thread it would only add work that the
    /// document may not need (a batch's workers on a fully used machine run with one).
    public static func start(threads: Int? = nil) -> WarmUp {
        let warmUp = WarmUp()
        if (threads ?? ParallelWork.availableProcessors) > 1 {
            DispatchQueue.global(qos: .userInitiated).async(group: warmUp.group) { Self.run() }
        }
        return warmUp
    }

    /// Blocks until the set-up is done: before the process exits, so that no thread is still
    /// inside ICU when its data is unloaded.
    public func wait() {
        group.wait()
    }

    /// One call of every value parser on a typical text; the results are thrown away.
    static func run() {
        _ = try? JapaneseTextNormalizer.shared.normalize("令和６年３月現在　５５（２０）名")
        _ = try? EraDate.parse("令和6年3月1日現在")
        _ = try? EraDate.parse("R6.3")
        _ = try? FiscalYear.parse("令和元年度")
        _ = try? JapaneseNumeral.parse("十二")
        _ = try? Headcount.parse("55（20）")
        _ = try? PhoneNumber.parse("03-5253-5069")
        _ = try? EmailAddress.parse("saiyo@example.go.jp")
        _ = try? Floor.first(in: "中央合同庁舎2号館7階")
        _ = try? WalkingTime.first(in: "徒歩約3分")
        _ = try? StationExit.first(in: "A2出口")
        _ = try? Duration.parse("約1~2年")
        _ = BundledSchema.brochure.schema
    }
}
