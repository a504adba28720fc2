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
        guard let compiled else {
            preconditionFailure("bundled schema \(fileName) does not compile; run the BundledSchema tests")
        }
        return compiled
    }

    /// Each schema is compiled on its first use only: `extract` needs one of the four, and
    /// compiling all of them cost it 11% of a small brochure's instructions.
    private var compiled: JSONSchema? {
        switch self {
        case .brochure: return Self.compiledBrochure
        case .history: return Self.compiledHistory
        case .layout: return Self.compiledLayout
        case .diff: return Self.compiledDiff
        }
    }

    private static let compiledBrochure = try? JSONSchema(text: BundledSchemaTexts.brochure)
    private static let compiledHistory = try? JSONSchema(text: BundledSchemaTexts.history)
    private static let compiledLayout = try? JSONSchema(text: BundledSchemaTexts.layout)
    private static let compiledDiff = try? JSONSchema(text: BundledSchemaTexts.diff)

    /// Validates a JSON text this library produced (what `extract` does before writing):
    /// an empty array means it may be written.
    public func validate(jsonText: String) throws(JSONParseError) -> [ValidationError] {
        schema.validate(try JSONParser.parse(jsonText))
    }
}
