extension TextScanner {
    /// What a backtracking scanner does after one part has matched: go on from the position
    /// and say whether the rest matched.
    typealias Rest = (String.Index) -> Bool

    /// The `Character` at `position`, nil at the end.
    func character(at position: String.Index) -> Character? {
        position < text.endIndex ? text[position] : nil
    }

    /// A class repeated `minimum`…`maximum` times (`[0-9]{1,4}`, `[A-Za-z0-9._%+\-]*`), longest
    /// first then shorter, as a greedy regex quantifier gives back when the rest fails.
    ///
    /// The phone and e-mail patterns need this: `[0-9]{1,4}` groups share digits with the next
    /// group, and the last domain label is only known when `\.[A-Za-z]{2,}` has been tried.
    func repeated(_ minimum: Int, _ maximum: Int = .max, from position: String.Index,
                  where accept: (Character) -> Bool, _ rest: Rest) -> Bool {
        var ends = [position]
        var index = position
        while ends.count - 1 < maximum, let character = character(at: index), accept(character) {
            index = text.index(after: index)
            ends.append(index)
        }
        guard ends.count - 1 >= minimum else { return false }
        for count in stride(from: ends.count - 1, through: minimum, by: -1) where rest(ends[count]) { return true }
        return false
    }

    /// `x?` for one class: with it first, then without.
    func optional(from position: String.Index, where accept: (Character) -> Bool, _ rest: Rest) -> Bool {
        repeated(0, 1, from: position, where: accept, rest)
    }

    /// `literal` at `position`, then the rest after it.
    func literal(_ literal: String, at position: String.Index, _ rest: Rest) -> Bool {
        var index = position
        for expected in literal {
            guard let character = character(at: index), character == expected else { return false }
            index = text.index(after: index)
        }
        return rest(index)
    }

    /// `(?:part)*`: as many as match, then fewer, as a greedy star gives them back (a part
    /// never matches empty here).
    func star(from position: String.Index, _ part: (String.Index, Rest) -> Bool, _ rest: Rest) -> Bool {
        // The recursion captures `part` and `rest` in a closure it hands to `part`, which the
        // compiler allows only for closures it may treat as escaping; none outlives this call.
        withoutActuallyEscaping(part) { (part) in
            withoutActuallyEscaping(rest) { (rest) in starting(at: position, part, rest) }
        }
    }

    private func starting(at position: String.Index, _ part: @escaping (String.Index, Rest) -> Bool,
                          _ rest: @escaping Rest) -> Bool {
        part(position) { (next) in next != position && starting(at: next, part, rest) } || rest(position)
    }

    /// A cursor of the same text at `position`, for a part that scans on its own.
    func cursor(at position: String.Index) -> TextScanner {
        TextScanner(text, at: position)
    }
}

extension TextScanner {
    /// Every match of a pattern, left to right and not overlapping, as `matches(of:)` found
    /// them: `match` is tried at each `Character` with a cursor there, and the search goes on
    /// from where a match left the cursor (none of the patterns matches empty).
    func allMatches<Found>(_ match: (inout TextScanner) -> Found?) -> [Found] {
        var found: [Found] = []
        var cursor = cursor(at: text.startIndex)
        while !cursor.isAtEnd {
            let start = cursor.position
            if let item = match(&cursor), cursor.position > start {
                found.append(item)
            } else {
                cursor.reset(to: start)
                cursor.take { _ in true }
            }
        }
        return found
    }

    /// The first match of a pattern, as `firstMatch(of:)` found it: `match` tried with a cursor
    /// at each `Character` from the start.
    func firstMatch<Found>(_ match: (inout TextScanner) -> Found?) -> Found? {
        var start = text.startIndex
        while start < text.endIndex {
            var cursor = cursor(at: start)
            if let found = match(&cursor) { return found }
            start = text.index(after: start)
        }
        return nil
    }
}

extension TextScanner {
    /// A class repeated lazily (`[^。]{1,80}?`): the fewest first, one more each time the rest fails.
    func lazilyRepeated(_ minimum: Int, _ maximum: Int, from position: String.Index,
                        where accept: (Character) -> Bool, _ rest: Rest) -> Bool {
        var index = position
        var count = 0
        while true {
            if count >= minimum, rest(index) { return true }
            guard count < maximum, let character = character(at: index), accept(character) else { return false }
            index = text.index(after: index)
            count += 1
        }
    }
}
