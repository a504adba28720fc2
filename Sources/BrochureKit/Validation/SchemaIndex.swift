/// Every schema resource (`$id`) and anchor (`$anchor`) in one schema document, with the
/// base URI in force at each subschema.
///
/// `$ref` is resolved against the base URI of the schema it sits in, and that base changes
/// wherever a subschema declares `$id` (`"$id": "d.json"` inside `http://example.com/b/c.json`
/// is `http://example.com/b/d.json`). The index is built in one walk before compilation, so a
/// reference may point forward, backward, or at itself.
struct SchemaIndex {
    /// The base used when the root schema has no `$id`.
    static let defaultBase = URIReference("urn:brochurekit:schema")

    /// Absolute URI without fragment → location of the resource's root in the document.
    private(set) var resources: [String: JSONPointer] = [:]
    /// `uri#name` → location of the subschema carrying `"$anchor": "name"`.
    private(set) var anchors: [String: JSONPointer] = [:]
    /// Location (escaped pointer) → base URI in force there.
    private(set) var bases: [String: URIReference] = [:]

    /// Keywords whose value is one subschema.
    static let singleSchemaKeywords = ["additionalProperties", "items", "not", "if", "then", "else", "contains",
                                       "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema"]
    /// Keywords whose value is an array of subschemas.
    static let schemaArrayKeywords = ["prefixItems", "allOf", "anyOf", "oneOf"]
    /// Keywords whose value is an object of subschemas.
    static let schemaMapKeywords = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]

    init(root: JSONValue) throws(SchemaError) {
        try visit(root, at: JSONPointer(), base: Self.defaultBase)
    }

    private mutating func visit(_ schema: JSONValue, at location: JSONPointer, base: URIReference) throws(SchemaError) {
        guard case .object(let members) = schema else {
            bases[location.description] = base
            return
        }
        var base = base
        if let id = members["$id"] {
            guard case .string(let text) = id else {
                throw .invalidKeyword(schemaPath: location.appending("$id").description, reason: "$id must be a string")
            }
            let reference = URIReference(text)
            if let fragment = reference.fragment, !fragment.isEmpty {
                throw .invalidKeyword(schemaPath: location.appending("$id").description,
                                      reason: "$id must not have a fragment (use $anchor to name a subschema)")
            }
            base = reference.resolved(against: base).withoutFragment
            resources[base.description] = location
        } else if location.tokens.isEmpty {
            resources[base.description] = location
        }
        bases[location.description] = base
        for keyword in ["$anchor", "$dynamicAnchor"] {
            if case .string(let name) = members[keyword] {
                anchors[base.description + "#" + name] = location
            }
        }
        for keyword in Self.singleSchemaKeywords {
            if let sub = members[keyword] { try visit(sub, at: location.appending(keyword), base: base) }
        }
        for keyword in Self.schemaArrayKeywords {
            if case .array(let subs) = members[keyword] {
                for (i, sub) in subs.enumerated() { try visit(sub, at: location.appending(keyword).appending(i), base: base) }
            }
        }
        for keyword in Self.schemaMapKeywords {
            if case .object(let subs) = members[keyword] {
                for (name, sub) in subs { try visit(sub, at: location.appending(keyword).appending(name), base: base) }
            }
        }
    }

    /// The document location a `$ref` written at `location` designates, if it is in this document.
    func resolve(_ reference: String, from location: JSONPointer) -> JSONPointer? {
        let base = base(at: location)
        let target = URIReference(reference).resolved(against: base)
        let resourceKey = target.withoutFragment.description
        let fragment = URIReference.percentDecoded(target.fragment ?? "")
        if fragment.isEmpty { return resources[resourceKey] }
        if fragment.hasPrefix("/") {
            guard let resource = resources[resourceKey], let pointer = JSONPointer(parsing: fragment) else { return nil }
            return resource.appending(contentsOf: pointer)
        }
        return anchors[resourceKey + "#" + fragment]
    }

    /// The base URI at a location that is not itself indexed (a `$ref` into an odd place):
    /// that of the nearest indexed ancestor.
    func base(at location: JSONPointer) -> URIReference {
        var tokens = location.tokens
        while true {
            if let base = bases[JSONPointer(tokens: tokens).description] { return base }
            if tokens.isEmpty { return Self.defaultBase }
            tokens.removeLast()
        }
    }
}
