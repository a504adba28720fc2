import ArgumentParser
import BrochureKit
import BrochureStore
import Foundation

extension Brochure {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write one self-contained HTML report with charts of an organization's editions.",
            discussion: """
                brochure report --db brochures.sqlite --org 総務省 -o report.html charts the \
                current stored editions; brochure report OLD.pdf NEW.pdf [MORE…] -o report.html \
                charts the files given (PDFs or extract's JSON). Hires per fiscal year and track \
                (planned years hatched), the share of women per track, the newest cohort's \
                assignments, and the newest edition's changes from the one before. Inline CSS \
                and SVG: nothing is fetched, no script runs. Exit codes as for diff (10–18) and \
                ingest (20–22); 64 for arguments that cannot work.
                """)

        @Argument(help: "Editions to chart: PDFs or extract's JSON (none with --db).")
        var files: [String] = []

        @Option(help: "Chart the editions stored by ingest in this SQLite database (needs --org).")
        var db: String?

        @Option(help: "With --db: the organization to chart (総務省).")
        var org: String?

        @Option(help: "The password of an encrypted PDF.")
        var password: String?

        @Option(name: .shortAndLong, help: "Write the HTML here (atomically) instead of to stdout.")
        var output: String?

        func validate() throws {
            if db != nil {
                guard org != nil else { throw ValidationError("--db needs --org: the organization to chart") }
                guard files.isEmpty else { throw ValidationError("give either --db and --org or files, not both") }
            } else {
                guard org == nil else { throw ValidationError("--org goes with --db") }
                guard !files.isEmpty else { throw ValidationError("give the editions to chart, or --db and --org") }
            }
        }

        func run() throws {
            try reportingFailures {
                let html = ReportHTML(ReportData(documents: try documents())).render()
                if let output {
                    try writeOutputFile(Data(html.utf8), to: output)
                } else {
                    try writeStandardOutput(html)
                }
            }
        }

        /// The current stored edition of each year, or the files given.
        func documents() throws -> [BrochureDocument] {
            if let db, let org {
                let store = try BrochureDatabase(path: db, mustExist: true)
                return try store.editions(organization: org).filter(\.isCurrent).map { try store.document($0) }
            }
            return try files.map { try BrochureInput.load($0, password: password) }
        }
    }
}
