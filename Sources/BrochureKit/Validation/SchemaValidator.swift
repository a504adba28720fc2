/// One validation run over one instance: walks the compiled nodes alongside the instance and
/// records what fails.
///
/// Two modes share one walk. Collecting mode (`JSONSchema.validate`) keeps going to report
/// every violation; yes/no mode (`isValid`, and the branches of `anyOf`, `oneOf`, `not` and
/// `if`) stops at the first one and builds no messages. When `anyOf`/`oneOf` fail in
/// collecting mode, the branches are run again collecting, so the message can say what each
/// one objected to.
struct SchemaValidator {
    /// Nested schema applications allowed before giving up: only a schema that recurses
    /// without consuming the instance (`{"$ref": "#"}` at the root) gets this deep.
    static let maximumDepth = 2000

    let schema: JSONSchema
    let collecting: Bool
    private(set) var errors: [ValidationError] = []

    init(schema: JSONSchema, collecting: Bool) {
        self.schema = schema
        self.collecting = collecting
    }

    mutating func evaluate(_ index: Int, _ value: JSONValue, at path: JSONPointer, depth: Int) -> Bool {
        let node = schema.nodes[index]
        if let constant = node.constant {
            if !constant { fail(path, node.location, "no value is allowed here (the schema is false)") }
            return constant
        }
        guard depth < Self.maximumDepth else {
            fail(path, node.location, "the schema refers to itself without end (more than \(Self.maximumDepth) nested subschemas)")
            return false
        }
        var valid = true
        for (name, keyword) in node.keywords {
            if !check(keyword, value, at: path, keywordPath: node.location.appending(name), depth: depth) {
                valid = false
                if !collecting { return false }
            }
        }
        return valid
    }

    /// Records an error; in yes/no mode the message is never built.
    mutating func fail(_ path: JSONPointer, _ keywordPath: JSONPointer, _ message: @autoclosure () -> String) {
        guard collecting else { return }
        errors.append(ValidationError(instancePath: path, schemaPath: keywordPath, message: message()))
    }

    /// Runs a subschema in a separate run (its errors are not this run's).
    func trial(_ index: Int, _ value: JSONValue, at path: JSONPointer, depth: Int, collecting: Bool) -> (valid: Bool, errors: [ValidationError]) {
        var run = SchemaValidator(schema: schema, collecting: collecting)
        let valid = run.evaluate(index, value, at: path, depth: depth + 1)
        return (valid, run.errors)
    }

    private mutating func check(_ keyword: SchemaKeyword, _ value: JSONValue, at path: JSONPointer,
                                keywordPath: JSONPointer, depth: Int) -> Bool {
        switch keyword {
        case .reference(let target, _):
            return evaluate(target, value, at: path, depth: depth + 1)
        case .allOf(let subs):
            var valid = true
            for sub in subs where !evaluate(sub, value, at: path, depth: depth + 1) {
                valid = false
                if !collecting { return false }
            }
            return valid
        case .anyOf(let subs):
            if subs.contains(where: { trial($0, value, at: path, depth: depth, collecting: false).valid }) { return true }
            let why = explain(subs, value, path, depth)
            fail(path, keywordPath, "matches none of the \(subs.count) alternatives (anyOf): \(why)")
            return false
        case .oneOf(let subs):
            let matching = subs.indices.filter { trial(subs[$0], value, at: path, depth: depth, collecting: false).valid }
            if matching.count == 1 { return true }
            if matching.isEmpty {
                let why = explain(subs, value, path, depth)
                fail(path, keywordPath, "matches none of the \(subs.count) alternatives (oneOf): \(why)")
            } else {
                fail(path, keywordPath, "matches \(matching.count) of the alternatives (oneOf, numbers \(matching.map(String.init).joined(separator: ", "))); it must match exactly one")
            }
            return false
        case .not(let sub):
            guard trial(sub, value, at: path, depth: depth, collecting: false).valid else { return true }
            let message = forbiddenMessage(sub)
            fail(path, keywordPath, message)
            return false
        case .conditional(let condition, let then, let otherwise):
            let branch = trial(condition, value, at: path, depth: depth, collecting: false).valid ? then : otherwise
            guard let branch else { return true }
            return evaluate(branch, value, at: path, depth: depth + 1)
        case .dependentSchemas(let schemas):
            guard case .object(let members) = value else { return true }
            var valid = true
            for name in schemas.keys.sorted() where members[name] != nil {
                if !evaluate(schemas[name]!, value, at: path, depth: depth + 1) {
                    valid = false
                    if !collecting { return false }
                }
            }
            return valid
        default:
            return checkValue(keyword, value, at: path, keywordPath: keywordPath, depth: depth)
        }
    }

    /// The first complaint of each alternative, so a failed `anyOf`/`oneOf` says what to fix.
    private func explain(_ subs: [Int], _ value: JSONValue, _ path: JSONPointer, _ depth: Int) -> String {
        guard collecting else { return "" }
        return subs.enumerated().map { i, sub in
            let first = trial(sub, value, at: path, depth: depth, collecting: true).errors.first
            guard let first else { return "(\(i)) ?" }
            let relative = JSONPointer(tokens: Array(first.instancePath.tokens.dropFirst(path.tokens.count)))
            return "(\(i)) " + (relative.tokens.isEmpty ? "" : "at \(relative): ") + first.message
        }.joined(separator: "; ")
    }

    /// What a `not` forbids, in words when the forbidden schema is only `required` (the common
    /// "this field must be absent" idiom), otherwise by location.
    private func forbiddenMessage(_ sub: Int) -> String {
        let node = schema.nodes[sub]
        if node.keywords.count == 1, case .required(let names) = node.keywords[0].keyword {
            let quoted = names.map { JSONValue.quote($0) }.joined(separator: ", ")
            return names.count == 1 ? "property \(quoted) is not allowed here" : "properties \(quoted) must not all be present"
        }
        return "must not match the schema at \(node.location.description.isEmpty ? "/" : node.location.description) (not)"
    }
}
