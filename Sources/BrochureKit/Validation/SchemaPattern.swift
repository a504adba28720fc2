import Foundation

/// A compiled `pattern` (or `patternProperties` key).
///
/// JSON Schema patterns are ECMA-262 regular expressions; Swift's `Regex` reads a
/// PCRE/ICU-like syntax that agrees on everything our schemas and the official suite's
/// required files use. To narrow the remaining gap:
/// - matching is per Unicode scalar (ECMA-262 with the `u` flag), not per grapheme cluster,
///   so `.` consumes one code point and `^.$` does not match `e` + combining accent;
/// - `\d` and `\w` are ASCII-only, as in ECMA-262 (Swift would accept ٣ or 三 as digits).
/// Known differences that remain: `\s` follows Unicode's White_Space property rather than
/// ECMA-262's list (they differ on U+FEFF and U+180E); ECMA-only syntax such as `\cX` control
/// escapes or `[^]` is rejected or read differently; POSIX classes like `[[:alpha:]]` are
/// accepted here but are not ECMA-262.
/// Patterns are not anchored: `"pattern": "a"` matches `"xay"`.
final class SchemaPattern: @unchecked Sendable {
    // Unchecked: `Regex<AnyRegexOutput>` is not `Sendable` (it compiles its program lazily), so
    // every use goes through `lock`; a compiled schema can then be shared by concurrent tasks.
    let source: String
    private let regex: Regex<AnyRegexOutput>
    private let lock = NSLock()

    init(_ source: String) throws {
        self.source = source
        regex = try Regex(source)
            .matchingSemantics(.unicodeScalar)
            .asciiOnlyDigits()
            .asciiOnlyWordCharacters()
    }

    /// Whether the pattern matches anywhere in `text`.
    func matches(_ text: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return (try? regex.firstMatch(in: text)) != nil
    }
}
