/// A grouped bar chart of the years' hires: one bar per track side by side over each year's
/// label, each bar's count printed above it and the pair's sum above both (`計70`), the
/// tracks named by a legend (`■事務 ■技術`) in the order the bars stand, left to right.
///
/// The bars are graphics: only the labels are left, and the layout joins neighbouring years'
/// labels into odd tables and paragraphs. The years' axis is the geometry: each year label
/// owns the strip halfway to its neighbours, and its bars' labels are the lines in that strip
/// between the legend and the axis. A year reads only when its strip holds exactly two bare
/// counts and one `計` whose value is their sum, so an axis scale, a caption or another
/// chart never passes for one; every year must read, or the chart is not this one.
enum GroupedBarCounts {
    /// The chart among a page's `lines`, or nil: a legend naming two tracks, and under it a row
    /// of three or more year labels on one baseline whose every strip reads.
    static func parse(_ lines: [TextLine], page: Int, notedPlans: Set<Int>) -> HiringRecord? {
        let flat = lines.filter { $0.orientation == .horizontal }
        guard let legend = flat.lazy.compactMap({ line in Self.legend(line.text).map { (line, $0) } }).first else { return nil }
        let labelled = flat.compactMap { line in YearLabel(line.text).map { (line: line, year: $0) } }.filter { $0.line.box.y0 > legend.0.box.y1 }
        for axis in Self.rows(labelled) where axis.count >= 3 {
            if let record = Self.read(axis, lines: flat, legend: legend, page: page, notedPlans: notedPlans) { return record }
        }
        return nil
    }

    /// The tracks a legend line names, left to right: two or more words, each naming a track.
    static func legend(_ text: String) -> [ColumnRole]? {
        let words = text.split(whereSeparator: \.isWhitespace).map { String($0).filter { !"■□●○◆◇▲△".contains($0) } }.filter { !$0.isEmpty }
        let roles = words.map { ColumnRole(label: $0) }
        guard roles.count >= 2, roles.allSatisfy({ $0 == .administrative || $0 == .technical }), roles.indices.allSatisfy({ i in !roles[..<i].contains(roles[i]) }),
            words.allSatisfy({ Normalized.compact($0).count <= 4 })
        else { return nil }
        return roles
    }

    /// Year labels sharing a baseline, left to right, each row once.
    private static func rows(_ labelled: [(line: TextLine, year: YearLabel)]) -> [[(line: TextLine, year: YearLabel)]] {
        var rows: [[(line: TextLine, year: YearLabel)]] = []
        for item in labelled.sorted(by: { $0.line.box.y0 < $1.line.box.y0 }) {
            if let last = rows.last?.first, abs(last.line.box.y0 - item.line.box.y0) <= item.line.box.height / 2 {
                rows[rows.count - 1].append(item)
            } else {
                rows.append([item])
            }
        }
        return rows.map { $0.sorted { $0.line.box.midX < $1.line.box.midX } }
    }

    /// Each year of `axis` from the labels in its strip, or nil when one strip does not read.
    private static func read(
        _ axis: [(line: TextLine, year: YearLabel)], lines: [TextLine], legend: (TextLine, [ColumnRole]), page: Int, notedPlans: Set<Int>
    ) -> HiringRecord? {
        guard legend.1.count == 2 else { return nil }
        let mids = axis.map(\.line.box.midX)
        let top = axis.map(\.line.box.y0).min()!
        var rows: [HiringRecord.Row] = []
        for (i, item) in axis.enumerated() {
            let left = i > 0 ? (mids[i - 1] + mids[i]) / 2 : mids[i] - (mids[1] - mids[0]) / 2
            let right = i + 1 < mids.count ? (mids[i] + mids[i + 1]) / 2 : mids[i] + (mids[i] - mids[i - 1]) / 2
            let strip = lines.filter { $0.box.midX > left && $0.box.midX <= right && $0.box.y1 <= top && $0.box.y0 > legend.0.box.y1 }
            var counts: [(x: Double, value: Int)] = []
            var totals: [Int] = []
            for line in strip {
                let text = Normalized.compact(line.text)
                if let value = Int(text) {
                    counts.append((line.box.midX, value))
                } else if text.hasPrefix("計"), let value = Int(text.dropFirst()) {
                    totals.append(value)
                } else {
                    return nil
                }
            }
            guard counts.count == 2, totals.count == 1, totals[0] == counts[0].value + counts[1].value else { return nil }
            let ordered = counts.sorted { $0.x < $1.x }.map { CountWithWomen(count: $0.value, women: nil) }
            func track(_ role: ColumnRole) -> CountWithWomen? { legend.1.firstIndex(of: role).map { ordered[$0] } }
            rows.append(
                HiringRecord.Row(
                    fiscalYear: item.year.fiscalYear, label: item.year.label, planned: PlannedNote.isPlanned(item.year, notedPlans: notedPlans),
                    total: CountWithWomen(count: totals[0], women: nil), administrative: track(.administrative), technical: track(.technical)))
        }
        return HiringRecord(rows: rows, technicalScope: nil, page: page)
    }
}
