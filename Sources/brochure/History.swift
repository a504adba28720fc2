import ArgumentParser
import BrochureKit
import BrochureStore

extension HistoryFormat: ExpressibleByArgument {}

extension Brochure {
    /// One organization's hiring by fiscal year across the editions `ingest` stored.
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "Show an organization's hiring by fiscal year across its stored editions.",
            discussion: """
                Every figure is listed with the edition it came from; a year planned in one \
                edition and actual in a later one gets a "difference" line (actual − planned). \
                Only current editions are used unless --all-editions. --format json follows \
                Schemas/history.schema.json. Exit codes: 0 success; 20 --db is not a BrochureKit \
                database; 21 --db missing or cannot be opened; 22 no stored edition of --org (the \
                message lists the organizations stored); 64 usage error.
                """)

        @Option(help: "The organization, as extract names it (総務省).")
        var org: String

        @Option(help: "The SQLite database written by ingest.")
        var db = "brochures.sqlite"

        @Option(help: "table (aligned text), csv (RFC 4180) or json.")
        var format: HistoryFormat = .table

        @Flag(help: "Include editions superseded by a newer file of the same year.")
        var allEditions = false

        func run() throws {
            try reportingFailures {
                let store = try BrochureDatabase(path: db, mustExist: true)
                let history = try store.history(organization: org, allEditions: allEditions)
                let text = try format.render(history)
                if format == .json, let error = try BundledSchema.history.validate(jsonText: text).first {
                    printError("internal error: the output breaks Schemas/history.schema.json at \(error); please report it")
                    throw ExitCode(3)
                }
                try writeStandardOutput(text)
            }
        }
    }
}
