import ArgumentParser
import BrochureKit
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Brochure {
    /// Validates a JSON document against a JSON Schema (draft 2020-12): one of BrochureKit's
    /// own, chosen from the document's shape, or any schema file given with `--schema`.
    ///
    /// The verdict goes to stdout (`valid`, or one `/json/pointer: message` line per error)
    /// so it can be piped; problems that prevent validating at all go to stderr as one
    /// `brochure: …` line with nothing on stdout, like every other command.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Validate a JSON document against a JSON Schema and print the paths of any errors.",
            discussion: """
                Without --schema the schema is chosen from the document: one with "schemaVersion" \
                and "sections" is `brochure extract` output (Schemas/brochure.schema.json), one with \
                "schemaVersion" and "pages" is `brochure layout` output (Schemas/layout.schema.json), one with \
                "schemaVersion", "changes" and "notices" is `brochure diff --format json` output \
                (Schemas/diff.schema.json), one with "schemaVersion" and "fiscalYears" is \
                `brochure history --format json` output (Schemas/history.schema.json); all are built in. \
                --schema takes a schema file, or the name of a built-in schema (\(BundledSchema.allCases.map(\.rawValue).joined(separator: ", "))). \
                Prints "valid", or one line per error: the JSON pointer of the offending value, a \
                colon, and what is wrong ("(root)" for the document as a whole). Exit codes: 0 valid; 1 not valid (errors on stdout); \
                10 the document or schema file is missing or unreadable; 11 the document or \
                schema is not JSON (empty, not UTF-8, syntax error), or the schema cannot be used \
                (invalid keyword, unresolvable $ref, unsupported keyword); 64 usage error, \
                including a document whose schema cannot be told without --schema.
                """)

        @Argument(help: "The JSON document to validate, or - for standard input.")
        var file: String

        @Option(help: "A JSON Schema file, or a built-in schema name (brochure, layout, diff, history).")
        var schema: String?

        func run() throws {
            try reportingFailures {
                let document = try Self.parse(try InputFile.read(file), name: file)
                let compiled = try loadSchema(for: document)
                let errors = compiled.validate(document)
                if errors.isEmpty {
                    try writeStandardOutput("valid\n")
                    return
                }
                try writeStandardOutput(errors.map { $0.description + "\n" }.joined())
                throw ExitCode(1)
            }
        }

        private func loadSchema(for document: JSONValue) throws -> JSONSchema {
            guard let schema else {
                guard let bundled = BundledSchema.detect(document) else {
                    printError("\(file): cannot tell which schema this document follows (it has neither \"schemaVersion\" and \"sections\", as extract writes, nor \"pages\", as layout writes, nor \"changes\" and \"notices\", as diff writes, nor \"fiscalYears\", as history writes); give one with --schema")
                    throw ExitCode(64)
                }
                return bundled.schema
            }
            if !FileManager.default.fileExists(atPath: schema), let bundled = BundledSchema(named: schema) {
                return bundled.schema
            }
            let text = try Self.parse(try InputFile.read(schema), name: schema)
            do {
                return try JSONSchema(text)
            } catch {
                printError("\(schema): not a usable schema: \(error)")
                throw ExitCode(11)
            }
        }

        /// Parses JSON, turning a syntax error into exit 11 with the line and column.
        static func parse(_ data: Data, name: String) throws -> JSONValue {
            do {
                return try JSONParser.parse(data)
            } catch {
                printError("\(name): \(error)")
                throw ExitCode(11)
            }
        }
    }
}
