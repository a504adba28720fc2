/// Hiring as a line chart of three series, 計, 事務系 and 技術系, each named by a label at its
/// line's left end or by a legend over the plot, and its figures only point labels (`11（3）`
/// over a point), the years as axis labels on one baseline under the plot.
///
/// The lines are graphics, so the labels are sorted out by height: each series' name stands
/// beside its first point, so the names, top first, give the order the series stand in, and
/// every year's column holds exactly one label per series, in that order top to bottom. It is
/// read only when, in every year, the 計 label is the sum of the other two (heads and women):
/// a row of labels that only looks like such a chart gives no such check, and a false figure
/// is worse than none. A line chart draws a larger figure higher, so a column whose labels do
/// not fall as they go down means crossing lines whose labels cannot be told apart: nothing
/// is read.
enum NamedSeriesChart {
    typealias Token = SmallMultipleCharts.Token

    /// The record of the chart among `lines` (one page's), or nil when it is not there.
    static func parse(_ lines: [TextLine], page: Int, convention: Headcount.Convention = .womenIncluded, notedPlans: Set<Int> = [])
        -> HiringRecord?
    {
        guard let (flat, tokens, axis, em, step) = LineChartLabels.plot(lines) else { return nil }
        let axisTop = axis.map(\.line.box.y0).min()!
        func column(_ token: Token) -> Int? { axis.indices.first { abs(axis[$0].midX - token.midX) < step / 2 } }
        var labels: [[(y: Double, value: CountWithWomen)]] = Array(repeating: [], count: axis.count)
        var highest = axisTop
        for token in tokens where token.line.box.y1 <= axisTop + em / 4 {
            guard token.text.first?.isNumber ?? false, let c = column(token),
                let parsed = try? Headcount.parse(token.text, convention: convention)
            else { continue }
            labels[c].append((token.line.box.midY, CountWithWomen(parsed)))
            highest = min(highest, token.line.box.y0)
        }
        // The names: a track's name alone, ending before the first point (over the first axis
        // label's middle), within the plot's height.
        let names = tokens.filter {
            Normalized.compact($0.text).count <= 4 && $0.line.box.x1 <= axis[0].midX
                && $0.line.box.y0 >= highest - em && $0.line.box.y1 <= axisTop
        }
        .map { (y: $0.line.box.midY, role: ColumnRole(label: $0.text)) }
        .filter { [.administrative, .technical, .total].contains($0.role) }
        .sorted { $0.y < $1.y }
        let named = names.count == 3 && Set(names.map(\.role)).count == 3 ? names.map(\.role) : nil
        guard let order = named ?? legend(tokens.filter { $0.line.box.y1 <= highest + em / 4 }) else { return nil }
        var rows: [HiringRecord.Row] = []
        for (c, label) in axis.enumerated() {
            guard labels[c].count == 3 else { return nil }
            let values = labels[c].sorted { $0.y < $1.y }.map(\.value)
            guard zip(values, values.dropFirst()).allSatisfy({ $0.count >= $1.count }) else { return nil }
            func value(_ role: ColumnRole) -> CountWithWomen { values[order.firstIndex(of: role)!] }
            let total = value(.total)
            guard HiringParser.sum(value(.administrative), value(.technical)) == total else { return nil }
            let year = YearLabel(label.text + SmallMultipleCharts.planMark(under: label, axis: axis, lines: flat)) ?? YearLabel(label.text)!
            rows.append(HiringRecord.Row(
                fiscalYear: year.fiscalYear, label: year.label, planned: PlannedNote.isPlanned(year, notedPlans: notedPlans),
                total: total, administrative: value(.administrative), technical: value(.technical)))
        }
        return HiringRecord(rows: rows, technicalScope: nil, page: page)
    }

    /// The three series a legend over the plot names, left to right on one baseline: the
    /// order they stand in, the upper one first (as `LineChartLabels.legend` reads two).
    static func legend(_ tokens: [Token]) -> [ColumnRole]? {
        let named = tokens.filter { Normalized.compact($0.text).count <= 4 }
            .map { (token: $0, role: ColumnRole(label: $0.text)) }
            .filter { [.administrative, .technical, .total].contains($0.role) }
        guard named.count == 3, Set(named.map(\.role)).count == 3,
            case let em = named.map(\.token.line.box.height).min()!,
            named.allSatisfy({ abs($0.token.line.box.midY - named[0].token.line.box.midY) < em / 2 })
        else { return nil }
        return named.sorted { $0.token.midX < $1.token.midX }.map(\.role)
    }
}
