/// Cover titles that name their publisher without being its name: a catch copy holding the
/// name, and the everyday short form of a name the text spells out.
extension CoverTitle {
    /// The endings of a catch copy inviting the reader to work at the name before them.
    static let invitations = ["で働こう", "で働きませんか", "で働く", "ではたらく"]

    /// The name before an invitation to work there (`国立歴史民俗博物館で働く`): the catch copy
    /// is the masthead, and the name is all of it but the invitation.
    static func nameBeforeInvitation(_ text: String) -> String? {
        let trimmed = text.hasSuffix("。") || text.hasSuffix("!") ? String(text.dropLast()) : text
        guard let tail = invitations.first(where: trimmed.hasSuffix) else { return nil }
        return name(String(trimmed.dropLast(tail.count)))
    }

    /// The full name a short masthead abbreviates (`八戸高専` of `八戸工業高等専門学校`), read
    /// from the start of a line of the cover (a lead's subject, an office's line): the same
    /// first character and the masthead's characters in order within it, as a short form
    /// keeps them (`高専` of `高等専門学校`). The short form itself is no name: it ends in no
    /// body's word.
    static func spelledOut(_ text: String, among lines: [TextLine]) -> String? {
        let short = Array(text.unicodeScalars)
        guard (3...8).contains(short.count), short.allSatisfy(isNameScalar), name(text) == nil else { return nil }
        // (Asked of every line of the cover: the first scalar and the characters in order are
        // looked for in the line's first sixteen before any name is read from it.)
        for line in lines where line.text.unicodeScalars.first == short.first && holds(short, inOrder: line.text.unicodeScalars.prefix(16)) {
            guard let full = leadingName(Normalized.compact(line.text)), full.unicodeScalars.count > short.count,
                holds(short, inOrder: full.unicodeScalars[...])
            else { continue }
            return full
        }
        return nil
    }

    /// Whether `scalars` hold every one of `short`, in its order.
    private static func holds<S: Collection<Unicode.Scalar>>(_ short: [Unicode.Scalar], inOrder scalars: S) -> Bool {
        var rest = scalars[...]
        return short.allSatisfy { scalar in
            guard let at = rest.firstIndex(of: scalar) else { return false }
            rest = rest[rest.index(after: at)...]
            return true
        }
    }
}
