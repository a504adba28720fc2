/// An RFC 6901 JSON pointer: where an error is in the instance, or a keyword in the schema.
///
/// Kept as unescaped tokens while the validator descends (appending a token is cheap) and
/// escaped only when printed: `~` becomes `~0` and `/` becomes `~1`, so a property named
/// `a/b` is `/a~1b`, never mistaken for two levels.
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    public private(set) var tokens: [String]

    public init(tokens: [String] = []) { self.tokens = tokens }

    /// Parses `/a/b~1c` (the empty string is the whole document). A string that is not a
    /// pointer (does not start with `/`) gives nil.
    public init?(parsing text: String) {
        if text.isEmpty { tokens = []; return }
        guard text.hasPrefix("/") else { return nil }
        tokens = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { Self.unescape(String($0)) }
    }

    public init(stringLiteral value: String) {
        self.init(parsing: value)!
    }

    public func appending(_ token: String) -> JSONPointer {
        var copy = self
        copy.tokens.append(token)
        return copy
    }

    public func appending(_ index: Int) -> JSONPointer { appending(String(index)) }

    public func appending(contentsOf other: JSONPointer) -> JSONPointer {
        var copy = self
        copy.tokens.append(contentsOf: other.tokens)
        return copy
    }

    /// The escaped form, `""` for the root.
    public var description: String {
        tokens.map { "/" + Self.escape($0) }.joined()
    }

    public static func escape(_ token: String) -> String {
        // Almost no token has either character; checking bytes first skips the substring
        // search, which compiling a schema ran 6000 times (6% of a small `extract`).
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        return token.replacingAll("~", with: "~0").replacingAll("/", with: "~1")
    }

    public static func unescape(_ token: String) -> String {
        guard token.utf8.contains(UInt8(ascii: "~")) else { return token }
        // Order matters: "~01" is "~1" unescaped, not "/".
        return token.replacingAll("~1", with: "/").replacingAll("~0", with: "~")
    }

    /// The value this pointer designates inside `root`, if any.
    public func resolve(in root: JSONValue) -> JSONValue? {
        var current = root
        for token in tokens {
            switch current {
            case .object(let members):
                guard let next = members[token] else { return nil }
                current = next
            case .array(let items):
                guard let index = Int(token), String(index) == token, items.indices.contains(index) else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }
}

extension String {
    /// Plain substring replacement without Foundation (this folder needs only the standard library).
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
