/// The brackets of a contact's lines: a note wrapped over two lines, the groups an office's name carries.
extension ContactsParser {
    /// Lines with a bracket left open joined to the line that closes it (`050-3362-4481（研究開発部` /
    /// `門）`): a note wrapped in a narrow card. (Lines of marks alone, `☎`, are dropped by the caller.)
    static func joiningBrackets(_ lines: [String]) -> [String] {
        var joined: [(line: String, opens: Int)] = []
        for line in lines {
            let opens = Self.opens(line)
            if let previous = joined.last, previous.opens > 0, opens < 0 {
                joined[joined.count - 1] = (previous.line + line, Self.opens(previous.line + line))
            } else {
                joined.append((line, opens))
            }
        }
        return joined.map(\.line)
    }

    /// How many more `(` than `)` `text` has, counted by `Character`. (A text without either
    /// byte, most lines, has neither `Character`: each is that byte alone.)
    static func opens(_ text: String) -> Int {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }) else { return 0 }
        return text.filter { $0 == "(" }.count - text.filter { $0 == ")" }.count
    }

    /// The insides of the outermost bracket pairs of `text`, in order. (None without a `(` byte.)
    static func bracketGroups(_ text: String) -> [Range<String.Index>] {
        guard text.utf8.contains(UInt8(ascii: "(")) else { return [] }
        var groups: [Range<String.Index>] = []
        var depth = 0
        var start = text.startIndex
        for index in text.indices {
            if text[index] == "(" {
                if depth == 0 { start = text.index(after: index) }
                depth += 1
            } else if text[index] == ")", depth > 0 {
                depth -= 1
                if depth == 0 { groups.append(start..<index) }
            }
        }
        return groups
    }
}
