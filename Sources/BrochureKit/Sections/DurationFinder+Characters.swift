/// The finder on `Character`s, for the rare sentence with a character of more than one scalar
/// or one a scalar's equality would misjudge (`Unicode.Scalar.isPlainCharacter`): the
/// original walk, kept as it was so its answers stay the reference for the scalar walk.
extension DurationFinder {
    private static let starts: Set<Character> = ["約", "半", "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    private static let startScalars = Set(starts.flatMap(\.unicodeScalars))

    static func find(characters: [Character]) -> [DurationMention] {
        scan(
            count: characters.count, isStart: { isStart(characters, $0) }, isUnit: { units.contains(characters[$0]) },
            endsLikeDuration: { endsLikeDuration(characters, $0) }, phrase: { String(characters[$0..<$1]) },
            isDate: { isDate(characters, from: $0, to: $1) })
    }

    /// A digit not inside a longer number, or 約/半/a kanji numeral not inside a word (統一, 一人).
    private static func isStart(_ c: [Character], _ i: Int) -> Bool {
        // (Asked of every character of every sentence: a kana or a kanji other than the
        // numerals, most of them, is turned away on its one scalar without hashing it.)
        if let scalar = c[i].unicodeScalars.first, c[i].unicodeScalars.count == 1, scalar.value >= 0x3040, !startScalars.contains(scalar) {
            return false
        }
        let before: Character? = i > 0 ? c[i - 1] : nil
        if c[i].isASCII && c[i].isNumber { return !(before?.isASCII == true && (before!.isNumber || before! == ".")) }
        guard starts.contains(c[i]) else { return false }
        return before.map { !starts.contains($0) && !Script.isKanji($0) } ?? true
    }

    /// Whether `c[..<end]` ends in a unit (日, 週間, 月, 年) or a whole suffix (以内, 以上, 未満,
    /// まで, 程度, 前後, ほど, くらい): only phrases that do are worth a regular-expression match.
    private static func endsLikeDuration(_ c: [Character], _ end: Int) -> Bool {
        let last = c[end - 1]
        if unitEnds.contains(last) { return true }
        guard suffixEnds.contains(last) else { return false }
        return suffixCharacters.contains { suffix in
            suffix.count <= end && c[(end - suffix.count)..<end].elementsEqual(suffix)
        }
    }

    private static let units: Set<Character> = ["日", "週", "月", "年"]
    private static let unitEnds: Set<Character> = ["日", "間", "週", "月", "年"]
    private static let suffixEnds: Set<Character> = Set(suffixes.compactMap(\.last))
    private static let suffixCharacters: [[Character]] = suffixes.map(Array.init)

    /// A date (`3月現在`, `令和5年度`, `11月から`, `3月まで`, `三月`) is not a duration.
    private static func isDate(_ c: [Character], from i: Int, to end: Int) -> Bool {
        var phrase = String(c[i..<end])
        var coreEnd = end
        if let suffix = suffixes.first(where: { phrase.hasSuffix($0) }) {
            phrase.removeLast(suffix.count)
            coreEnd -= suffix.count
        }
        let unitIsBare = (phrase.hasSuffix("月") && !counters.contains { phrase.hasSuffix($0) }) || phrase.hasSuffix("年")
        guard unitIsBare else { return false }
        // A year of the calendar (`2016年入庁`): no duration runs to a thousand years.
        if phrase.hasSuffix("年"), let number = Int(phrase.dropLast()), number >= 1000 { return true }
        if phrase.contains("~") || phrase.contains("から") { return false }
        if !(c[i].isASCII && c[i].isNumber) && phrase.hasSuffix("月") { return true }
        let after = String(c[coreEnd...].prefix(2))
        let before: Character = i > 0 ? c[i - 1] : " "
        return ["度", "現", "か", "ま", "に"].contains { after.hasPrefix($0) } || "和成元".contains(before)
    }

    static let suffixes = ["程度", "前後", "ほど", "くらい", "ぐらい", "以内", "以上", "未満", "まで"]
    /// A month counted (`3か月`), no month of the calendar (`3月`).
    static let counters = ["ヶ月", "か月", "カ月", "ヵ月", "ケ月", "箇月"]
}
