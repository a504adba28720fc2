/// One way an instance breaks its schema: where, which rule, and what to change.
///
/// `instancePath` is a JSON pointer into the document (`/pages/0/blocks/3/kind`), so a person
/// (or `jq`) can go straight to the value; `schemaPath` points at the keyword in the schema
/// document that failed (`/$defs/block/properties/kind/enum`), so they can read the rule;
/// `message` says what was found and what was expected.
public struct ValidationError: Sendable, Hashable, CustomStringConvertible {
    public let instancePath: JSONPointer
    public let schemaPath: JSONPointer
    public let message: String

    public init(instancePath: JSONPointer, schemaPath: JSONPointer, message: String) {
        self.instancePath = instancePath
        self.schemaPath = schemaPath
        self.message = message
    }

    /// `/json/pointer: message`, the form `brochure validate` prints. The whole document (the
    /// empty pointer) is written `(root)`: `/` would be a real pointer, to a member named "".
    public var description: String {
        let path = instancePath.description
        return "\(path.isEmpty ? "(root)" : path): \(message)"
    }
}

/// Why a schema could not be compiled. A schema is compiled once, before any instance is
/// seen, so these are problems in the schema itself.
public enum SchemaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A keyword has a value of the wrong shape (e.g. `"minLength": -1`, `"type": 1`).
    case invalidKeyword(schemaPath: String, reason: String)
    /// A `$ref` names a schema that is not in this document (remote references are not fetched).
    case unresolvableReference(schemaPath: String, reference: String)
    /// A `pattern` or `patternProperties` key is not a regular expression Swift can compile.
    case invalidPattern(schemaPath: String, pattern: String, reason: String)
    /// A keyword this validator does not implement but which would change the result if
    /// ignored (`unevaluatedProperties`, `$dynamicRef`…): refusing is safer than accepting
    /// documents the schema's author meant to reject.
    case unsupportedKeyword(schemaPath: String, keyword: String)

    public var description: String {
        switch self {
        case .invalidKeyword(let path, let reason):
            return "invalid schema at \(path.isEmpty ? "/" : path): \(reason)"
        case .unresolvableReference(let path, let reference):
            return "invalid schema at \(path.isEmpty ? "/" : path): $ref \"\(reference)\" cannot be resolved (only references inside the same document are supported; remote schemas are not fetched)"
        case .invalidPattern(let path, let pattern, let reason):
            return "invalid schema at \(path.isEmpty ? "/" : path): the pattern \(JSONValue.quote(pattern)) is not a valid regular expression (\(reason))"
        case .unsupportedKeyword(let path, let keyword):
            return "unsupported schema at \(path.isEmpty ? "/" : path): BrochureKit's validator does not implement \(keyword)"
        }
    }
}
