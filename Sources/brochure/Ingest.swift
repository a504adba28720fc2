import ArgumentParser
import BrochureKit
import BrochureStore

extension Brochure {
    /// Stores brochures in the SQLite database that `history` (and `diff --db`) read.
    ///
    /// Each file is one transaction: a bad file is one line on stderr and the others are still
    /// stored; the summary line on stdout counts all three outcomes.
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ingest",
            abstract: "Store brochures (PDFs, or the JSON extract writes) in an SQLite database.",
            discussion: """
                Directories are searched recursively for *.pdf and *.json. A file whose SHA-256 \
                is already stored is "already present" and adds nothing. Another file of the same \
                organization and edition year is kept beside the first; the newest by as-of date \
                (then ingest time) is current. Prints notes about such editions, then one summary \
                line. Exit codes: 0 every file stored or already present; 1 some files failed \
                (one stderr line each, the others are stored); 20 --db is not a BrochureKit \
                database (not SQLite, damaged, another program's, or from a newer brochure); \
                21 --db cannot be opened or written; 64 usage error.
                """)

        @Argument(help: "Brochure PDFs, JSON files written by extract, or directories holding them.")
        var files: [String]

        @Option(help: "The SQLite database (created when missing).")
        var db = "brochures.sqlite"

        func run() throws {
            try reportingFailures {
                let ingestor = Ingestor(store: try BrochureDatabase(path: db))
                var summary = Ingestor.Summary()
                var notes: [String] = []
                for path in IngestInput.files(files) {
                    let result = try ingestor.ingest(path)
                    summary.add(result)
                    result.warnings.forEach(printError)
                    notes += result.notes
                }
                try writeStandardOutput((notes + [summary.line]).map { $0 + "\n" }.joined())
                if summary.failed > 0 { throw ExitCode(1) }
            }
        }
    }
}
