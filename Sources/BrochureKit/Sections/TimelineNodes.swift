/// Hiring as a horizontal timeline: one node per year along a line, the year label above the
/// node and the tracks' figures stacked below it, each a track's name with its figure
/// (`事務系 6（3）`, `技術系 4（1）`, `計 10（4）`).
///
/// Year cards read the same way: the figures may stand under a big total and its women, up to
/// twelve lines below the year (`令和3年度` / `採用者数` / `41名` / `うち女性 17名` / `事務系 36（15）`).
///
/// Nothing but x-position ties a figure to its year, so a figure belongs to the year label
/// within half a step of it, and the timeline is read only when every year has exactly one
/// 事務系 and one 技術系 figure below it and a printed total is their sum (heads and women):
/// a row of labels that only looks like nodes gives no such check, and a false figure is
/// worse than none. The planned year is the one its label marks (`令和8年度（予定）`), or
/// marks with a note mark a note names (`令和8年度＊` with `＊令和8年度は採用予定数です。`).
enum TimelineNodes {
    typealias Token = SmallMultipleCharts.Token

    /// The record of the timeline among `lines` (one page's), or nil when it is not there.
    static func parse(_ lines: [TextLine], page: Int, convention: Headcount.Convention = .womenIncluded, notedPlans: Set<Int> = [])
        -> HiringRecord?
    {
        guard let (_, tokens, axis, em, step) = LineChartLabels.plot(lines) else { return nil }
        let years = axis.compactMap { YearLabel($0.text) }
        guard years.count == axis.count else { return nil }
        let axisBottom = axis.map(\.line.box.y1).max()!
        var figures: [[ColumnRole: CountWithWomen]] = Array(repeating: [:], count: axis.count)
        for (role, value, midX) in named(tokens.filter { $0.line.box.y0 >= axisBottom - em / 4 && $0.line.box.y0 <= axisBottom + 12 * em },
            convention: convention, reach: step / 2)
        {
            guard let c = axis.indices.first(where: { abs(axis[$0].midX - midX) < step / 2 }) else { continue }
            guard figures[c][role] == nil else { return nil }
            figures[c][role] = value
        }
        var rows: [HiringRecord.Row] = []
        for (c, year) in years.enumerated() {
            guard let admin = figures[c][.administrative], let tech = figures[c][.technical] else { return nil }
            let sum = HiringParser.sum(admin, tech)
            if let total = figures[c][.total], total != sum { return nil }
            rows.append(HiringRecord.Row(
                fiscalYear: year.fiscalYear, label: year.label, planned: PlannedNote.isPlanned(year, notedPlans: notedPlans),
                total: figures[c][.total] ?? sum, administrative: admin, technical: tech))
        }
        return HiringRecord(rows: rows, technicalScope: nil, page: page)
    }

    /// The figures that follow a track's name on their line (`事務系` then `6(3)`), each with
    /// its track and the middle of name and figure together, where the node stands.
    ///
    /// A card may set each figure as a line of its own, right-aligned apart from its name
    /// (`事務系 ……… 6（3）`): a name ending its line then takes the first token of the nearest
    /// line to its right on its baseline, within `reach` (half the step between years, so a
    /// figure is never taken from the next card).
    static func named(_ tokens: [Token], convention: Headcount.Convention, reach: Double = 0) -> [(ColumnRole, CountWithWomen, Double)] {
        tokens.indices.compactMap { i in
            let name = tokens[i]
            guard Normalized.compact(name.text).count <= 3 else { return nil }
            let role = ColumnRole(label: name.text)
            guard [.administrative, .technical, .total].contains(role),
                let figure = i + 1 < tokens.count && tokens[i + 1].line == name.line ? tokens[i + 1] : beside(name, in: tokens, reach: reach),
                figure.text.first?.isNumber ?? false, let parsed = try? Headcount.parse(figure.text, convention: convention)
            else { return nil }
            return (role, CountWithWomen(parsed), (name.midX + figure.midX) / 2)
        }
    }

    /// The first token of the nearest line right of `name`'s on its baseline, within `reach`
    /// of its end; nil unless `name` ends its line.
    static func beside(_ name: Token, in tokens: [Token], reach: Double) -> Token? {
        let box = name.line.box
        guard reach > 0, tokens.last(where: { $0.line == name.line })?.midX == name.midX else { return nil }
        var best: Token? = nil
        for (i, token) in tokens.enumerated() where token.line != name.line && (i == 0 || tokens[i - 1].line != token.line) {
            let other = token.line.box
            guard other.x0 >= box.x1 - 1, other.x0 - box.x1 <= reach, other.yOverlap(box) > 0.5 * min(other.height, box.height) else { continue }
            if best == nil || other.x0 < best!.line.box.x0 { best = token }
        }
        return best
    }
}
