import ArgumentParser
import BrochureKit
import Foundation

extension Brochure {
    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "inspect",
            abstract: "Draw a page with its layout over it: blocks, reading order, tables, sections.",
            discussion: """
                Renders the page (poppler and cairo) and draws over it: blocks by kind (legend \
                under the page), the reading order as numbered arrows, each table's rows and \
                columns, the sections with their names, running headers and footers greyed \
                out, and with --provenance the box of every extracted value. Prints one line \
                of counts. A page without a text layer (a scan) is drawn bare. Exit codes as for text \
                otherwise; 10 when OUT cannot be written.
                """)

        @OptionGroup var input: InputOptions

        @Option(name: .shortAndLong, help: "The picture to write (PNG or SVG, replaced atomically).")
        var output: String

        @Option(help: "png or svg (default: from OUT's extension, else png).")
        var format: PageInspector.Format?

        @Option(help: "Pixels per point (2 = 144 dpi).")
        var scale: Double = 2

        @Flag(help: "Also box every value extract takes from the page.")
        var provenance = false

        func validate() throws {
            guard scale > 0 && scale <= 10 else { throw ValidationError("--scale must be more than 0 and at most 10") }
        }

        func run() throws {
            let format = format ?? (output.lowercased().hasSuffix(".svg") ? .svg : .png)
            try reportingFailures {
                let document = try input.open()
                let inspector = PageInspector(scale: scale, provenance: provenance)
                let overlay = try Self.writing(to: output) { path in
                    try inspector.write(document, page: input.page ?? 1, format: format, to: path)
                }
                let sections = Set(overlay.sections.map(\.name)).sorted().joined(separator: ", ")
                let scan = overlay.blocks.isEmpty ? " (no text layer on this page: an image-only scan?)" : ""
                try writeStandardOutput(
                    "page \(overlay.page): \(overlay.blocks.count) blocks, \(overlay.tables.count) tables, "
                        + "sections: \(sections.isEmpty ? "none" : sections)"
                        + (provenance ? ", \(overlay.values.count) values" : "") + scan + " → \(output)\n")
            }
        }

        /// A device or pipe (`-o /dev/stdout`) gets the finished file's bytes; anything else is
        /// written beside and renamed over.
        static func writing(to path: String, _ body: (String) throws -> PageOverlay) throws -> PageOverlay {
            var status = stat()
            guard stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG else { return try body(path) }
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("brochure-inspect-\(getpid())").path
            defer { unlink(scratch) }
            let overlay = try body(scratch)
            try writeOutputFile(try Data(contentsOf: URL(fileURLWithPath: scratch)), to: path)
            return overlay
        }
    }
}

extension PageInspector.Format: ExpressibleByArgument {}
