extension EditionFinder {
    /// `職員採用案内（令和8年4月）`: the issue's year and month in brackets closing the document's
    /// title, the cover's only date. The title word says the date is the brochure's own (a
    /// bracketed date after other words dates an event: `説明会（令和8年4月）`).
    static func dateInTitleBrackets(_ text: String) -> YearMonth? {
        let compact = Normalized.compact(text)
        guard compact.last == ")", let open = compact.lastIndex(of: "("),
            CoverTitle.documentTitles.contains(where: { compact[..<open].hasSuffix($0) })
        else { return nil }
        return standalone(String(compact[compact.index(after: open)..<compact.index(before: compact.endIndex)]))
    }
}

extension EditionFinder {
    /// `第2版令和7年10月` → `令和7年10月`: an edition's number printed before the issue date.
    static func withoutEditionNumber(_ text: String) -> String {
        guard text.hasPrefix("第"), let ban = text.firstIndex(of: "版"), case let number = text[text.index(after: text.startIndex)..<ban],
            !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return text }
        return String(text[text.index(after: ban)...])
    }

    /// `令和8年4月初版` → `令和8年4月`: the edition named between the issue date and `発行`
    /// (`令和8年4月 初版発行`, `2026年4月 改訂版`); the date is the issue's all the same.
    static func withoutEditionWord(_ text: String) -> String {
        for word in ["初版", "改訂版", "新版"] where text.hasSuffix(word) { return String(text.dropLast(word.count)) }
        guard text.hasSuffix("版"), let dai = text.lastIndex(of: "第"), case let number = text[text.index(after: dai)..<text.index(before: text.endIndex)],
            !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return text }
        return String(text[..<dai])
    }

    /// `発行日:令和8年4月1日` → `令和8年4月1日`, and whether a label was there: a date labelled
    /// as the issue's (`発行日`, `発行`, `作成日`, `更新日`, then a colon), compacted.
    static func withoutIssueLabel(_ text: String) -> (String, Bool) {
        // (The first letter first: every line of the first page passes here, a few times.)
        guard let first = text.unicodeScalars.first, "発作更改".unicodeScalars.contains(first),
            let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }), issueLabels.contains(String(text[..<colon]))
        else { return (text, false) }
        return (String(text[text.index(after: colon)...]), true)
    }

    /// The labels an issue date may follow.
    private static let issueLabels: Set<String> = ["発行日", "発行", "発行年月", "発行年月日", "作成日", "更新日", "改訂日"]
}
