/// Reads support systems listed inside one sentence: `育児休業（子が3歳に達するまで）、子の看護休暇
/// （年5日）、介護休暇（通算6か月）などの制度を男女とも利用できます。`
///
/// A small section may print no item lines at all, only a sentence naming the systems with
/// their periods in brackets, separated by `、` and closed by `など` (or `等`, `といった`). Each
/// listed `name（period）` whose name is a system's is one; fewer than two is no list.
enum ListedSupportSystems {
    /// The words that close the list inside its sentence.
    static let closers = ["などの", "など", "等の", "といった"]

    /// The systems listed in the sentences of `part`'s paragraphs, in order.
    static func found(in part: SectionSegmenter.Part) -> [SupportSystem] {
        var systems: [SupportSystem] = []
        for (page, block) in part.blocks where block.table == nil && block.kind != .heading {
            for sentence in QuotedSupportSystems.sentences(Normalized.compact(block.lines.map(\.text).joined())) {
                let items = listed(in: sentence)
                guard items.count >= 2 else { continue }
                for (name, period) in items where !systems.contains(where: { $0.name == name }) {
                    systems.append(SupportSystem(listed: name, period: period, page: page, box: block.box, text: sentence))
                }
            }
        }
        return systems
    }

    /// The `name（period）` items of a sentence's list, or none when any item of the list is
    /// not one (a sentence that only mentions a system).
    static func listed(in sentence: String) -> [(name: String, period: String)] {
        guard let end = closers.lazy.compactMap({ sentence.range(of: $0)?.lowerBound }).min() else { return [] }
        var items: [(String, String)] = []
        for piece in topLevelParts(sentence[..<end]) {
            let (name, period) = SupportSystem.splitPeriod(String(piece))
            guard let period else { return [] }
            // (Two names on one bullet, a period each: `PairedSupportSystems`.)
            let named = PairedSupportSystems.split(name: name, period: period) ?? [(name, period)]
            guard named.allSatisfy({ QuotedSupportSystems.namesSystem($0.name) }) else { return [] }
            items += named
        }
        return items
    }

    /// `text` cut at each `、` outside brackets (a period may hold one: `（年5日、2人以上は10日）`).
    static func topLevelParts(_ text: Substring) -> [Substring] {
        var parts: [Substring] = []
        var depth = 0
        var start = text.startIndex
        for index in text.indices {
            switch text[index] {
            case "(", "（", "【", "〔": depth += 1
            case ")", "）", "】", "〕": depth = max(0, depth - 1)
            case "、" where depth == 0:
                parts.append(text[start..<index])
                start = text.index(after: index)
            default: break
            }
        }
        parts.append(text[start...])
        return parts.filter { !$0.isEmpty }
    }
}
