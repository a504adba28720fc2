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
            convention: convention)
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
    static func named(_ tokens: [Token], convention: Headcount.Convention) -> [(ColumnRole, CountWithWomen, Double)] {
        zip(tokens, tokens.dropFirst()).compactMap { name, figure in
            guard name.line == figure.line, Normalized.compact(name.text).count <= 3 else { return nil }
            let role = ColumnRole(label: name.text)
            guard [.administrative, .technical, .total].contains(role), figure.text.first?.isNumber ?? false,
                let parsed = try? Headcount.parse(figure.text, convention: convention)
            else { return nil }
            return (role, CountWithWomen(parsed), (name.midX + figure.midX) / 2)
        }
    }
}
