import ArgumentParser
import BrochureKit

extension Brochure {
    struct Layout: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "layout",
            abstract: "Print the page layout as JSON: pages, blocks, lines and tables.")

        @OptionGroup var input: InputOptions

        @Flag(help: "One line of JSON instead of indented output.")
        var compact = false

        func run() throws {
            try reportingFailures {
                let layout = try input.layout()
                try writeStandardOutput(try JSONOutput.encode(layout, pretty: !compact))
            }
        }
    }
}
