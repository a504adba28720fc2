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

    func open() throws(ExtractionError) -> PDFDocument {
        try PDFDocument(path: file, password: password)
    }

    func layout() throws(ExtractionError) -> DocumentLayout {
        let document = try open()
        if let page {
            _ = try document.page(page)  // range check with a clear message
            return try DocumentLayout.make(document, pages: page...page)
        }
        return try DocumentLayout.make(document)
    }
}
