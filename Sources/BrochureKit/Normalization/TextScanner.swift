/// A cursor over the `Character`s of a text, for the hand-written scanners that replaced the
/// normalisers' regular-expression literals.
///
/// Swift Regex parsed each literal at first use (28.7 M instructions of a 293.7 M two-page
/// `extract`), compiled it to byte code (~11 M) and then interpreted it per line; a scanner
/// costs none of that. To give the same answers the cursor steps by `Character`, as a regex
/// does by default (grapheme-cluster semantics): a literal is compared with `==` (canonical
/// equivalence, as the regex compared it), `\s` is `Character.isWhitespace`, and `[0-9]`
/// matches only a `Character` that is one ASCII digit (`0` followed by a combining accent is
/// not a digit to the regex either).
struct TextScanner {
    let text: Substring
    private(set) var position: String.Index

    init(_ text: Substring, at position: String.Index? = nil) {
        self.text = text
        self.position = position ?? text.startIndex
    }

    var isAtEnd: Bool { position >= text.endIndex }

    /// The `Character` at the cursor, nil at the end.
    var current: Character? { isAtEnd ? nil : text[position] }

    /// Moves the cursor back (or on) to a position saved earlier: how a scanner backtracks.
    mutating func reset(to saved: String.Index) { position = saved }

    /// Steps over the current `Character` when `accept` takes it.
    @discardableResult
    mutating func take(where accept: (Character) -> Bool) -> Bool {
        guard !isAtEnd, accept(text[position]) else { return false }
        position = text.index(after: position)
        return true
    }

    /// Steps over `character` when it is the current one.
    @discardableResult
    mutating func take(_ character: Character) -> Bool {
        take { $0 == character }
    }

    /// Steps over `literal`, `Character` by `Character`, or stays put when it is not next.
    @discardableResult
    mutating func take(_ literal: String) -> Bool {
        let start = position
        for character in literal where !take(character) {
            position = start
            return false
        }
        return true
    }

    /// The first of `literals` (alternation order, as `a|b|c` tries them) that is next,
    /// stepped over; nil when none is.
    mutating func takeFirst(of literals: [String]) -> Range<String.Index>? {
        let start = position
        for literal in literals where take(literal) { return start..<position }
        return nil
    }

    /// `\s*`: steps over white space.
    mutating func skipWhitespace() {
        while take(where: \.isWhitespace) {}
    }

    /// A greedy run of `Character`s that `accept` takes, at least `minimum` and at most `maximum`
    /// long (`[0-9]{1,3}`, `[...]+`); nil, with the cursor left where it was, when it is shorter
    /// than `minimum`.
    mutating func run(_ minimum: Int = 1, _ maximum: Int = .max,
                      where accept: (Character) -> Bool) -> Range<String.Index>? {
        let start = position
        var count = 0
        while count < maximum, take(where: accept) { count += 1 }
        guard count >= minimum else {
            position = start
            return nil
        }
        return start..<position
    }

    /// `[0-9]{minimum,maximum}`.
    mutating func digits(_ minimum: Int = 1, _ maximum: Int = .max) -> Range<String.Index>? {
        run(minimum, maximum, where: Self.isDigit)
    }

    /// `[0-9]`: one ASCII digit and nothing else in the `Character` (`asciiValue` folds `\r\n`
    /// to `\n`, which is no digit).
    static func isDigit(_ character: Character) -> Bool {
        guard let value = character.asciiValue else { return false }
        return value >= 0x30 && value <= 0x39
    }

    /// Whether `character` is one of `set`'s (`[一二三]`): a class member matches by `==`.
    static func isAny(of set: String) -> (Character) -> Bool {
        { (character) in set.contains(character) }
    }
}
