import ArgumentParser
import BrochureKit
import Foundation

extension Brochure {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Extract the brochure's sections as validated JSON.",
            discussion: """
                Prints one JSON document (see Schemas/brochure.schema.json); -o writes it to a \
                file atomically instead. Figures that do not add up, a damaged cross-reference \
                table poppler rebuilt (xref-repaired), text without a Unicode mapping \
                (unmapped-text) and text drawn over other text (overlaid-text) are listed in \
                "warnings"; with --strict they also make the exit \
                code 1. Exit 19 or 23 when a limit is exceeded (--max-pages, \
                --max-glyphs-per-page, --time-limit).
                """)

        @OptionGroup var input: InputOptions

        @Option(name: .shortAndLong, help: "Write the JSON here (atomically) instead of to stdout.")
        var output: String?

        @Flag(help: "Add to every row and entry the page, box and text it came from.")
        var provenance = false

        @Flag(help: "Exit with 1 when a cross-check fails.")
        var strict = false

        @Flag(help: "One line of JSON instead of indented output.")
        var compact = false

        func run() throws {
            let warmUp = WarmUp.start(threads: input.threads)
            defer { warmUp.wait() }
            try reportingFailures {
                let pdf = try input.open()
                let document = BrochureExtractor(provenance: provenance).extract(
                    pdf, layout: try input.extractionLayout(of: pdf), threads: input.threads)
                let json = try JSONOutput.encode(document, pretty: !compact)
                // Our own output breaking our own contract is a bug: say so, write nothing.
                if let error = try BundledSchema.brochure.validate(jsonText: json).first {
                    printError("internal error: the output breaks Schemas/brochure.schema.json at \(error); please report it with the PDF")
                    throw ExitCode(3)
                }
                if let output {
                    try writeOutputFile(Data(json.utf8), to: output)
                } else {
                    try writeStandardOutput(json)
                }
                if strict && !document.warnings.isEmpty { throw ExitCode(1) }
            }
        }
    }
}
