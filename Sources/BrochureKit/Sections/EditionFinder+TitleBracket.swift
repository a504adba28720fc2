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
