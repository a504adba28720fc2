/// Hiring as a line chart of two series whose figures exist only as point labels (`9（2）`
/// over one series' points, `2（1）` under the other's), the years as axis labels on one
/// baseline and the totals in a row of their own under the axis (`計 | 11（3） | …`).
///
/// The points and lines are graphics, so the labels are sorted out by arithmetic and height:
/// in each year's column exactly two labels stand above the axis and they sum to the year's
/// total, heads and women, or nothing is read (a chart without a totals row gives no check
/// and is left alone: a false figure is worse than none). A line chart draws a larger figure
/// higher, so a year's upper label belongs to the upper series; a year whose upper label is
/// the smaller figure means the series cross and the labels cannot be told apart, so nothing
/// is read. The legend names the series in the order they stand, the upper one first.
enum LineChartLabels {
    typealias Token = SmallMultipleCharts.Token

    /// The record of the chart among `lines` (one page's), or nil when it is not there.
    static func parse(_ lines: [TextLine], page: Int, convention: Headcount.Convention = .womenIncluded, notedPlans: Set<Int> = [])
        -> HiringRecord?
    {
        let flat = lines.filter { $0.orientation == .horizontal && !$0.text.isEmpty }
        let tokens = flat.flatMap(SmallMultipleCharts.tokens(of:))
        guard let axis = axis(tokens), let em = axis.map(\.line.box.height).min() else { return nil }
        let years = axis.compactMap { YearLabel($0.text) }
        let step = zip(axis, axis.dropFirst()).map { $1.midX - $0.midX }.min() ?? 0
        // The axis label a figure stands over: the one within half a step of it.
        func column(_ token: Token) -> Int? {
            axis.indices.first { abs(axis[$0].midX - token.midX) < step / 2 }
        }
        func figure(_ token: Token) -> CountWithWomen? {
            guard token.text.first?.isNumber ?? false, let parsed = try? Headcount.parse(token.text, convention: convention) else { return nil }
            return CountWithWomen(parsed)
        }
        let axisTop = axis.map(\.line.box.y0).min()!
        let axisBottom = axis.map(\.line.box.y1).max()!
        // The totals: a row led by 計 within a few lines under the axis, one figure a year.
        guard let lead = tokens.first(where: {
                ColumnRole(label: $0.text) == .total && $0.line.box.y0 >= axisBottom - em / 4 && $0.line.box.y0 <= axisBottom + 3 * em
            })
        else { return nil }
        var totals: [CountWithWomen?] = Array(repeating: nil, count: axis.count)
        for token in tokens where abs(token.line.box.midY - lead.line.box.midY) < em / 2 && token.midX > lead.midX {
            guard let value = figure(token), let c = column(token), totals[c] == nil else { return nil }
            totals[c] = value
        }
        // The point labels: every figure above the axis, two in each year's column (a figure
        // beside the columns, such as a tick of the value axis, is no point's).
        var labels: [[(y: Double, value: CountWithWomen)]] = Array(repeating: [], count: axis.count)
        var highest = axisTop
        for token in tokens where token.line.box.y1 <= axisTop + em / 4 {
            guard let value = figure(token), let c = column(token) else { continue }
            labels[c].append((token.line.box.midY, value))
            highest = min(highest, token.line.box.y0)
        }
        guard let legend = legend(tokens.filter { $0.line.box.y1 <= highest + em / 4 }) else { return nil }
        var rows: [HiringRecord.Row] = []
        for (c, year) in years.enumerated() {
            guard labels[c].count == 2, let total = totals[c] else { return nil }
            let pair = labels[c].sorted { $0.y < $1.y }.map(\.value)
            guard pair[0].count >= pair[1].count, HiringParser.sum(pair[0], pair[1]) == total else { return nil }
            func value(_ role: ColumnRole) -> CountWithWomen? { legend.firstIndex(of: role).map { pair[$0] } }
            rows.append(HiringRecord.Row(
                fiscalYear: year.fiscalYear, label: year.label, planned: PlannedNote.isPlanned(year, notedPlans: notedPlans), total: total,
                administrative: value(.administrative), technical: value(.technical)))
        }
        return HiringRecord(rows: rows, technicalScope: nil, page: page)
    }

    /// A page's horizontal lines as tokens, with the x-axis among them, its smallest line
    /// height and the narrowest step between its labels: what every chart of labels over a
    /// row of years starts from.
    static func plot(_ lines: [TextLine]) -> (flat: [TextLine], tokens: [Token], axis: [Token], em: Double, step: Double)? {
        let flat = lines.filter { $0.orientation == .horizontal && !$0.text.isEmpty }
        let tokens = flat.flatMap(SmallMultipleCharts.tokens(of:))
        guard let axis = axis(tokens), let em = axis.map(\.line.box.height).min() else { return nil }
        let step = zip(axis, axis.dropFirst()).map { $1.midX - $0.midX }.min() ?? 0
        return (flat, tokens, axis, em, step)
    }

    /// The x-axis: three or more year labels on one baseline, left to right, years rising.
    static func axis(_ tokens: [Token]) -> [Token]? {
        let years = tokens.filter { YearLabel($0.text) != nil }
        for first in years {
            let em = first.line.box.height
            let row = years.filter { abs($0.line.box.y0 - first.line.box.y0) < em / 2 }.sorted { $0.midX < $1.midX }
            let fiscal = row.compactMap { YearLabel($0.text)?.fiscalYear }
            guard row.count >= 3, zip(fiscal, fiscal.dropFirst()).allSatisfy({ $0 < $1 }) else { continue }
            return row
        }
        return nil
    }

    /// The two tracks the legend names, in reading order (left to right on one line, else top
    /// first): tokens that are a track's name and nothing else.
    static func legend(_ tokens: [Token]) -> [ColumnRole]? {
        let named = tokens.filter { Normalized.compact($0.text).count <= 4 }
            .map { (token: $0, role: ColumnRole(label: $0.text)) }
            .filter { $0.role == .administrative || $0.role == .technical }
        guard named.count == 2, named[0].role != named[1].role else { return nil }
        let (a, b) = (named[0].token, named[1].token)
        let oneLine = abs(a.line.box.midY - b.line.box.midY) < min(a.line.box.height, b.line.box.height) / 2
        let aFirst = oneLine ? a.midX < b.midX : a.line.box.midY < b.line.box.midY
        return aFirst ? [named[0].role, named[1].role] : [named[1].role, named[0].role]
    }
}
