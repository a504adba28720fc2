import Foundation

/// Tells whether a PDF's cross-reference table is sound, before poppler silently rebuilds it.
///
/// poppler repairs a file whose `startxref` or table is wrong by scanning the whole file for
/// objects, and says so only through a log this build of poppler-glib does not expose. The
/// text it then gives may miss objects or use stale ones, so the reader deserves a warning:
/// this reads the file's tail and the last table the way poppler first tries to, and names
/// what is wrong.
enum XrefCheck {
    /// The warning for `bytes`, or nil when the table is where it says and points at objects.
    static func warning(for bytes: UnsafeRawBufferPointer) -> ExtractionWarning? {
        guard let problem = problem(in: bytes.bindMemory(to: UInt8.self)) else { return nil }
        return ExtractionWarning(
            code: "xref-repaired",
            message: "the PDF's cross-reference table is damaged (\(problem)); poppler rebuilt it by scanning the file, so some content may be missing or out of date",
            section: nil, page: nil)
    }

    /// The warning for the file at `path` (read through a memory map), or nil.
    static func warning(forFile path: String) -> ExtractionWarning? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
        return data.withUnsafeBytes { warning(for: $0) }
    }

    /// What is wrong with `bytes`, in a few words, or nil.
    static func problem(in bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { problem(in: $0) }
    }

    /// What is wrong, in a few words, or nil.
    static func problem(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var scanner = ByteScanner(bytes: bytes)
        // Offsets count from the %PDF header, which may follow junk (poppler allows 1 KiB).
        let header = scanner.find(Array("%PDF-".utf8), from: 0, before: min(bytes.count, 1024)) ?? 0
        let tailStart = max(0, bytes.count - 2048)
        guard let startxref = scanner.findLast(Array("startxref".utf8), from: tailStart) else {
            return "no startxref at the end: the file is truncated or its end is damaged"
        }
        scanner.position = startxref + 9
        guard let offset = scanner.integer() else { return "startxref gives no offset" }
        let table = header + offset
        guard table >= 0 && table < bytes.count else { return "startxref points past the end of the file" }
        scanner.position = table
        scanner.skipWhitespace()
        if scanner.consume("xref") { return classicTableProblem(&scanner, header: header) }
        // A cross-reference stream (PDF 1.5): "N G obj << /Type /XRef …".
        if scanner.integer() != nil, scanner.integer() != nil, scanner.consume("obj") {
            let window = bytes[scanner.position..<min(bytes.count, scanner.position + 512)]
            return String(decoding: window, as: UTF8.self).contains("/XRef") ? nil : "startxref points at an object that is not a cross-reference stream"
        }
        return "startxref does not point at a cross-reference table"
    }

    /// Reads every subsection of a classic table and checks each in-use entry points at its object.
    private static func classicTableProblem(_ scanner: inout ByteScanner, header: Int) -> String? {
        var checked = 0
        while true {
            scanner.skipWhitespace()
            if scanner.consume("trailer") { return nil }
            guard let first = scanner.integer(), let count = scanner.integer(), count >= 0 else {
                return "the table has no trailer"
            }
            for number in first..<(first + count) {
                guard let offset = scanner.integer(), scanner.integer() != nil else { return "the table is cut short" }
                scanner.skipWhitespace()
                guard let kind = scanner.next() else { return "the table is cut short" }
                // Checking every entry of a huge table would cost more than it tells.
                guard kind == UInt8(ascii: "n"), offset > 0, checked < 100_000 else { continue }
                checked += 1
                if !objectStarts(number, at: header + offset, in: scanner.bytes) {
                    return "object \(number) is not where the table says"
                }
            }
        }
    }

    /// Whether "number G obj" begins at `offset`.
    private static func objectStarts(_ number: Int, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset >= 0 && offset < bytes.count else { return false }
        var scanner = ByteScanner(bytes: bytes)
        scanner.position = offset
        return scanner.integer() == number && scanner.integer() != nil && scanner.consume("obj")
    }
}
