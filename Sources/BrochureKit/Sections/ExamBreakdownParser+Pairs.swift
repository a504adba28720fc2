/// The `category：N名` pairs a breakdown's lines and cells are read into, and where an item of them ends.
extension ExamBreakdownParser {
    /// A table cell's text as the pairs are read from it: categories with bare counts
    /// (`法律2・経済1`) given their unit (`ExamUnitlessItems`).
    static func cellText(_ raw: String) -> String {
        let text = Normalized.compact(raw)
        return ExamUnitlessItems.counted(text) ?? text
    }

    /// Whether a line ends where an item does (`…名`, `…、`), not in the middle of one.
    static func endsCleanly(_ text: String) -> Bool {
        // (An estimate, `…6名程度`, ends where its count does.)
        guard let last = ExamListLine.droppingEstimate(text[...]).last else { return true }
        return "名人、。)".contains(last) || pairs(in: text).isEmpty
    }

    /// Without a colon only a name is taken: no kana particles (`合計で約20名` is a sentence)
    /// and no total (`計`, `合計`, `事務系計`: `ExamGrid.namesTotal`; `統計・数理` is a name) or `約` (`ExamListLine.saysAbout`).
    /// (Kana in the brackets that end a name say whom the exam is for, `事務（障がい者対象）`: a name still.)
    static func looksLikeCategory(_ text: Substring) -> Bool {
        let named = text.last == ")" ? text[..<(text.firstIndex(of: "(") ?? text.endIndex)] : text
        return !text.isEmpty && text.count <= 16 && !ExamGrid.namesTotal(text)
            && !named.unicodeScalars.contains { (0x3041...0x309F).contains($0.value) } && !ExamListLine.saysAbout(text)
    }

    /// `法律:6名、経済:一名`, or without the colon `法律7名` → [(法律, 6), (経済, 1), (法律, 7)].
    /// Items are separated by `、`, `,`, `。` or a slash (`法律7名／経済3名`, `／` normalised to `/`);
    /// a slash inside a name (`事務系/大卒`) leaves no item ending in 名 and is skipped.
    static func pairs(in text: String) -> [(String, Int)] {
        // Every item ends in `名` or `人`: a text with neither (a bare figure, a name) holds none,
        // and most of the cells asked are such.
        guard text.unicodeScalars.contains(where: { $0 == "名" || $0 == "人" }) else { return [] }
        var result: [(String, Int)] = []
        for whole in ExamListLine.separatingItems(text).split(whereSeparator: { "、,。/".contains($0) }) {
            // A count given as an estimate (`行政 52名程度`, `N名程度` for about N) is that count.
            // (So is one about so many after its colon, `行政：約12名`.)
            let item = ExamListLine.droppingAbout(ExamListLine.droppingEstimate(whole))
            // `名` or `人` counts people.
            guard item.last == "名" || item.last == "人" else { continue }
            let body = item.dropLast()
            // The count: ASCII digits after normalisation, or kanji numerals (`六名`, `十二名`).
            let value = body.reversed().prefix { $0.isNumber }.reversed()
            guard !value.isEmpty else { continue }
            var category = body.dropLast(value.count)
            // Leaders typed between the category and its count (`一般事務・・・・・・2名`): no part of the name.
            let leaders = category.reversed().prefix { $0.unicodeScalars.count == 1 && LeaderColumns.leaderScalars.contains($0.unicodeScalars.first!) }.count
            if leaders >= 2 { category = category.dropLast(leaders) }
            var trackNamed = false
            if let colon = category.lastIndex(where: { $0 == ":" || $0 == "：" }), colon == category.index(before: category.endIndex) {
                category = category[..<colon]
            } else if let colon = category.lastIndex(where: { $0 == ":" || $0 == "：" }),
                Track(label: String(category[..<colon])) != .other || level(named: category[..<colon]) != nil,
                Self.looksLikeCategory(category[category.index(after: colon)...])
            {
                // The line's own track or level before the colon (`事務系：法律5名／経済3名`): the
                // first item carries it, the others do not.
                trackNamed = Track(label: String(category[..<colon])) != .other
                category = category[category.index(after: colon)...]
            } else if category.contains(where: { $0 == ":" || $0 == "：" }) || !Self.looksLikeCategory(category) {
                continue
            }
            // A list's bullet is no part of the name (`・法律２名`).
            var name = String(category.drop { "・●○■□◆◇▶-".contains($0) }).trimmingCharacters(in: .whitespaces)
            // Drop a track/level prefix that shares the item (`事務系・大卒程度試験 法律`).
            if let space = name.lastIndex(of: " ") { name = String(name[name.index(after: space)...]) }
            // Or a level label run into it, the space between them dropped (`大卒程度試験法律`).
            name = String(ExamListLine.droppingLevel(name))
            let digits = String(value)
            // A track is no category (`事務系4人、技術系3人が…配属されました` counts a cohort),
            // unless the line named its track before the colon (`事務系：事務 28名`).
            // (Nor is a name saying its level in brackets, `理工・生物系（大学院修了）`: `ExamBracketLevel`.)
            guard !name.isEmpty, !ExamGrid.namesTrack(name) || (trackNamed && !name.hasSuffix("系")) || ExamBracketLevel.level(of: name) != nil, let count = Int(digits) ?? (try? JapaneseNumeral.value(of: Substring(digits), original: String(item)))
            else { continue }
            result.append((name, count))
        }
        return result
    }
}
