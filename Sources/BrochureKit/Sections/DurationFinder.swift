/// Finds the durations a sentence gives (`８週間`, `６月以内`, `約１～２年`, `半年`, `三か月`).
///
/// At each place a duration can start (a digit, a kanji numeral, 約 or 半) it takes the longest
/// phrase, up to 16 characters, that `Duration.parse` reads whole, so a range keeps both ends
/// and a suffix such as 程度 or 以内 stays with its number.
enum DurationFinder {
    private static let starts: Set<Character> = ["約", "半", "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    private static let startScalars = Set(starts.flatMap(\.unicodeScalars))
    private static let longest = 16

    static func find(in raw: String) -> [DurationMention] {
        let characters = Array(Normalized.compact(raw))
        var found: [DurationMention] = []
        var i = 0
        while i < characters.count {
            guard isStart(characters, i) else { i += 1; continue }
            // Every duration has a unit (日, 週, 月, 年): without one ahead, nothing to parse.
            let limit = min(characters.count, i + longest)
            guard let unit = (i..<limit).first(where: { units.contains(characters[$0]) }) else { i += 1; continue }
            var match: (end: Int, duration: Duration)?
            for end in stride(from: limit, to: unit, by: -1) {
                guard endsLikeDuration(characters, end) else { continue }
                let phrase = String(characters[i..<end])
                // `compact` has normalised the sentence already.
                if let duration = try? Duration.parse(normalized: phrase, original: phrase), !isDate(characters, from: i, to: end) {
                    match = (end, duration)
                    break
                }
            }
            guard let (end, duration) = match else { i += 1; continue }
            found.append(
                DurationMention(
                    value: duration.minimum.value, unit: duration.minimum.unit, text: String(characters[i..<end]),
                    maximum: duration.maximum))
            i = end
        }
        return found
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
        let counters = ["ヶ月", "か月", "カ月", "ヵ月", "ケ月", "箇月"]
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

    private static let suffixes = ["程度", "前後", "ほど", "くらい", "ぐらい", "以内", "以上", "未満", "まで"]
}
