/// The forms `brochure diff` can print a diff in, and the one call that renders each.
///
/// Keeping the choice here rather than in the CLI lets anything holding a `DocumentDiff` (a
/// batch job, the database-backed `diff --db`) print the same three forms, with the JSON checked
/// against its schema the same way.
public enum DiffFormat: String, Sendable, CaseIterable {
    /// An aligned table for a terminal.
    case table
    /// A report with a heading per section and GitHub tables.
    case markdown
    /// The `DocumentDiff` as JSON, following `Schemas/diff.schema.json`.
    case json

    /// The diff in this form.
    ///
    /// - Parameters:
    ///   - color: ANSI colours in the table (ignored by the other forms).
    ///   - pretty: indented JSON (ignored by the other forms).
    /// - Throws: `DiffError.outputBreaksSchema` when the JSON does not follow its own schema:
    ///   a bug, reported rather than printed so no consumer ever reads a broken document.
    public func render(_ diff: DocumentDiff, color: Bool = false, pretty: Bool = true) throws(DiffError) -> String {
        switch self {
        case .table:
            return DiffTableRenderer(color: color).render(diff)
        case .markdown:
            return DiffMarkdownRenderer().render(diff)
        case .json:
            return try Self.json(diff, pretty: pretty)
        }
    }

    /// The diff as JSON with sorted keys (stable across runs), validated against the bundled
    /// `Schemas/diff.schema.json` before it is returned.
    public static func json(_ diff: DocumentDiff, pretty: Bool = true) throws(DiffError) -> String {
        let text: String
        do {
            text = try JSONOutput.encode(diff, pretty: pretty)
        } catch {
            throw .outputBreaksSchema(reason: "(root): cannot be encoded: \(error)")
        }
        let errors: [ValidationError]
        do {
            errors = try BundledSchema.diff.validate(jsonText: text)
        } catch {
            throw .outputBreaksSchema(reason: "(root): \(error)")
        }
        if let first = errors.first { throw .outputBreaksSchema(reason: first.description) }
        return text
    }
}
