/// A compiled JSON Schema (draft 2020-12): compile once, validate any number of instances.
///
/// ```swift
/// let schema = try JSONSchema(text: BundledSchema.layout.text)
/// let errors = schema.validate(try JSONParser.parse(data))
/// for error in errors { print(error) }   // "/pages/0/blocks/3/kind: "banner" is not one of …"
/// ```
///
/// Supported: type, enum, const; multipleOf, minimum/maximum and their exclusive forms;
/// minLength/maxLength, pattern; prefixItems, items, minItems/maxItems, uniqueItems, contains
/// (with min/maxContains); properties, patternProperties, additionalProperties, required,
/// propertyNames, min/maxProperties, dependentRequired, dependentSchemas; $ref (JSON pointers,
/// `$id`-relative URIs and `$anchor` inside the same document), $defs, allOf, anyOf, oneOf,
/// not, if/then/else; boolean schemas. `format` is an annotation and not checked.
/// Not supported (compiling a schema that uses them throws `SchemaError.unsupportedKeyword`):
/// unevaluatedProperties, unevaluatedItems, $dynamicRef; references to other documents throw
/// `SchemaError.unresolvableReference`.
public struct JSONSchema: Sendable {
    let nodes: [SchemaNode]
    let root: Int

    /// The raw schema document it was compiled from.
    public let document: JSONValue

    public init(_ document: JSONValue) throws(SchemaError) {
        var compiler = try SchemaCompiler(root: document)
        root = try compiler.compile(at: JSONPointer())
        nodes = compiler.nodes
        self.document = document
    }

    /// Parses and compiles a schema text; a text that is not JSON throws `JSONParseError`.
    public init(text: String) throws {
        try self.init(try JSONParser.parse(text))
    }

    /// Every violation, in a stable order (object members by name, array elements by index).
    /// An empty array means the instance is valid.
    public func validate(_ instance: JSONValue) -> [ValidationError] {
        var run = SchemaValidator(schema: self, collecting: true)
        _ = run.evaluate(root, instance, at: JSONPointer(), depth: 0)
        return run.errors
    }

    /// Whether the instance is valid; stops at the first violation.
    public func isValid(_ instance: JSONValue) -> Bool {
        var run = SchemaValidator(schema: self, collecting: false)
        return run.evaluate(root, instance, at: JSONPointer(), depth: 0)
    }
}
