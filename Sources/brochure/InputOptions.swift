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

    @Option(help: "Refuse a PDF of more pages than this (exit 19; 0: no limit).")
    var maxPages: Int = ExtractionLimits.defaults.maxPages

    @Option(help: "Refuse a page of more glyphs than this (exit 19; 0: no limit).")
    var maxGlyphsPerPage: Int = ExtractionLimits.defaults.maxGlyphsPerPage

    @Option(help: "Give up on a PDF after this many seconds (exit 23; 0: no limit).")
    var timeLimit: Double = ExtractionLimits.defaults.timeLimit

    var limits: ExtractionLimits {
        ExtractionLimits(maxPages: maxPages, maxGlyphsPerPage: maxGlyphsPerPage, timeLimit: timeLimit)
    }

    func validate() throws {
        guard maxPages >= 0 else { throw ValidationError("--max-pages must be 0 (no limit) or more") }
        guard maxGlyphsPerPage >= 0 else { throw ValidationError("--max-glyphs-per-page must be 0 (no limit) or more") }
        guard timeLimit >= 0 && timeLimit.isFinite else { throw ValidationError("--time-limit must be 0 (no limit) or more seconds") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    /// Opens the PDF under the limits; the time limit starts now, and a watchdog enforces it
    /// even inside a poppler call that never returns.
    func open() throws(ExtractionError) -> PDFDocument {
        Watchdog.arm(seconds: timeLimit, path: file)
        let document = try PDFDocument(path: file, password: password)
        try document.enforce(limits)
        return document
    }

    /// The layout, with what is wrong with the file (a rebuilt xref, unreadable text) said on
    /// stderr as `brochure: warning: FILE: …` lines: for the commands whose output has no
    /// place for warnings (`extract` puts them in its JSON instead).
    func layout() throws(ExtractionError) -> DocumentLayout {
        let document = try open()
        let layout = try layout(of: document)
        warn(document, unmapped: UnmappedText.warning(for: layout))
        return layout
    }

    /// The layout as `text` prints it (`DocumentLayout.makeForText`: each page kept as its
    /// text), with the same warnings as `layout()`.
    func textLayout() throws(ExtractionError) -> DocumentLayout {
        let document = try open()
        let (layout, unmapped) = try DocumentLayout.makeForText(document, pages: page.map { $0...$0 }, threads: threads)
        warn(document, unmapped: unmapped)
        return layout
    }

    private func warn(_ document: PDFDocument, unmapped: ExtractionWarning?) {
        for warning in document.warnings + (unmapped.map { [$0] } ?? []) {
            printError("warning: \(document.displayName): \(warning.message)")
        }
    }

    /// The layout of the pages asked for: all, or the one `--page` names.
    func layout(of document: PDFDocument) throws(ExtractionError) -> DocumentLayout {
        try DocumentLayout.make(document, pages: page.map { $0...$0 }, threads: threads)
    }

    /// The pages `extract` reads, each read as it is laid out (`ExtractionLayout`).
    func extractionLayout(of document: PDFDocument) throws(ExtractionError) -> ExtractionLayout {
        try ExtractionLayout.make(document, pages: page.map { $0...$0 }, threads: threads)
    }
}
