/// The years whose labels carry a mark that a legend line of the section defines as planned
/// (`R8年度★` over `★…採用予定数（女性の内訳は未定）`).
///
/// A legend line names no year: it says what the mark means, and the mark is found again at
/// the end of a year's label. Only a symbol mark that starts the line and is set off from what
/// follows (`★…`, `☆：`, `◆は`) counts, and only when the line says 予定 and names no year of
/// its own: a line that names years is a note (`PlannedNote`), one without 予定 defines
/// something else, and calling actual hires planned would be a false figure.
enum MarkedPlanLabels {
    /// Symbol marks a legend may define (the reference marks `※` `*` are `PlannedNote`'s).
    static let marks: Set<Character> = ["★", "☆", "◆", "◇", "●", "○", "◎", "▲", "△", "■", "□", "♦", "✓"]
    /// What may stand between the mark and its meaning.
    static let separators: Set<Character> = ["…", "‥", ":", "：", "=", "＝", "は", "印", " ", "・", "→"]

    /// The fiscal years of the part whose labels end in a mark its legend defines as planned.
    static func years(in part: SectionSegmenter.Part) -> Set<Int> {
        let lines = part.blocks.filter { $0.block.table == nil }.flatMap { $0.block.lines.map(\.text) }
        let defined = Set(lines.compactMap(plannedMark))
        guard !defined.isEmpty else { return [] }
        let labels = Self.labels(in: part)
        return Set(labels.compactMap { year(of: $0, marks: defined) })
    }

    /// Every text of the part that may be a year's label: its tables' cells and its lines.
    static func labels(in part: SectionSegmenter.Part) -> [String] {
        part.blocks.flatMap { _, block in block.table.map { $0.rows.flatMap { $0.map(\.text) } } ?? block.lines.map(\.text) }
    }

    /// The mark a legend line defines as planned, or nil when the line is no such legend.
    static func plannedMark(_ raw: String) -> Character? {
        let text = Normalized.compact(raw)
        guard let mark = text.first, marks.contains(mark), let next = text.dropFirst().first, separators.contains(next),
            PlannedNote.says(text), (try? EraDate.all(in: text))?.isEmpty ?? true,
            !text.split(separator: " ").contains(where: { YearLabel(String($0)) != nil })
        else { return nil }
        return mark
    }

    /// The fiscal year of a label ending in one of `marks` (`R8年度★`), or nil.
    static func year(of raw: String, marks: Set<Character>) -> Int? {
        var text = Normalized.compact(raw)
        guard let last = text.last, marks.contains(last) else { return nil }
        text.removeLast()
        guard !text.isEmpty, let label = YearLabel(text) else { return nil }
        return label.fiscalYear
    }
}
