import ArgumentParser
import BrochureKit
import Foundation

extension Brochure {
    /// Times each stage of `text` and `extract` in-process (hidden): where the time goes, so
    /// the next optimisation is chosen from data. Process start-up is not included; the
    /// benchmark (`make bench`) measures it apart.
    struct Profile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "profile",
            abstract: "Time each pipeline stage on one PDF (ms per stage and share): a benchmarking aid.",
            discussion: """
                Runs extraction, layout, text rendering, sections (normalisation timed apart), JSON \
                encoding, schema compilation and validation --repeat times in one process. The first \
                run is cold (ICU objects opened, schema compiled); the others show the warm cost, \
                reported as their median. --json prints every run's milliseconds per stage.
                """,
            shouldDisplay: false)

        @OptionGroup var input: InputOptions

        @Option(name: .customLong("repeat"), help: "Runs in this process; the first is cold, the median of the rest is the warm cost.")
        var repetitions: Int = 5

        @Flag(help: "Print JSON: the file, its page count and each run's milliseconds per stage.")
        var json = false

        func validate() throws {
            guard repetitions >= 1 else { throw ValidationError("--repeat must be at least 1") }
        }

        func run() throws {
            try reportingFailures {
                let profiler = PipelineProfiler(pages: input.page.map { $0...$0 })
                var runs: [StageTimer] = []
                for _ in 0..<repetitions { runs.append(try profiler.run(path: input.file, password: input.password)) }
                let pageCount = input.page == nil ? try input.open().pageCount : 1
                try writeStandardOutput(json ? jsonReport(runs, pageCount: pageCount) : table(runs, pageCount: pageCount))
            }
        }

        private func jsonReport(_ runs: [StageTimer], pageCount: Int) throws -> String {
            let rows = runs.map { run in
                Dictionary(uniqueKeysWithValues: PipelineStage.allCases.map { ($0.rawValue, run.milliseconds($0)) })
            }
            return try JSONOutput.encode(ProfileReport(file: input.file, pages: pageCount, runs: rows), pretty: false)
        }

        private func table(_ runs: [StageTimer], pageCount: Int) -> String {
            let warmRuns = runs.count > 1 ? Array(runs.dropFirst()) : runs
            func warm(_ value: (StageTimer) -> Double) -> Double {
                let sorted = warmRuns.map(value).sorted()
                let middle = sorted.count / 2
                return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
            }
            let extractTotal = warm { $0.milliseconds(of: PipelineStage.extractPipeline) }
            var out = "\(input.file): \(pageCount) page(s), \(runs.count) run(s); warm = median of runs 2–\(runs.count)\n"
            out += "stage            cold ms   warm ms   share of extract (warm)\n"
            for stage in PipelineStage.allCases {
                let share = PipelineStage.extractPipeline.contains(stage) && extractTotal > 0
                    ? String(format: "%5.1f%%", warm { $0.milliseconds(stage) } / extractTotal * 100) : "     -"
                out += padded(stage.rawValue) + String(format: " %8.2f  %8.2f   ", runs[0].milliseconds(stage), warm { $0.milliseconds(stage) })
                    + share + "\n"
            }
            for (name, stages) in [("text total", PipelineStage.textPipeline), ("extract total", PipelineStage.extractPipeline)] {
                let ms = warm { $0.milliseconds(of: stages) }
                out += padded(name) + String(format: " %8.2f  %8.2f   %.0f pages/s warm\n",
                                             runs[0].milliseconds(of: stages), ms, ms > 0 ? Double(pageCount) / ms * 1000 : 0)
            }
            return out
        }

        private func padded(_ name: String) -> String {
            name + String(repeating: " ", count: max(0, 15 - name.count))
        }
    }

    /// `brochure profile --json`: one object per run, stage name → milliseconds.
    struct ProfileReport: Encodable {
        var file: String
        var pages: Int
        var runs: [[String: Double]]
    }
}
