import ArgumentParser
import BrochureKit

extension Brochure {
    struct Text: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "text",
            abstract: "Print the text in reading order.",
            discussion: """
                Pages end with a form feed, blocks are separated by a blank line, and a table \
                row is one line with its cells separated by tabs. Running headers, footers \
                and page numbers are left out unless --furniture is given.
                """)

        @OptionGroup var input: InputOptions

        @Flag(help: "Keep running headers, footers and page numbers.")
        var furniture = false

        func run() throws {
            try reportingFailures {
                let layout = try input.textLayout()
                let renderer = TextRenderer(includeFurniture: furniture)
                try writeStandardOutput(layout.pages) { page, out in renderer.render(page, into: &out) }
            }
        }
    }
}
