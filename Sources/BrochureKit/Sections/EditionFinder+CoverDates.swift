extension EditionFinder {
    /// `職員採用案内（令和8年4月）`: the year and month in brackets closing the document's
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
}
