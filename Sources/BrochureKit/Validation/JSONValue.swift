/// A parsed JSON document, as the validator sees it.
///
/// Objects are dictionaries: JSON Schema gives key order no meaning, so `{"a":1,"b":2}` equals
/// `{"b":2,"a":1}` (`const`, `enum` and `uniqueItems` rely on that). Numbers compare by value
/// (see `JSONNumber`), and `true` is never equal to `1`. Strings are equal when their code
/// points are (Swift's `==` would also equate "é" with "e" + U+0301, which JSON Schema does
/// not). Known limit: object keys live in a Swift `Dictionary`, so two keys that differ only
/// in Unicode normalisation in one object collapse into one.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x.utf8.elementsEqual(y.utf8)
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)): return x == y
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(1); hasher.combine(b)
        case .number(let n): hasher.combine(2); hasher.combine(n)
        case .string(let s): hasher.combine(3); for byte in s.utf8 { hasher.combine(byte) }
        case .array(let items): hasher.combine(4); hasher.combine(items)
        case .object(let members): hasher.combine(5); hasher.combine(members)
        }
    }

    /// The JSON Schema type name of this value ("integer" is reported for whole numbers).
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number(let n): return n.isInteger ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    public var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// Compact JSON text with sorted keys: used to quote values in error messages.
    public var jsonText: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n.description
        case .string(let s): return Self.quote(s)
        case .array(let items): return "[" + items.map(\.jsonText).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.keys.sorted().map { Self.quote($0) + ":" + members[$0]!.jsonText }.joined(separator: ",") + "}"
        }
    }

    /// The value for a message: JSON text cut at `limit` characters so a whole table does not
    /// end up on one error line.
    func excerpt(limit: Int = 60) -> String {
        let text = jsonText
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
