/// Hiring drawn as horizontal bars grouped per year, the groups stacked down the page: a
/// year's label on a line of its own, under it one bar per track with its value at the bar's
/// end, and under the bars a small line with the total and the women
/// (`計27人　うち女性11人（事務職9・技術専門職2）`); the tracks are named by a legend over the
/// chart (`事務職 技術専門職`, left to right in the order the bars stand, top to bottom).
///
/// The bars are graphics, so each value stands at its own distance from the labels and the
/// layout keeps it as a block of its own. Read by geometry: the year labels stand in one
/// column (left edges aligned), each owning the band down to the next label (the last, a band
/// as tall as the one before it). In a band the bars' values are the bare numbers, each alone
/// on its baseline, one per track of the legend; the group line's total must be their sum,
/// and the women of each track, when the bracket names both tracks, must add up to the
/// women's total (else only the total's women are read). Every band must read so, or the
/// chart is not this one; a band whose line gives no women (a plan) has none known (null).
enum YearGroupBars {
    /// The chart among a page's `lines`, or nil.
    static func parse(_ lines: [TextLine], page: Int, notedPlans: Set<Int>) -> HiringRecord? {
        let flat = lines.filter { $0.orientation == .horizontal }
        let labelled = flat.filter { Normalized.compact($0.text).count <= 16 }.compactMap { line in YearLabel(line.text).map { (line: line, year: $0) } }
        for column in columns(labelled) where column.count >= 3 {
            if let record = read(column, lines: flat, page: page, notedPlans: notedPlans) { return record }
        }
        return nil
    }

    /// Year labels whose left edges align, top to bottom, each column once.
    private static func columns(_ labelled: [(line: TextLine, year: YearLabel)]) -> [[(line: TextLine, year: YearLabel)]] {
        var columns: [[(line: TextLine, year: YearLabel)]] = []
        for item in labelled.sorted(by: { $0.line.box.y0 < $1.line.box.y0 }) {
            if let c = columns.firstIndex(where: { abs($0[0].line.box.x0 - item.line.box.x0) <= item.line.box.height / 2 }) {
                columns[c].append(item)
            } else {
                columns.append([item])
            }
        }
        return columns
    }

    /// The tracks the legend over the chart names, left to right: the words of the lines just
    /// above the first label that are a track's name and nothing else.
    static func legend(above top: Rect, in lines: [TextLine]) -> (roles: [ColumnRole], right: Double)? {
        let em = top.height
        var words: [(x: Double, role: ColumnRole)] = []
        var right = top.x1
        for line in lines where line.box.y1 <= top.y0 + 0.25 * em && line.box.y0 >= top.y0 - 4 * em {
            for (i, word) in line.text.split(whereSeparator: \.isWhitespace).enumerated() {
                let name = Normalized.compact(String(word)).filter { !"■□●○◆◇▲△".contains($0) }
                guard !name.isEmpty, name.count <= 6, case let role = ColumnRole(label: name), role == .administrative || role == .technical
                else { continue }
                words.append((line.box.x0 + Double(i) * 0.001, role))
                right = max(right, line.box.x1)
            }
        }
        let roles = words.sorted { $0.x < $1.x }.map(\.role)
        guard roles.count == 2, roles[0] != roles[1] else { return nil }
        return (roles, right)
    }

    /// Each year of `column` from its band, or nil when one band does not read.
    private static func read(_ column: [(line: TextLine, year: YearLabel)], lines: [TextLine], page: Int, notedPlans: Set<Int>) -> HiringRecord? {
        let first = column[0].line.box
        let em = first.height
        guard let legend = legend(above: first, in: lines) else { return nil }
        let left = first.x0 - em / 2
        var rows: [HiringRecord.Row] = []
        for (i, item) in column.enumerated() {
            let top = item.line.box.y1 - 0.25 * em
            let bottom = i + 1 < column.count ? column[i + 1].line.box.y0 : item.line.box.y0 + (item.line.box.y0 - column[i - 1].line.box.y0)
            let band = lines.filter { $0.box.y0 >= top && $0.box.midY < bottom && $0.box.x0 >= left }
            // The group line: the lines level with the one opening with the total (`計27人`).
            guard let opening = band.first(where: { line in ["計", "合計"].contains { Normalized.compact(line.text).hasPrefix($0) } })
            else { return nil }
            let group = band.filter { $0.box.yOverlap(opening.box) > 0.5 * min($0.box.height, opening.box.height) }.sorted { $0.box.x0 < $1.box.x0 }
            guard let said = GroupLine(Normalized.compact(group.map(\.text).joined()).filter { !$0.isWhitespace }) else { return nil }
            // The bars' values: right of the labels' column, no wider than the chart.
            let reach = max(legend.right, group.map(\.box.x1).max() ?? 0) + 2 * em
            let values = band.filter { line in
                line.box.x0 <= reach && !group.contains { $0.box == line.box } && Int(Normalized.compact(line.text)) != nil
            }.sorted { $0.box.midY < $1.box.midY }
            guard values.count == legend.roles.count,
                zip(values, values.dropFirst()).allSatisfy({ $0.box.yOverlap($1.box) <= 0 }),
                case let counts = values.compactMap({ Int(Normalized.compact($0.text)) }), counts.reduce(0, +) == said.total
            else { return nil }
            var women: [ColumnRole: Int] = [:]
            if let all = said.women, said.byTrack.count == 2, said.byTrack.values.reduce(0, +) == all { women = said.byTrack }
            func track(_ role: ColumnRole) -> CountWithWomen? {
                legend.roles.firstIndex(of: role).map { CountWithWomen(count: counts[$0], women: women[role]) }
            }
            guard said.women.map({ $0 <= said.total }) ?? true, legend.roles.allSatisfy({ r in (track(r)?.women ?? 0) <= (track(r)?.count ?? 0) })
            else { return nil }
            rows.append(HiringRecord.Row(
                fiscalYear: item.year.fiscalYear, label: item.year.label, planned: PlannedNote.isPlanned(item.year, notedPlans: notedPlans),
                total: CountWithWomen(count: said.total, women: said.women), administrative: track(.administrative), technical: track(.technical),
                provenance: Rect.enclosing(([item.line] + values + group).map(\.box)).map {
                    Provenance(page: page, box: $0, text: ([item.line] + values + group).map(\.text).joined(separator: "\n"))
                }))
        }
        guard Set(rows.map(\.fiscalYear)).count == rows.count else { return nil }
        return HiringRecord(rows: rows, technicalScope: nil, page: page)
    }
}
