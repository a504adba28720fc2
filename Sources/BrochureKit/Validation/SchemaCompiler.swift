/// Turns a schema document into `SchemaNode`s once, so validating many instances (or one
/// large one) never re-reads the raw JSON: keyword arguments are checked, regexes compiled
/// and `$ref`s resolved to node indices here.
///
/// Nodes are memoised by their location in the document, so a subschema reached through
/// several `$ref`s is compiled once, and a recursive reference finds the node already
/// reserved for its target instead of looping.
struct SchemaCompiler {
    private let root: JSONValue
    private let index: SchemaIndex
    private(set) var nodes: [SchemaNode] = []
    private var nodeAt: [String: Int] = [:]
    /// Compilations in progress: a `$ref` is compiled where it is met, so a long chain of them
    /// would otherwise recurse until the stack runs out.
    private var depth = 0
    static let maxDepth = 500

    /// Keywords that would change results if ignored; see `SchemaError.unsupportedKeyword`.
    static let unsupportedKeywords = ["unevaluatedProperties", "unevaluatedItems", "$dynamicRef", "$recursiveRef"]

    init(root: JSONValue) throws(SchemaError) {
        self.root = root
        index = try SchemaIndex(root: root)
    }

    /// Compiles the subschema at `location` (memoised) and returns its node index.
    mutating func compile(at location: JSONPointer) throws(SchemaError) -> Int {
        let key = location.description
        if let existing = nodeAt[key] { return existing }
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else {
            throw .invalidKeyword(schemaPath: key, reason: "subschemas and $refs nest more than \(Self.maxDepth) deep")
        }
        guard let schema = location.resolve(in: root) else {
            throw .invalidKeyword(schemaPath: key, reason: "nothing at this location")
        }
        let id = nodes.count
        nodeAt[key] = id
        nodes.append(SchemaNode(location: location))
        nodes[id] = try makeNode(schema, at: location)
        return id
    }

    private mutating func makeNode(_ schema: JSONValue, at location: JSONPointer) throws(SchemaError) -> SchemaNode {
        var node = SchemaNode(location: location)
        switch schema {
        case .bool(let value):
            node.constant = value
            return node
        case .object(let members):
            try addKeywords(members, to: &node)
            if node.keywords.isEmpty { node.constant = true }
            return node
        default:
            throw .invalidKeyword(schemaPath: location.description, reason: "a schema must be an object or a boolean, not \(schema.typeName)")
        }
    }

    private mutating func addKeywords(_ members: [String: JSONValue], to node: inout SchemaNode) throws(SchemaError) {
        let here = node.location
        func path(_ keyword: String) -> String { here.appending(keyword).description }
        func invalid(_ keyword: String, _ reason: String) -> SchemaError { .invalidKeyword(schemaPath: path(keyword), reason: reason) }
        func number(_ keyword: String) throws(SchemaError) -> JSONNumber? {
            guard let value = members[keyword] else { return nil }
            guard case .number(let n) = value else { throw invalid(keyword, "\(keyword) must be a number") }
            return n
        }
        func count(_ keyword: String) throws(SchemaError) -> Int? {
            guard let value = members[keyword] else { return nil }
            guard case .number(let n) = value, let count = n.nonNegativeInt else {
                throw invalid(keyword, "\(keyword) must be a non-negative integer, not \(value.excerpt())")
            }
            return count
        }
        func sub(_ keyword: String) throws(SchemaError) -> Int? {
            members[keyword] == nil ? nil : try compile(at: here.appending(keyword))
        }
        func subArray(_ keyword: String) throws(SchemaError) -> [Int]? {
            guard let value = members[keyword] else { return nil }
            guard case .array(let items) = value, !items.isEmpty else { throw invalid(keyword, "\(keyword) must be a non-empty array of schemas") }
            var result: [Int] = []
            for i in items.indices { result.append(try compile(at: here.appending(keyword).appending(i))) }
            return result
        }
        func subMap(_ keyword: String) throws(SchemaError) -> [String: Int]? {
            guard let value = members[keyword] else { return nil }
            guard case .object(let entries) = value else { throw invalid(keyword, "\(keyword) must be an object of schemas") }
            var result: [String: Int] = [:]
            for name in entries.keys { result[name] = try compile(at: here.appending(keyword).appending(name)) }
            return result
        }
        func pattern(_ source: String, at keyword: String) throws(SchemaError) -> SchemaPattern {
            do { return try SchemaPattern(source) } catch {
                throw .invalidPattern(schemaPath: path(keyword), pattern: source, reason: "\(error)")
            }
        }
        func add(_ name: String, _ keyword: SchemaKeyword) { node.keywords.append((name, keyword)) }

        for keyword in Self.unsupportedKeywords where members[keyword] != nil {
            throw .unsupportedKeyword(schemaPath: path(keyword), keyword: keyword)
        }

        // Definitions are compiled even when nothing refers to them, so a broken one is reported.
        _ = try subMap("$defs")
        _ = try subMap("definitions")

        if let value = members["type"] {
            let names: [JSONValue]
            if case .array(let list) = value { names = list } else { names = [value] }
            var types: [JSONType] = []
            for name in names {
                guard case .string(let text) = name, let type = JSONType(rawValue: text) else {
                    throw invalid("type", "type must be one of \(JSONType.allCases.map(\.rawValue).joined(separator: ", ")) or an array of them, not \(name.excerpt())")
                }
                types.append(type)
            }
            add("type", .type(types))
        }
        if let value = members["enum"] {
            guard case .array(let options) = value else { throw invalid("enum", "enum must be an array") }
            add("enum", .enumeration(options))
        }
        if let value = members["const"] { add("const", .constant(value)) }

        if let n = try number("multipleOf") {
            guard n.doubleValue > 0 else { throw invalid("multipleOf", "multipleOf must be greater than 0") }
            add("multipleOf", .multipleOf(n))
        }
        if let n = try number("maximum") { add("maximum", .maximum(n)) }
        if let n = try number("exclusiveMaximum") { add("exclusiveMaximum", .exclusiveMaximum(n)) }
        if let n = try number("minimum") { add("minimum", .minimum(n)) }
        if let n = try number("exclusiveMinimum") { add("exclusiveMinimum", .exclusiveMinimum(n)) }

        if let n = try count("maxLength") { add("maxLength", .maxLength(n)) }
        if let n = try count("minLength") { add("minLength", .minLength(n)) }
        if let value = members["pattern"] {
            guard case .string(let source) = value else { throw invalid("pattern", "pattern must be a string") }
            add("pattern", .pattern(try pattern(source, at: "pattern")))
        }

        var prefixCount = 0
        if let prefix = try subArray("prefixItems") {
            prefixCount = prefix.count
            add("prefixItems", .prefixItems(prefix))
        }
        if let items = try sub("items") { add("items", .items(items, after: prefixCount)) }
        if let n = try count("maxItems") { add("maxItems", .maxItems(n)) }
        if let n = try count("minItems") { add("minItems", .minItems(n)) }
        if let value = members["uniqueItems"] {
            guard case .bool(let unique) = value else { throw invalid("uniqueItems", "uniqueItems must be true or false") }
            if unique { add("uniqueItems", .uniqueItems) }
        }
        if let contains = try sub("contains") {
            add("contains", .contains(contains, minimum: try count("minContains") ?? 1, maximum: try count("maxContains")))
        }

        if let value = members["required"] {
            guard case .array(let names) = value, let strings = Optional(names.compactMap(\.stringValue)), strings.count == names.count else {
                throw invalid("required", "required must be an array of property names")
            }
            add("required", .required(strings))
        }
        let properties = try subMap("properties")
        if let properties { add("properties", .properties(properties)) }
        var patterns: [(SchemaPattern, Int)] = []
        if let value = members["patternProperties"] {
            guard case .object(let entries) = value else { throw invalid("patternProperties", "patternProperties must be an object of schemas") }
            for source in entries.keys.sorted() {
                let compiled = try pattern(source, at: "patternProperties")
                patterns.append((compiled, try compile(at: here.appending("patternProperties").appending(source))))
            }
            add("patternProperties", .patternProperties(patterns))
        }
        if let additional = try sub("additionalProperties") {
            add("additionalProperties", .additionalProperties(additional, known: Set(properties.map { Array($0.keys) } ?? []), patterns: patterns.map(\.0)))
        }
        if let names = try sub("propertyNames") { add("propertyNames", .propertyNames(names)) }
        if let n = try count("maxProperties") { add("maxProperties", .maxProperties(n)) }
        if let n = try count("minProperties") { add("minProperties", .minProperties(n)) }
        if let value = members["dependentRequired"] {
            guard case .object(let entries) = value else { throw invalid("dependentRequired", "dependentRequired must be an object of arrays") }
            var dependencies: [String: [String]] = [:]
            for (name, list) in entries {
                guard case .array(let items) = list else { throw invalid("dependentRequired", "dependentRequired/\(name) must be an array of property names") }
                dependencies[name] = items.compactMap(\.stringValue)
            }
            add("dependentRequired", .dependentRequired(dependencies))
        }
        if let schemas = try subMap("dependentSchemas") { add("dependentSchemas", .dependentSchemas(schemas)) }

        if let value = members["$ref"] {
            guard case .string(let reference) = value else { throw invalid("$ref", "$ref must be a string") }
            guard let target = index.resolve(reference, from: here), target.resolve(in: root) != nil else {
                throw .unresolvableReference(schemaPath: path("$ref"), reference: reference)
            }
            add("$ref", .reference(try compile(at: target), target: reference))
        }
        if let all = try subArray("allOf") { add("allOf", .allOf(all)) }
        if let any = try subArray("anyOf") { add("anyOf", .anyOf(any)) }
        if let one = try subArray("oneOf") { add("oneOf", .oneOf(one)) }
        if let not = try sub("not") { add("not", .not(not)) }
        let then = try sub("then"), otherwise = try sub("else")
        if let condition = try sub("if") { add("if", .conditional(if: condition, then: then, else: otherwise)) }
        // "format" is an annotation in draft 2020-12 unless the format-assertion vocabulary is
        // required; it is accepted and not checked.
    }
}
