import ArgumentParser
import BrochureKit

extension Brochure {
    struct Sections: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sections",
            abstract: "List the sections found, with their headings and first lines: a debugging aid.",
            shouldDisplay: false)

        @OptionGroup var input: InputOptions

        func run() throws {
            try reportingFailures {
                try writeStandardOutput(BrochureExtractor.describeSections(try input.layout()))
            }
        }
    }
}
