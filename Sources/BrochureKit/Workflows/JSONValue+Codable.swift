#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `JSONValue` as a `Codable` value, so a diff can carry the typed values it compares.
///
/// A change's old and new values are whatever JSON the brochure held there (a count, a list of
/// phones, a whole row): keeping them as `JSONValue` rather than strings lets a consumer of
/// `brochure diff --format json` do arithmetic on them. Integers stay integers (`61`, not
/// `61.0`); `true` stays apart from `1`.
extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .number(JSONNumber(value))
        } else if let value = try? container.decode(Double.self) {
            self = .number(JSONNumber(value))
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let number):
            switch number.storage {
            case .integer(let value): try container.encode(value)
            case .double(let value): try container.encode(value)
            }
        case .string(let value): try container.encode(value)
        case .array(let items): try container.encode(items)
        case .object(let members): try container.encode(members)
        }
    }

    /// The JSON a BrochureKit value encodes to, as `JSONValue`, so two documents can be
    /// compared field by field with the same names their JSON uses.
    ///
    /// JSONEncoder fails only on a non-finite number, which no parser produces and no JSON
    /// input can carry; should it happen, the value's description is kept (visible in the
    /// diff) rather than dropped.
    init(encoding value: some Encodable) {
        guard let text = try? JSONOutput.encode(value, pretty: false), let parsed = try? JSONParser.parse(text) else {
            self = .string(String(describing: value))
            return
        }
        self = parsed
    }

    /// The value without any member called `name`, at any depth: used for `provenance`, whose
    /// boxes and original text say where a value was read, not what it is.
    func removingMembers(named name: String) -> JSONValue {
        switch self {
        case .object(let members):
            return .object(members.filter { $0.key != name }.mapValues { $0.removingMembers(named: name) })
        case .array(let items):
            return .array(items.map { $0.removingMembers(named: name) })
        default:
            return self
        }
    }
}
