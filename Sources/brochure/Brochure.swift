import ArgumentParser
import BrochureKit

@main
struct Brochure: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brochure",
        abstract: "Turn Japanese recruitment-brochure PDFs into structured text and JSON.",
        version: BrochureKitVersion.string,
        subcommands: [Normalize.self]
    )
}
