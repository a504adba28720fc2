import ArgumentParser
import BrochureKit
import BrochureStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DiffFormat: ExpressibleByArgument {}

extension Brochure {
    /// Compares two editions of a brochure, each a PDF or the JSON `extract` wrote.
    ///
    /// Exits like `diff`: 0 when the editions do not differ, 1 when they do, so a script can
    /// ask "did anything change?" without reading the output. All the work is in
    /// `BrochureInput`, `EditionDiff` and `DiffFormat`; this only wires them to the terminal.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Compare two editions of a brochure (each a PDF or extract's JSON).",
            discussion: """
                Rows are aligned by key (hiring by fiscal year, assignments by unit, exam entries \
                by track/level/category, contacts by track/specialty, routes by station, \
                initiatives and support systems by title) and every added, removed or changed \
                value is listed with old → new. Notices pick out planned figures that became \
                actual, units that appeared or disappeared, changed contacts and women's shares. \
                A file is read as a PDF when it starts with %PDF, otherwise as JSON that must \
                follow Schemas/brochure.schema.json. --format json follows Schemas/diff.schema.json. \
                Exit codes: 0 no differences; 1 differences; 3 internal error (the JSON breaks \
                its own schema); 10 a file is missing or unreadable, or stdout cannot be written; \
                11 a file is empty, or neither a PDF nor JSON; 12–16 as extract (damaged, \
                encrypted, wrong password, no text layer); 18 a file is JSON but not a brochure \
                document; 64 usage error, including - given for both files. With --db and --org, \
                OLD and NEW are edition years of a stored organization (brochure ingest), so \
                no PDF is needed: diff --db brochures.sqlite --org 総務省 2024 2025; then 20, 21 \
                and 22 are as for history (not a database, cannot be opened, no such edition).
                """)

        @Argument(help: "The older edition: a PDF, extract's JSON, or - for standard input; with --db, an edition year.")
        var old: String

        @Argument(help: "The newer edition: a PDF, extract's JSON, or - for standard input; with --db, an edition year.")
        var new: String

        @Option(help: "Compare two editions stored by ingest in this SQLite database (needs --org).")
        var db: String?

        @Option(help: "With --db: the organization whose editions OLD and NEW are (総務省).")
        var org: String?

        @Option(help: "table (for a terminal), markdown (for reports) or json (Schemas/diff.schema.json).")
        var format: DiffFormat = .table

        @Option(help: "The password of an encrypted PDF (used for whichever input needs one).")
        var password: String?

        @Flag(help: "Also report rows and sections printed on another page.")
        var includePages = false

        @Flag(help: "Also report a year label printed differently (令和2年度 → R2) for the same fiscal year.")
        var includeLabels = false

        @Flag(help: "With --format json, one line instead of indented output.")
        var compact = false

        func validate() throws {
            guard (db == nil) == (org == nil) else { throw ValidationError("--db and --org go together: diff --db PATH --org NAME OLD-YEAR NEW-YEAR") }
            if db != nil && (Int(old) == nil || Int(new) == nil) {
                throw ValidationError("with --db, OLD and NEW are edition years (e.g. 2024 2025), not '\(old)' and '\(new)'")
            }
        }

        func run() throws {
            try reportingFailures {
                if old == "-" && new == "-" { throw DiffError.bothStandardInput }
                let (before, after) = try documents()
                if let a = before.organization, let b = after.organization, a != b {
                    printError("warning: \(old) is \(a) and \(new) is \(b); changes are listed, but no notices are drawn across organizations")
                }
                let diff = EditionDiff.compare(
                    old: before, new: after, options: .init(includePages: includePages, includeLabels: includeLabels))
                let text = try format.render(diff, color: Self.colorWanted(), pretty: !compact)
                if !text.isEmpty { try writeStandardOutput(text) }
                if diff.hasDifferences { throw ExitCode(1) }
            }
        }

        /// The two documents: from the database when --db is given, else from the files.
        func documents() throws -> (BrochureDocument, BrochureDocument) {
            if let db, let org, let oldYear = Int(old), let newYear = Int(new) {
                let store = try BrochureDatabase(path: db, mustExist: true)
                return (try store.document(organization: org, editionYear: oldYear), try store.document(organization: org, editionYear: newYear))
            }
            return (try BrochureInput.load(old, password: password), try BrochureInput.load(new, password: password))
        }

        /// Colour only for a person at a terminal who has not asked for none: no-color.org
        /// counts an empty NO_COLOR as unset.
        static func colorWanted() -> Bool {
            guard isatty(1) == 1 else { return false }
            guard let value = getenv("NO_COLOR") else { return true }
            return value.pointee == 0
        }
    }
}
