/// A footnote mark glued to the end of a unit's name (`各区役所＊`, `出先機関※1`,
/// `本庁（注2）`): the note under the table explains it, the unit is the name without it.
///
/// Only a mark sign ends a name this way (`*` `※` `†`, optionally with one or two digits;
/// `注` with its digits, `注1`; any of them in brackets); a name that ends in digits alone (`第2課`) or in a bracket of words
/// (`総務部（本庁）`) keeps them. A name that would be left empty is kept as printed.
enum UnitNoteMark {
    /// The signs a footnote mark opens with, after normalisation (`＊` is read as `*`).
    static let signs: Set<Character> = ["*", "＊", "※", "†", "‡", "注"]

    /// `unit` (already compacted) without a trailing footnote mark.
    static func stripped(_ unit: String) -> String {
        var text = Substring(unit)
        // `（注1）`, `(*2)`: a mark in brackets.
        if text.last == ")", let open = text.lastIndex(of: "("), isMark(text[text.index(after: open)..<text.index(before: text.endIndex)]) {
            text = text[..<open]
        } else if let start = markStart(text) {
            text = text[..<start]
        }
        let result = String(text).trimmingWhitespace()
        return result.isEmpty ? unit : result
    }

    /// Where the trailing `*`, `※1`, `注2` run starts, if the name ends in one.
    private static func markStart(_ text: Substring) -> Substring.Index? {
        let digits = text.reversed().prefix { $0.isASCII && $0.isNumber }.count
        guard digits <= 2 else { return nil }
        var start = text.index(text.endIndex, offsetBy: -digits)
        var signed = false
        while start > text.startIndex, case let sign = text[text.index(before: start)], signs.contains(sign) {
            // A bare `注` may end a word (`発注`): a mark only with its number (`注1`).
            if sign == "注" && digits == 0 { break }
            start = text.index(before: start)
            signed = true
        }
        return signed ? start : nil
    }

    /// A bracket's inside that is only a mark: a sign then at most two digits.
    private static func isMark(_ inside: Substring) -> Bool {
        guard let first = inside.first, signs.contains(first) else { return false }
        let rest = inside.drop { signs.contains($0) }
        return rest.count <= 2 && rest.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
