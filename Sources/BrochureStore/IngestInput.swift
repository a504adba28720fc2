import BrochureKit
import Foundation

/// The files `brochure ingest` is given, and the `BrochureDocument` each one holds.
///
/// Reading is `BrochureInput.load`, the same as `diff`'s: told apart by content, a PDF is
/// extracted as `extract` does it, JSON is validated against `Schemas/brochure.schema.json`
/// before it is trusted; so the database only ever holds documents that decode back exactly.
public enum IngestInput {
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

    /// The document in `path`, extracted from a PDF or decoded from JSON.
    ///
    /// Throws `ExtractionError` for a PDF that cannot be read, and
    /// `StoreError.invalidDocument` for JSON that is not a brochure document or a PDF that
    /// needs a password (ingest takes none).
    public static func load(_ path: String) throws -> BrochureDocument {
        let document: BrochureDocument
        do {
            document = try BrochureInput.load(path)
        } catch ExtractionError.passwordRequired {
            throw StoreError.invalidDocument(path: path, reason: "the PDF is encrypted and ingest takes no password; run brochure extract --password … -o FILE.json, then ingest FILE.json")
        } catch let error as DiffError {
            // Its message already names the file and what to give instead.
            throw StoreError.invalidDocument(path: path, reason: String((error.errorDescription ?? "\(error)").dropFirst(path.count + 2)))
        }
        // Re-checked like extract's own output, so what is stored is what the schema promises.
        if let error = try BundledSchema.brochure.validate(jsonText: JSONOutput.encode(document, pretty: false)).first {
            throw StoreError.invalidDocument(path: path, reason: "internal error: the extracted document breaks Schemas/brochure.schema.json at \(error); please report it with the PDF")
        }
        return document
    }

    private static func relativePath(of url: URL, under root: URL) -> String {
        let full = url.standardizedFileURL.path
        let prefix = root.standardizedFileURL.path + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : url.lastPathComponent
    }
}
