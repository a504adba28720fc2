extension SectionSegmenter {
    /// The exam section, for a heading that names the hires planned for a year and nothing
    /// more (`令和8年度 採用予定数`, `2026年度 採用予定数`) set as large as the heading of the
    /// section open above it.
    ///
    /// The words alone do not tell such a title from a table's caption, so `SectionKind`
    /// leaves them to the table (`namesPlannedHires`). Their size does: a caption is set in
    /// body or caption type, smaller than the heading of the section it sits in, while a
    /// section's own title is set as its peers are. Not inside an exam section already (a
    /// caption under `採用予定数（試験区分別）` is that section's), nor for a block that is no
    /// heading.
    static func datedPlanTitle(_ block: Block, text: String, open: Part?) -> SectionKind? {
        guard block.kind == .heading, open?.kind != .examBreakdown, let line = block.lines.first,
            headingSize(line) >= (open?.headingSize ?? 0) - 0.1
        else { return nil }
        // (A year in Western figures, `2026年度 採用予定数`, is no numbering to strip: the
        // title is read with its figures kept too.)
        func dated(_ title: String) -> Bool {
            guard title.hasSuffix("採用予定数"), case let year = String(title.dropLast("採用予定数".count)) else { return false }
            return year.hasSuffix("年度") && YearLabel.fiscalYear(year) != nil
        }
        return dated(SectionKind.strippedTitle(text)) || text.hasSuffix("採用予定数") && dated(Normalized.compact(text)) ? .examBreakdown : nil
    }
}
