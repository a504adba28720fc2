#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A brochure named on the command line: a PDF to extract, or the JSON `brochure extract`
/// wrote earlier.
///
/// The kind is told from the content, never the extension: a JSON file saved as `.pdf` (or a
/// PDF downloaded without one) still works. JSON is validated against the bundled brochure
/// schema before it is decoded, so a wrong file is refused with the schema's own words instead
/// of a decoder's, and a diff is never computed from half a document.
public enum BrochureInput {
    /// Reads `path` (`-` for standard input) as a brochure document.
    ///
    /// - Throws: `ExtractionError` for a file that is missing, unreadable, empty or a PDF that
    ///   cannot be read (exit codes 10–16, as `extract`); `DiffError.notJSON` for content that
    ///   is neither PDF nor JSON; `DiffError.notABrochure` for JSON of another kind.
    public static func load(_ path: String, password: String? = nil, extractor: BrochureExtractor = BrochureExtractor()) throws
        -> BrochureDocument
    {
        let data = try InputFile.read(path)
        let bytes = [UInt8](data)
        if bytes.isEmpty { throw ExtractionError.emptyFile(path: path) }
        if isPDF(bytes) {
            return try extractor.extract(try PDFDocument(bytes: bytes, displayName: path, password: password))
        }
        return try decode(bytes, path: path)
    }

    /// A PDF begins with `%PDF-`, possibly after junk: poppler looks through the first 1 KiB, and
    /// so does `PDFDocument`. Text that opens with `{` or `[` is JSON whatever it contains.
    static func isPDF(_ bytes: [UInt8]) -> Bool {
        if opensLikeJSON(bytes) { return false }
        let marker = Array("%PDF-".utf8)
        let head = Array(bytes.prefix(1024))
        guard head.count >= marker.count else { return false }
        return (0...(head.count - marker.count)).contains { head[$0..<($0 + marker.count)].elementsEqual(marker) }
    }

    /// Whether the first byte after white space opens a JSON object or array.
    static func opensLikeJSON(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return false }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    /// Parses, validates and decodes a brochure document from JSON text.
    public static func decode(_ bytes: [UInt8], path: String) throws(DiffError) -> BrochureDocument {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw .notJSON(path: path, reason: opensLikeJSON(bytes) ? error.description : "it looks like \(FileSignature.describe(bytes))")
        }
        let errors = BundledSchema.brochure.schema.validate(value)
        if !errors.isEmpty { throw .notABrochure(path: path, errors: errors) }
        do {
            return try JSONDecoder().decode(BrochureDocument.self, from: Data(bytes))
        } catch {
            // The schema accepted it, so this is a gap between schema and types: say which.
            throw .notABrochure(path: path, reason: "\(error)")
        }
    }
}
