import ArgumentParser
import BrochureKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct Brochure: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brochure",
        abstract: "Turn Japanese recruitment-brochure PDFs into structured text and JSON.",
        discussion: """
            Exit codes: 0 success; 10 file missing or unreadable; 11 empty or not a PDF; \
            12 damaged beyond repair; 13 encrypted, password needed; 14 wrong password; \
            15 no text layer (image-only scan); 16 page out of range; 17 text cannot be \
            normalised; 19 over a limit (--max-pages, --max-glyphs-per-page); 23 over \
            --time-limit; 3 extract produced JSON that breaks its own schema (a bug); 64 usage error. extract --strict exits 1 when a cross-check fails. For normalize, 10 also covers an unwritable -o file and \
            11 input that is not UTF-8. validate exits 1 when the document is not valid, and \
            11 when the document or schema is not JSON or the schema cannot be used. diff exits 0 when \
            the editions do not differ and 1 when they do, 11 for a file that is neither a PDF nor \
            JSON, and 18 for JSON that is not a brochure document. batch exits 1 when some \
            inputs failed and 130/143 when stopped by SIGINT/SIGTERM. ingest exits 1 \
            when some files failed (the others are stored); ingest and history exit 20 when --db \
            is not a BrochureKit database and 21 when it cannot be opened or written; history \
            exits 22 when no edition of --org is stored.
            """,
        version: BrochureKitVersion.string,
        // Every subcommand names itself in its configuration: ArgumentParser otherwise derives
        // each name with String(describing:) at every start, a quarter of `brochure --version`.
        subcommands: [Extract.self, Batch.self, Diff.self, Ingest.self, History.self, Text.self, Layout.self, Inspect.self, Report.self, Normalize.self, Validate.self, Glyphs.self, Sections.self, Profile.self]
    )

    /// Ignores SIGPIPE first, so a reader that goes away is a failed write (exit 10, one line on
    /// stderr, as documented) rather than a silent kill with status 141.
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        main(nil)
    }
}
