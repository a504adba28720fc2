extension PhoneNumber {
    /// The text with a phone number spelt in kanji digits put in figures: `〇七五（七六一）四一八八`,
    /// as a vertical colophon prints it, reads `075(761)4188`.
    ///
    /// A number dialled in Japan starts with 0, so only a run that opens with `〇` is asked,
    /// and it must hold digits alone — positional kanji, no `十` or `百` — between its
    /// brackets and dashes, ten or eleven of them: a year (`二〇二六`) or a count is none.
    static func withKanjiDigits(_ text: String) -> String {
        guard text.unicodeScalars.contains("〇") else { return text }
        let characters = Array(text)
        var out = ""
        var i = 0
        while i < characters.count {
            guard characters[i] == "〇" else {
                out.append(characters[i])
                i += 1
                continue
            }
            var j = i
            var digits = 0
            while j < characters.count, digit(characters[j]) != nil || separators.contains(characters[j]) {
                if digit(characters[j]) != nil { digits += 1 }
                j += 1
            }
            // (A run ends on a digit: a closing bracket or dash after it is the text's.)
            while j > i, digit(characters[j - 1]) == nil { j -= 1 }
            if (10...11).contains(digits) {
                out += characters[i..<j].map { c in digit(c).map { Character(Unicode.Scalar(UInt8(ascii: "0") + $0)) } ?? c }
            } else {
                out += characters[i..<j]
            }
            i = j
        }
        return out
    }

    private static let separators: Set<Character> = ["（", "）", "(", ")", "-", "－", "‐", "ー", "−"]

    private static func digit(_ c: Character) -> UInt8? {
        switch c {
        case "〇": 0
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }
}
