/// Finds the durations a sentence gives (`８週間`, `６月以内`, `約１～２年`, `半年`, `三か月`).
///
/// At each place a duration can start (a digit, a kanji numeral, 約 or 半) it takes the longest
/// phrase, up to 16 characters, that `Duration.parse` reads whole, so a range keeps both ends
/// and a suffix such as 程度 or 以内 stays with its number.
///
/// The sentence is walked on its scalars, not its `Character`s: building and hashing
/// characters cost three times the parsing (205 M instructions over a 200-page document's
/// 972 sentences, now 76 M, 53 M of it the parsing). That gives the same answers only where
/// every character is one scalar equal to no other (`Unicode.Scalar.isPlainCharacter`); any
/// other sentence takes the walk on characters (`find(characters:)`).
enum DurationFinder {
    static let longest = 16

    static func find(in raw: String) -> [DurationMention] {
        let text = Normalized.compact(raw)
        // Every duration has a unit (日, 週, 月, 年): a sentence without one has none (a CJK
        // compatibility ideograph could be a unit's twin, and is let through).
        guard text.unicodeScalars.contains(where: { isUnit($0) || isCompatibilityIdeograph($0) }) else {
            return []
        }
        var scalars: [Unicode.Scalar] = []
        // Where each scalar starts, and the end: a phrase is copied out of the sentence whole
        // (appending its scalars one by one cost 7,500 instructions a phrase).
        var starts: [String.Index] = []
        for index in text.unicodeScalars.indices {
            let scalar = text.unicodeScalars[index]
            guard scalar.isPlainCharacter else { return find(characters: Array(text)) }
            scalars.append(scalar)
            starts.append(index)
        }
        starts.append(text.endIndex)
        return scan(
            count: scalars.count, isStart: { isStart(scalars, $0) }, isUnit: { isUnit(scalars[$0]) },
            endsLikeDuration: { endsLikeDuration(scalars, $0) }, phrase: { String(text[starts[$0]..<starts[$1]]) },
            isDate: { isDate(scalars, from: $0, to: $1) })
    }

    /// The walk either way: at each start, the longest phrase to a unit or suffix that parses
    /// whole and is no date. (`i` and `end` count characters, or scalars on the scalar walk.)
    static func scan(
        count: Int, isStart: (Int) -> Bool, isUnit: (Int) -> Bool, endsLikeDuration: (Int) -> Bool,
        phrase: (Int, Int) -> String, isDate: (Int, Int) -> Bool
    ) -> [DurationMention] {
        var found: [DurationMention] = []
        var i = 0
        while i < count {
            guard isStart(i) else { i += 1; continue }
            // Without a unit ahead, nothing to parse.
            let limit = min(count, i + longest)
            guard let unit = (i..<limit).first(where: isUnit) else { i += 1; continue }
            var match: (end: Int, text: String, duration: Duration)?
            for end in stride(from: limit, to: unit, by: -1) {
                guard endsLikeDuration(end) else { continue }
                let text = phrase(i, end)
                // `compact` has normalised the sentence already.
                if let duration = try? Duration.parse(normalized: text, original: text), !isDate(i, end) {
                    match = (end, text, duration)
                    break
                }
            }
            guard let (end, text, duration) = match else { i += 1; continue }
            found.append(DurationMention(value: duration.minimum.value, unit: duration.minimum.unit, text: text, maximum: duration.maximum))
            i = end
        }
        return found
    }

    private static func isCompatibilityIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        (0xF900...0xFAFF).contains(scalar.value) || (0x2F800...0x2FA1F).contains(scalar.value)
    }

    private static func isUnit(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "日" || scalar == "週" || scalar == "月" || scalar == "年"
    }

    /// A digit not inside a longer number, or 約/半/a kanji numeral not inside a word (統一, 一人).
    private static func isStart(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let before = i > 0 ? s[i - 1] : nil
        if isDigit(s[i]) { return !(before.map { isDigit($0) || $0 == "." } ?? false) }
        guard isNumeralStart(s[i]) else { return false }
        return before.map { !isNumeralStart($0) && !Script.isKanji(Character($0)) } ?? true
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }

    private static func isNumeralStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "約", "半", "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": true
        default: false
        }
    }

    /// Whether `s[..<end]` ends in a unit (日, 週間, 月, 年) or a whole suffix (以内, 以上, 未満,
    /// まで, 程度, 前後, ほど, くらい): only phrases that do are worth parsing.
    private static func endsLikeDuration(_ s: [Unicode.Scalar], _ end: Int) -> Bool {
        switch s[end - 1] {
        case "日", "間", "週", "月", "年": true
        default: suffixScalars.contains { ends(s[..<end], with: $0) }
        }
    }

    private static let suffixScalars = suffixes.map { Array($0.unicodeScalars) }
    private static let counterScalars = counters.map { Array($0.unicodeScalars) }

    private static func ends(_ s: ArraySlice<Unicode.Scalar>, with suffix: [Unicode.Scalar]) -> Bool {
        suffix.count <= s.count && s[(s.endIndex - suffix.count)...].elementsEqual(suffix)
    }

    private static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: s)
        return text
    }

    /// A date (`3月現在`, `令和5年度`, `11月から`, `3月まで`, `三月`) is not a duration.
    private static func isDate(_ s: [Unicode.Scalar], from i: Int, to end: Int) -> Bool {
        var core = s[i..<end]
        if let suffix = suffixScalars.first(where: { ends(core, with: $0) }) { core = core.dropLast(suffix.count) }
        let bareMonth = core.last == "月" && !counterScalars.contains { ends(core, with: $0) }
        guard bareMonth || core.last == "年" else { return false }
        // A year of the calendar (`2016年入庁`): no duration runs to a thousand years.
        if core.last == "年", let number = Int(string(core.dropLast())), number >= 1000 { return true }
        if core.contains("~") || zip(core, core.dropFirst()).contains(where: { $0 == "か" && $1 == "ら" }) { return false }
        if !isDigit(s[i]) && bareMonth { return true }
        let after = core.endIndex < s.count ? s[core.endIndex] : nil
        let before: Unicode.Scalar = i > 0 ? s[i - 1] : " "
        return after.map { "度現かまに".unicodeScalars.contains($0) } == true || "和成元".unicodeScalars.contains(before)
    }
}
