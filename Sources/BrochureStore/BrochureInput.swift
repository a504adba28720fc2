import BrochureKit
import Foundation

/// The files `brochure ingest` is given, and the `BrochureDocument` each one holds.
///
/// A PDF is extracted exactly as `brochure extract` does it; a `.json` file must be what
/// `extract` writes, and is validated against `Schemas/brochure.schema.json` before it is
/// trusted, so the database only ever holds documents that decode back exactly.
public enum BrochureInput {
    /// The files named, with each directory replaced by the `.pdf` and `.json` files below it
    /// (recursively, hidden ones skipped, in path order). A path that does not exist is kept,
    /// so that it is reported as a failure of its own.
    public static func files(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
            let root = URL(fileURLWithPath: path)
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
                return [path]
            }
            let base = path.hasSuffix("/") ? path : path + "/"
            return walker.compactMap { $0 as? URL }
                .filter { ["pdf", "json"].contains($0.pathExtension.lowercased()) && (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
                .map { base + relativePath(of: $0, under: root) }
                .sorted()
        }
    }

    /// The document in `path`: extracted from a PDF, or decoded from a `.json` file.
    ///
    /// Throws `ExtractionError` for a PDF that cannot be read, and
    /// `StoreError.invalidDocument` for a JSON file that is not a valid brochure document.
    public static func load(_ path: String) throws -> BrochureDocument {
        if URL(fileURLWithPath: path).pathExtension.lowercased() == "json" {
            return try decode(InputFile.read(path), path: path)
        }
        let pdf: PDFDocument
        do {
            pdf = try PDFDocument(path: path)
        } catch .passwordRequired {
            // ingest takes no --password: extracting such a file separately is the way in.
            throw StoreError.invalidDocument(path: path, reason: "the PDF is encrypted and ingest takes no password; run brochure extract --password … -o FILE.json, then ingest FILE.json")
        }
        let document = try BrochureExtractor().extract(pdf)
        // Re-checked like extract's own output, so what is stored is what the schema promises.
        if let error = try BundledSchema.brochure.validate(jsonText: JSONOutput.encode(document, pretty: false)).first {
            throw StoreError.invalidDocument(path: path, reason: "internal error: the extracted document breaks Schemas/brochure.schema.json at \(error); please report it with the PDF")
        }
        return document
    }

    /// A JSON brochure document, validated before it is decoded.
    static func decode(_ data: Data, path: String) throws -> BrochureDocument {
        let value: JSONValue
        do {
            value = try JSONParser.parse(data)
        } catch {
            throw StoreError.invalidDocument(path: path, reason: "\(error)")
        }
        let errors = BundledSchema.brochure.schema.validate(value)
        if let first = errors.first {
            let more = errors.count > 1 ? " and \(errors.count - 1) more" : ""
            throw StoreError.invalidDocument(path: path, reason: "not a brochure document (\(first)\(more) against Schemas/brochure.schema.json); ingest a PDF or what brochure extract writes")
        }
        do {
            return try JSONDecoder().decode(BrochureDocument.self, from: data)
        } catch {
            throw StoreError.invalidDocument(path: path, reason: "not a brochure document (it does not decode: \(error))")
        }
    }

    private static func relativePath(of url: URL, under root: URL) -> String {
        let full = url.standardizedFileURL.path
        let prefix = root.standardizedFileURL.path + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : url.lastPathComponent
    }
}
