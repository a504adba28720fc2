/// The hiring readers that work on a page's lines rather than on its tables: charts whose
/// figures are labels placed around graphics, and lists with one line per year.
///
/// The layout breaks such figures into odd blocks and tables (a row of point labels passes
/// for a table, a list line's pieces for columns), so these readers take every line of the
/// section's blocks on a page, a table's cells as lines when the layout kept none for it.
enum HiringPageLines {
    /// The section's lines, page by page.
    static func pages(of part: SectionSegmenter.Part) -> [(page: Int, lines: [TextLine])] {
        Set(part.blocks.map(\.page)).sorted().map { page in
            let lines = part.blocks.filter { $0.page == page }.flatMap { _, block in
                !block.lines.isEmpty ? block.lines : (block.table?.rows.flatMap { $0 } ?? []).compactMap { cell in
                    cell.box.map { TextLine(text: cell.text, box: $0, fontSize: $0.height, isBold: false, orientation: .horizontal) }
                }
            }
            return (page, lines)
        }
    }

    /// Charts whose figures are only labels: small multiples (one chart per track side by
    /// side), a line chart of both tracks over a row of totals, one of three series named
    /// at their left ends, one panel per year, or bars grouped by year
    /// (side by side over an axis of years, or stacked per year down the page).
    static func chart(_ part: SectionSegmenter.Part, convention: Headcount.Convention, notedPlans: Set<Int>) -> HiringRecord? {
        let pages = pages(of: part)
        let readers: [([TextLine], Int) -> HiringRecord?] = [
            { SmallMultipleCharts.parse($0, page: $1, convention: convention, notedPlans: notedPlans) },
            { LineChartLabels.parse($0, page: $1, convention: convention, notedPlans: notedPlans) },
            { NamedSeriesChart.parse($0, page: $1, convention: convention, notedPlans: notedPlans) },
            { YearPanelCharts.parse($0, page: $1, convention: convention, notedPlans: notedPlans) },
            { GroupedBarCounts.parse($0, page: $1, notedPlans: notedPlans) },
            { YearGroupBars.parse($0, page: $1, notedPlans: notedPlans) },
        ]
        // Each reader over every page before the next reader.
        for reader in readers {
            if let found = pages.lazy.compactMap({ reader($0.lines, $0.page) }).first { return found }
        }
        return nil
    }

    /// A list of one line per year (`●令和4年度　事務系2名・技術系0名　計2名`).
    static func list(_ part: SectionSegmenter.Part, notedPlans: Set<Int>) -> HiringRecord? {
        pages(of: part).lazy.compactMap { HiringListLines.parse($0.lines, page: $0.page, notedPlans: notedPlans) }.first
    }

    /// A timeline of one node per year, the tracks' figures below each year label.
    static func timeline(_ part: SectionSegmenter.Part, convention: Headcount.Convention, notedPlans: Set<Int>) -> HiringRecord? {
        pages(of: part).lazy.compactMap { TimelineNodes.parse($0.lines, page: $0.page, convention: convention, notedPlans: notedPlans) }.first
    }
}
