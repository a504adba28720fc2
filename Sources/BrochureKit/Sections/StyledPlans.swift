/// Planned hiring rows marked only by the colour of their text, as a legend says
/// (`※青字斜体は採用予定数`, `赤字は予定`).
///
/// The label then carries no 予定 and no note mark, so the legend is the only sign; reading the
/// row as actual hires would report planned figures as facts. Taken only when the legend names
/// a colour and 予定, and when the labels drawn in a colour other than the one most labels use
/// are some of the rows but not all of them.
enum StyledPlans {
    /// The fiscal years of `rows` whose labels the section draws in the legend's colour.
    static func plannedYears(_ rows: [HiringRecord.Row], in part: SectionSegmenter.Part) -> Set<Int> {
        let lines = part.blocks.flatMap(\.block.lines)
        guard lines.contains(where: { isColourLegend($0.text) }) else { return [] }
        // Each row's label as drawn: a line that is the label, or starts with it (a row of
        // cells the layout joined into one line).
        var colours: [(year: Int, color: UInt32)] = []
        for row in rows {
            let label = Normalized.compact(row.label).filter { $0 != " " }
            guard !label.isEmpty,
                let line = lines.first(where: { Normalized.compact($0.text).filter { $0 != " " }.hasPrefix(label) })
            else { return [] }
            colours.append((row.fiscalYear, line.color))
        }
        var counts: [UInt32: Int] = [:]
        for entry in colours { counts[entry.color, default: 0] += 1 }
        guard counts.count >= 2, let usual = counts.max(by: { $0.value < $1.value })?.key else { return [] }
        let marked = colours.filter { $0.color != usual }
        return marked.count < colours.count ? Set(marked.map(\.year)) : []
    }

    /// A legend that says coloured figures are planned: a colour word and 予定.
    static func isColourLegend(_ text: String) -> Bool {
        let compact = Normalized.compact(text)
        return PlannedNote.says(compact) && colourWords.contains { compact.contains($0) }
    }

    static let colourWords = ["青字", "赤字", "緑字", "色文字", "色字", "青色", "赤色", "緑色", "オレンジ"]
}
