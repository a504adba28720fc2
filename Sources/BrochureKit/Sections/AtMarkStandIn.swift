/// An e-mail address whose `@` is printed as another mark against address harvesters
/// (`clb-jinji★clb.go.jp`), with a note saying which mark to put back (`（★を@に置き換えてください）`).
///
/// The mark is read as `@` only where such a note names it: a star elsewhere is a bullet or an
/// accent, no at-sign, and an address printed so is the real one only once the reader swaps it.
enum AtMarkStandIn {
    /// The mark a note among `texts` (normalised lines) says stands for `@`: the character before
    /// `を@に` (`★を@に置き換えて`, `「☆」を「@」に変えて`), a symbol rather than a letter or a figure.
    static func mark(in texts: [String]) -> Character? {
        for text in texts where text.contains("@") {
            let plain = Array(text.filter { !quotes.contains($0) })
            guard plain.count >= 4 else { continue }
            for i in 1..<(plain.count - 2) where plain[i] == "を" && plain[i + 1] == "@" && plain[i + 2] == "に" {
                let mark = plain[i - 1]
                // (A word in brackets, `[at]を@に`, is a spelling the address scanner reads already.)
                if !mark.isLetter, !mark.isNumber, !mark.isWhitespace, !brackets.contains(mark) { return mark }
            }
        }
        return nil
    }

    /// Whether `text` is the note itself (`(★を@に置き換えてください)`): a line about the mark,
    /// no office's name nor an address.
    static func isNote(_ text: String, mark: Character) -> Bool {
        let plain = text.filter { !quotes.contains($0) }
        return plain.contains("\(mark)を@に") && !plain.contains(where: { $0.isASCII && $0.isLetter })
    }

    /// `text` with the mark read as the at-sign it stands for.
    static func replacing(_ mark: Character, in text: String) -> String {
        guard text.contains(mark) else { return text }
        return String(text.map { $0 == mark ? "@" : $0 })
    }

    /// Brackets, which close a spelled-out at-sign (`[at]`, `(at)`) rather than stand for one.
    private static let brackets: Set<Character> = ["(", ")", "[", "]", "（", "）", "［", "］", "【", "】", "〔", "〕", "<", ">", "〈", "〉", "《", "》", "＜", "＞"]

    /// Quotes a note may set the marks in (`「★」を「@」に`).
    private static let quotes: Set<Character> = ["「", "」", "『", "』", "\"", "'", "“", "”"]
}
