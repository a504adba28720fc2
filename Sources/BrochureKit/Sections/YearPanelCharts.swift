/// Hiring as small multiples with ONE PANEL PER YEAR: each panel's year label at its top left
/// (`令和2年度`, `令和8年度（予定）`), one bar per track with its figure only a label over it
/// (`24（11）`, the two figures on different baselines as the bars differ in height) and the
/// panel's total under the bars (`計 28（12）`). Panels sit in a grid read row by row.
///
/// The bars are graphics, so which figure is which track is said only by a colour legend
/// (`■事務系 ■理工系`, both words on one baseline): the bars stand in its order, left to right.
/// A figure belongs to the panel whose label is the nearest above it and left of its middle.
/// Every panel must hold exactly one figure per track and a total that is their sum (the women
/// too, when all three say), or nothing is read: a false chart is worse than none.
enum YearPanelCharts {
    /// A figure of a panel: a bar's label, or the total when it starts with `計`.
    struct Figure {
        var value: CountWithWomen
        var total: Bool
        var line: TextLine
    }

    /// The record of the panels among `lines` (one page's), or nil when they are not there.
    static func parse(_ lines: [TextLine], page: Int, convention: Headcount.Convention = .womenIncluded, notedPlans: Set<Int> = [])
        -> HiringRecord?
    {
        let flat = lines.filter { $0.orientation == .horizontal && !$0.text.isEmpty }
        guard let tracks = legend(flat) else { return nil }
        let labels = flat.compactMap { line in YearLabel(line.text).map { (year: $0, line: line) } }
        guard labels.count >= 3, Set(labels.map(\.year.fiscalYear)).count == labels.count else { return nil }
        // The panels' rows: labels sharing a baseline.
        let em = labels.map(\.line.box.height).min()!
        var tops: [Double] = []
        for y in labels.map(\.line.box.y0).sorted() where tops.last.map({ y - $0 >= em / 2 }) ?? true { tops.append(y) }
        func row(_ y: Double) -> Int? { tops.lastIndex { $0 <= y + em / 2 } }
        var panels: [Int: [Figure]] = [:]
        for line in flat {
            guard let figure = figure(line, convention: convention) else { continue }
            guard let r = row(line.box.y0), line.box.y0 > tops[r] + em / 2 else { continue }
            let candidates = labels.indices.filter { row(labels[$0].line.box.y0) == r && labels[$0].line.box.x0 <= line.box.midX }
            guard let panel = candidates.max(by: { labels[$0].line.box.x0 < labels[$1].line.box.x0 }) else { continue }
            panels[panel, default: []].append(figure)
        }
        guard panels.count == labels.count else { return nil }
        var rows: [HiringRecord.Row] = []
        for (i, label) in labels.enumerated() {
            let figures = panels[i]!
            let bars = figures.filter { !$0.total }.sorted { $0.line.box.midX < $1.line.box.midX }
            let totals = figures.filter(\.total)
            guard bars.count == tracks.count, totals.count <= 1 else { return nil }
            // The bars' figures on different baselines or not, they stand apart across the panel.
            guard zip(bars, bars.dropFirst()).allSatisfy({ $0.line.box.x1 <= $1.line.box.x0 }) else { return nil }
            func value(_ role: ColumnRole) -> CountWithWomen? { tracks.firstIndex(of: role).map { bars[$0].value } }
            let sum = HiringParser.sum(value(.administrative), value(.technical))
            if let total = totals.first?.value {
                guard let sum, total.count == sum.count, sum.women == nil || total.women == nil || total.women == sum.women else { return nil }
            }
            rows.append(HiringRecord.Row(
                fiscalYear: label.year.fiscalYear, label: label.year.label, planned: PlannedNote.isPlanned(label.year, notedPlans: notedPlans),
                total: totals.first?.value ?? sum, administrative: value(.administrative), technical: value(.technical),
                provenance: Rect.enclosing([label.line.box] + figures.map(\.line.box)).map {
                    Provenance(page: page, box: $0, text: ([label.line] + figures.map(\.line)).map(\.text).joined(separator: "\t"))
                }))
        }
        return HiringRecord(rows: rows.sorted { $0.fiscalYear < $1.fiscalYear }, technicalScope: nil, page: page)
    }

    /// A panel's figure: a count alone on its line, its women bracketed or not (`24（11）`,
    /// `30`), or the total after `計`.
    static func figure(_ line: TextLine, convention: Headcount.Convention) -> Figure? {
        var text = Normalized.compact(line.text).filter { $0 != " " }
        let total = text.hasPrefix("計")
        if total { text.removeFirst() }
        guard let first = text.first, first.isASCII, first.isNumber, text.count <= 10,
            text.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "(" || $0 == ")" }),
            let parsed = try? Headcount.parse(text, convention: convention)
        else { return nil }
        return Figure(value: CountWithWomen(parsed), total: total, line: line)
    }

    /// The tracks of the colour legend, left to right: one administrative and one technical
    /// word, each alone (a marker aside), on one baseline, as the last words of their lines.
    static func legend(_ lines: [TextLine]) -> [ColumnRole]? {
        var words: [(role: ColumnRole, midX: Double, line: TextLine)] = []
        for line in lines {
            // The words at the line's end that are track names: an intro line may end with the legend.
            for token in SmallMultipleCharts.tokens(of: line).reversed() {
                let word = token.text.filter { !BarEndCounts.markers.contains($0) }
                let role = ColumnRole(label: word)
                guard [.administrative, .technical].contains(role), word.count <= 4, !word.contains(where: \.isNumber) else { break }
                words.append((role, token.midX, line))
            }
        }
        for admin in words where admin.role == .administrative {
            let beside = words.filter { $0.role == .technical && $0.line.box.yOverlap(admin.line.box) > 0 }
            guard beside.count == 1, words.filter({ $0.role == .administrative && $0.line.box.yOverlap(admin.line.box) > 0 }).count == 1 else { continue }
            return admin.midX < beside[0].midX ? [.administrative, .technical] : [.technical, .administrative]
        }
        return nil
    }
}
