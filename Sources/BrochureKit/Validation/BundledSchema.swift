/// The JSON Schemas BrochureKit's own outputs follow, and how to tell which one a document
/// claims.
///
/// `brochure validate` without `--schema` looks a document up in `recognisers`: the first
/// entry whose top-level properties are all present wins. A new output (the `extract`
/// schema) is one more case, one more file in `Schemas/` (bundled by
/// `Scripts/bundle-schemas.sh`) and one more row.
public enum BundledSchema: String, CaseIterable, Sendable {
    case brochure
    case history
    case layout
    case diff

    /// Document shapes → schema, tried in order. Keep the most specific shapes first.
    public static let recognisers: [(requiredProperties: [String], schema: BundledSchema)] = [
        (["schemaVersion", "sections"], .brochure),
        (["schemaVersion", "fiscalYears"], .history),
        (["schemaVersion", "pages"], .layout),
        (["schemaVersion", "changes", "notices"], .diff),
    ]

    /// The schema a document's shape says it follows, if any.
    public static func detect(_ document: JSONValue) -> BundledSchema? {
        guard case .object(let members) = document else { return nil }
        return recognisers.first { $0.requiredProperties.allSatisfy { members[$0] != nil } }?.schema
    }

    /// The bundled schema called `name` (`layout` or `layout.schema.json`).
    public init?(named name: String) {
        let base = name.hasSuffix(".schema.json") ? String(name.dropLast(".schema.json".count)) : name
        self.init(rawValue: base)
    }

    /// The file in `Schemas/` this is a copy of.
    public var fileName: String { "\(rawValue).schema.json" }

    /// The schema text, identical to the file.
    public var text: String {
        switch self {
        case .brochure: return BundledSchemaTexts.brochure
        case .history: return BundledSchemaTexts.history
        case .layout: return BundledSchemaTexts.layout
        case .diff: return BundledSchemaTexts.diff
        }
    }

    /// The compiled schema. Bundled schemas are tested to compile, so a failure here is a
    /// bug in the build, not in user input.
    public var schema: JSONSchema {
        guard let compiled = Self.compiled[self] else {
            preconditionFailure("bundled schema \(fileName) does not compile; run the BundledSchema tests")
        }
        return compiled
    }

    private static let compiled: [BundledSchema: JSONSchema] = {
        var result: [BundledSchema: JSONSchema] = [:]
        for schema in allCases { result[schema] = try? JSONSchema(text: schema.text) }
        return result
    }()

    /// Validates a JSON text this library produced (what `extract` does before writing):
    /// an empty array means it may be written.
    public func validate(jsonText: String) throws(JSONParseError) -> [ValidationError] {
        schema.validate(try JSONParser.parse(jsonText))
    }
}
