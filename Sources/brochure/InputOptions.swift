import ArgumentParser
import BrochureKit

/// The PDF to read, shared by every subcommand that reads one.
struct InputOptions: ParsableArguments {
    @Argument(help: "The PDF to read, or - for standard input.")
    var file: String

    @Option(help: "The password of an encrypted PDF.")
    var password: String?

    @Option(help: "Only this page (1-based).")
    var page: Int?

    @Option(help: ArgumentHelp(
        "Pages read and laid out in parallel by this many threads (default: the CPUs available).",
        discussion: "Each thread opens the PDF once more. Give 1 when running several documents side by side."))
    var threads: Int?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func open() throws(ExtractionError) -> PDFDocument {
        try PDFDocument(path: file, password: password)
    }

    func layout() throws(ExtractionError) -> DocumentLayout {
        try layout(of: try open())
    }

    /// The layout of the pages asked for: all, or the one `--page` names.
    func layout(of document: PDFDocument) throws(ExtractionError) -> DocumentLayout {
        try DocumentLayout.make(document, pages: page.map { $0...$0 }, threads: threads)
    }
}
