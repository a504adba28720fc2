/// One compiled (sub)schema: its keywords, checked in the order they are listed.
///
/// Subschemas are referred to by index into `JSONSchema.nodes` rather than by pointer, so a
/// recursive `$ref` (a tree of nodes, `"$ref": "#"`) is just an index pointing back up and the
/// compiled schema is a plain immutable, `Sendable` value.
struct SchemaNode: Sendable {
    /// Where the subschema sits in the schema document, for `ValidationError.schemaPath`.
    var location: JSONPointer
    /// `true`/`false` schemas, and `{}` (no keywords at all).
    var constant: Bool?
    var keywords: [(name: String, keyword: SchemaKeyword)] = []
}

/// The JSON Schema type names a `type` keyword can list.
enum JSONType: String, Sendable, CaseIterable {
    case null, boolean, integer, number, string, array, object

    func admits(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.null, .null), (.boolean, .bool), (.number, .number), (.string, .string), (.array, .array), (.object, .object):
            return true
        case (.integer, .number(let n)):
            return n.isInteger
        default:
            return false
        }
    }
}

/// A keyword with its argument already checked and converted (regexes compiled, references
/// resolved to node indices), so validation never re-reads the raw schema.
enum SchemaKeyword: Sendable {
    // Applicators that apply to the same instance.
    case reference(Int, target: String)
    case allOf([Int])
    case anyOf([Int])
    case oneOf([Int])
    case not(Int)
    case conditional(if: Int, then: Int?, else: Int?)
    case dependentSchemas([String: Int])

    // Any type.
    case type([JSONType])
    case enumeration([JSONValue])
    case constant(JSONValue)

    // Numbers.
    case multipleOf(JSONNumber)
    case maximum(JSONNumber)
    case exclusiveMaximum(JSONNumber)
    case minimum(JSONNumber)
    case exclusiveMinimum(JSONNumber)

    // Strings (lengths in Unicode code points, as the specification counts them).
    case maxLength(Int)
    case minLength(Int)
    case pattern(SchemaPattern)

    // Arrays.
    case prefixItems([Int])
    /// `items` applies to the elements after the `prefixItems` ones (draft 2020-12).
    case items(Int, after: Int)
    case maxItems(Int)
    case minItems(Int)
    case uniqueItems
    case contains(Int, minimum: Int, maximum: Int?)

    // Objects.
    case required([String])
    case properties([String: Int])
    case patternProperties([(SchemaPattern, Int)])
    /// Applies to the members that neither `properties` nor `patternProperties` of the same
    /// schema object name; `known` lists the former for messages.
    case additionalProperties(Int, known: Set<String>, patterns: [SchemaPattern])
    case propertyNames(Int)
    case maxProperties(Int)
    case minProperties(Int)
    case dependentRequired([String: [String]])
}
