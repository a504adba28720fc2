import ArgumentParser
import BrochureKit

extension Brochure {
    struct Sections: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the sections found, with their headings and first lines: a debugging aid.",
            shouldDisplay: false)

        @OptionGroup var input: InputOptions

        func run() throws {
            try reportingFailures {
                writeStandardOutput(BrochureExtractor.describeSections(try DocumentLayout.make(try input.open())))
            }
        }
    }
}
