#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Why `brochure diff` could not compare two editions, each with the exit code the README
/// documents.
///
/// Problems reading a PDF are `ExtractionError`s (exit 10–16), shared with `extract`; these are
/// the ones only a diff has: an input that is JSON but not a brochure, an input that is neither,
/// both inputs on standard input, and our own output breaking its schema.
public enum DiffError: LocalizedError, Equatable, Sendable {
    /// The input is JSON, but not what `brochure extract` writes; `reason` is the first
    /// schema violation (or the decoding error), so the user sees what is missing.
    case notABrochure(path: String, reason: String)
    /// The input is neither a PDF nor JSON text.
    case notJSON(path: String, reason: String)
    /// OLD and NEW were both `-`: standard input can only be read once.
    case bothStandardInput
    /// The JSON `diff` produced breaks `Schemas/diff.schema.json`: a bug in BrochureKit.
    case outputBreaksSchema(reason: String)

    public var errorDescription: String? {
        switch self {
        case .notABrochure(let path, let reason):
            return "\(path): JSON, but not a brochure document (give a PDF, or the JSON `brochure extract` writes): \(reason)"
        case .notJSON(let path, let reason):
            return "\(path): neither a PDF nor a brochure JSON document (\(reason))"
        case .bothStandardInput:
            return "only one of OLD and NEW can be - (standard input is read once); save one of them to a file"
        case .outputBreaksSchema(let reason):
            return "internal error: the diff breaks Schemas/diff.schema.json at \(reason); please report it with both inputs"
        }
    }

    /// A JSON input the brochure schema refused: the first error says what is wrong (usually
    /// the first required property missing), the count how far off the document is.
    static func notABrochure(path: String, errors: [ValidationError]) -> DiffError {
        let first = errors.first.map(\.description) ?? "(root): not a brochure document"
        let more = errors.count > 1 ? " (and \(errors.count - 1) more)" : ""
        return .notABrochure(path: path, reason: first + more)
    }

    /// The process exit code documented in the README: 18 is kept for "JSON, but not a
    /// brochure" so scripts can tell a wrong file from a damaged one.
    public var exitCode: Int32 {
        switch self {
        case .notABrochure: return 18
        case .notJSON: return 11
        case .bothStandardInput: return 64
        case .outputBreaksSchema: return 3
        }
    }
}
