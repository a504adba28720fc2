/// The keywords that look at the instance itself (its type, value, length, members…) rather
/// than only combining subschemas. Each applies to one JSON type and passes any other, as the
/// specification requires: `"minLength": 3` says nothing about a number.
extension SchemaValidator {
    mutating func checkValue(_ keyword: SchemaKeyword, _ value: JSONValue, at path: JSONPointer,
                             keywordPath: JSONPointer, depth: Int) -> Bool {
        switch (keyword, value) {
        case (.type(let types), _):
            if types.contains(where: { $0.admits(value) }) { return true }
            fail(path, keywordPath, "must be \(Self.list(types.map { Self.article($0.rawValue) }, or: true)), not \(Self.article(value.typeName)) (\(value.excerpt()))")
            return false
        case (.enumeration(let options), _):
            if options.contains(value) { return true }
            fail(path, keywordPath, "\(value.excerpt()) is not one of the allowed values: \(Self.list(options.map { $0.excerpt(limit: 40) }, or: true))")
            return false
        case (.constant(let expected), _):
            if value == expected { return true }
            fail(path, keywordPath, "must be \(expected.excerpt()), not \(value.excerpt())")
            return false

        case (.multipleOf(let divisor), .number(let n)):
            if n.isMultiple(of: divisor) { return true }
            fail(path, keywordPath, "\(n) is not a multiple of \(divisor)")
            return false
        case (.maximum(let limit), .number(let n)):
            if n <= limit { return true }
            fail(path, keywordPath, "\(n) is greater than the maximum \(limit)")
            return false
        case (.exclusiveMaximum(let limit), .number(let n)):
            if n < limit { return true }
            fail(path, keywordPath, "\(n) must be less than \(limit)")
            return false
        case (.minimum(let limit), .number(let n)):
            if n >= limit { return true }
            fail(path, keywordPath, "\(n) is less than the minimum \(limit)")
            return false
        case (.exclusiveMinimum(let limit), .number(let n)):
            if n > limit { return true }
            fail(path, keywordPath, "\(n) must be greater than \(limit)")
            return false

        case (.maxLength(let limit), .string(let s)):
            let length = s.unicodeScalars.count
            if length <= limit { return true }
            fail(path, keywordPath, "is \(length) characters long; at most \(limit) allowed")
            return false
        case (.minLength(let limit), .string(let s)):
            let length = s.unicodeScalars.count
            if length >= limit { return true }
            fail(path, keywordPath, length == 0 ? "must not be empty (at least \(limit) characters)" : "is \(length) characters long; at least \(limit) required")
            return false
        case (.pattern(let pattern), .string(let s)):
            if pattern.matches(s) { return true }
            fail(path, keywordPath, "\(value.excerpt()) does not match the pattern \(pattern.source)")
            return false

        case (.maxItems(let limit), .array(let items)):
            if items.count <= limit { return true }
            fail(path, keywordPath, "has \(items.count) items; at most \(limit) allowed")
            return false
        case (.minItems(let limit), .array(let items)):
            if items.count >= limit { return true }
            fail(path, keywordPath, "has \(items.count) item\(items.count == 1 ? "" : "s"); at least \(limit) required")
            return false
        case (.uniqueItems, .array(let items)):
            var seen: [JSONValue: Int] = [:]
            for (i, item) in items.enumerated() {
                if let first = seen[item] {
                    fail(path, keywordPath, "items \(first) and \(i) are equal (\(item.excerpt(limit: 40))); every item must be different")
                    return false
                }
                seen[item] = i
            }
            return true
        case (.contains(let sub, let minimum, let maximum), .array(let items)):
            let matches = items.indices.filter { trial(sub, items[$0], at: path.appending($0), depth: depth, collecting: false).valid }.count
            if matches < minimum {
                fail(path, keywordPath, "has \(matches) item\(matches == 1 ? "" : "s") matching the schema at \(keywordPath); at least \(minimum) required")
                return false
            }
            if let maximum, matches > maximum {
                fail(path, keywordPath, "has \(matches) items matching the schema at \(keywordPath); at most \(maximum) allowed")
                return false
            }
            return true
        case (.prefixItems(let subs), .array(let items)):
            return each(Array(zip(subs, items).enumerated())) { run, element in
                run.evaluate(element.element.0, element.element.1, at: path.appending(element.offset), depth: depth + 1)
            }
        case (.items(let sub, let after), .array(let items)):
            guard items.count > after else { return true }
            return each(Array(after..<items.count)) { run, i in run.evaluate(sub, items[i], at: path.appending(i), depth: depth + 1) }

        case (.required(let names), .object(let members)):
            return each(names) { run, name in
                if members[name] != nil { return true }
                run.fail(path, keywordPath, "missing required property \(JSONValue.quote(name))")
                return false
            }
        case (.properties(let subs), .object(let members)):
            let present = subs.keys.filter { members[$0] != nil }.sorted()
            return each(present) { run, name in run.evaluate(subs[name]!, members[name]!, at: path.appending(name), depth: depth + 1) }
        case (.patternProperties(let patterns), .object(let members)):
            return each(members.keys.sorted()) { run, name in
                run.each(patterns.filter { $0.0.matches(name) }) { run, entry in
                    run.evaluate(entry.1, members[name]!, at: path.appending(name), depth: depth + 1)
                }
            }
        case (.additionalProperties(let sub, let known, let patterns), .object(let members)):
            let extra = members.keys.filter { name in !known.contains(name) && !patterns.contains { $0.matches(name) } }.sorted()
            if schema.nodes[sub].constant == false {
                return each(extra) { run, name in
                    let allowed = known.isEmpty ? "" : " (allowed: \(known.sorted().joined(separator: ", "))\(patterns.isEmpty ? "" : ", and names matching \(patterns.map(\.source).joined(separator: " or "))"))"
                    run.fail(path.appending(name), keywordPath, "property \(JSONValue.quote(name)) is not allowed here\(allowed)")
                    return false
                }
            }
            return each(extra) { run, name in run.evaluate(sub, members[name]!, at: path.appending(name), depth: depth + 1) }
        case (.propertyNames(let sub), .object(let members)):
            return each(members.keys.sorted()) { run, name in run.evaluate(sub, .string(name), at: path.appending(name), depth: depth + 1) }
        case (.maxProperties(let limit), .object(let members)):
            if members.count <= limit { return true }
            fail(path, keywordPath, "has \(members.count) properties; at most \(limit) allowed")
            return false
        case (.minProperties(let limit), .object(let members)):
            if members.count >= limit { return true }
            fail(path, keywordPath, "has \(members.count) propert\(members.count == 1 ? "y" : "ies"); at least \(limit) required")
            return false
        case (.dependentRequired(let dependencies), .object(let members)):
            return each(dependencies.keys.sorted().filter { members[$0] != nil }) { run, name in
                run.each(dependencies[name]!) { run, needed in
                    if members[needed] != nil { return true }
                    run.fail(path, keywordPath, "missing property \(JSONValue.quote(needed)), required when \(JSONValue.quote(name)) is present")
                    return false
                }
            }
        default:
            return true  // the keyword does not apply to this type of value
        }
    }

    /// Runs `body` on every element, continuing after a failure only when collecting.
    private mutating func each<T>(_ elements: [T], _ body: (inout SchemaValidator, T) -> Bool) -> Bool {
        var valid = true
        for element in elements where !body(&self, element) {
            valid = false
            if !collecting { return false }
        }
        return valid
    }

    static func article(_ typeName: String) -> String {
        switch typeName {
        case "null": return "null"
        case "integer", "object", "array": return "an \(typeName)"
        default: return "a \(typeName)"
        }
    }

    /// "a, b or c"
    static func list(_ items: [String], or: Bool) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (or ? " or " : " and ") + items.last!
    }
}
