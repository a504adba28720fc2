/// Hiring as small multiples: one vertical bar chart per track side by side (`事務系`,
/// `技術系`, `合計` as titles on one baseline), each bar's figure only a label over it
/// (`4（2）`) and the years as axis labels under the bars (`R4 … R8※2`, `（予定）` under one).
///
/// The layout breaks such charts into odd blocks and tables, so they are read from the
/// page's lines: each chart is the strip of the page nearest its title, its axis labels lie
/// on one baseline left to right, and each figure stands over its own axis label, one per
/// year. All charts must give the same years, and a total chart must be the others' sum,
/// year by year and for the women too, or nothing is read: a false table is worse than none.
enum SmallMultipleCharts {
    /// A word of a line, with where its middle falls across the page.
    struct Token {
        var text: String
        var midX: Double
        var line: TextLine
    }

    /// The record of the charts among `lines` (one page's), or nil when they are not there.
    static func parse(_ lines: [TextLine], page: Int, convention: Headcount.Convention = .womenIncluded, notedPlans: Set<Int> = [])
        -> HiringRecord?
    {
        let flat = lines.filter { $0.orientation == .horizontal && !$0.text.isEmpty }
        guard let titles = titles(flat) else { return nil }
        let baseline = titles.map(\.line.box.y1).max()!
        let below = flat.filter { $0.box.y0 >= baseline }
        let tokens = below.flatMap(tokens(of:))
        // Each chart's strip: up to halfway to the next title.
        let edges = zip(titles, titles.dropFirst()).map { ($0.line.box.midX + $1.line.box.midX) / 2 }
        func strip(_ x: Double) -> Int { edges.firstIndex { x < $0 } ?? edges.count }
        var charts: [(role: ColumnRole, years: [YearLabel], figures: [CountWithWomen])] = []
        for (k, title) in titles.enumerated() {
            let mine = tokens.filter { strip($0.midX) == k }
            let axis = mine.filter { YearLabel($0.text) != nil }.sorted { $0.midX < $1.midX }
            guard axis.count >= 2, let em = axis.map(\.line.box.height).min(),
                axis.allSatisfy({ abs($0.line.box.y0 - axis[0].line.box.y0) < em / 2 })
            else { return nil }
            let figures = mine.compactMap { token -> (Token, CountWithWomen)? in
                guard token.line.box.y1 <= axis[0].line.box.y0 + em / 4, token.text.first?.isNumber ?? false, token.text.contains("("),
                    let count = try? Headcount.parse(token.text, convention: convention)
                else { return nil }
                return (token, CountWithWomen(count))
            }
            // One figure over each axis label: the label nearest it.
            var paired: [CountWithWomen?] = Array(repeating: nil, count: axis.count)
            for (token, value) in figures {
                let nearest = axis.indices.min { abs(axis[$0].midX - token.midX) < abs(axis[$1].midX - token.midX) }!
                guard paired[nearest] == nil else { return nil }
                paired[nearest] = value
            }
            guard paired.allSatisfy({ $0 != nil }) else { return nil }
            let marks = below.filter { strip($0.box.midX) == k }
            let years = axis.map { label in YearLabel(label.text + planMark(under: label, axis: axis, lines: marks)) ?? YearLabel(label.text)! }
            charts.append((title.role, years, paired.map { $0! }))
        }
        let years = charts[0].years
        guard charts.allSatisfy({ $0.years.map(\.fiscalYear) == years.map(\.fiscalYear) }) else { return nil }
        func figures(_ role: ColumnRole) -> [CountWithWomen]? { charts.first { $0.role == role }?.figures }
        guard let admin = figures(.administrative), let tech = figures(.technical) else { return nil }
        var rows: [HiringRecord.Row] = []
        for (i, year) in years.enumerated() {
            let sum = HiringParser.sum(admin[i], tech[i])
            if let total = figures(.total)?[i], total != sum { return nil }
            let planned = charts.contains { PlannedNote.isPlanned($0.years[i], notedPlans: notedPlans) }
            rows.append(HiringRecord.Row(
                fiscalYear: year.fiscalYear, label: year.label, planned: planned, total: sum, administrative: admin[i], technical: tech[i]))
        }
        return HiringRecord(rows: rows, technicalScope: nil, page: page)
    }

    /// The charts' titles: lines that are a track's name and nothing else, two or more on one
    /// baseline, each track once, left to right.
    static func titles(_ lines: [TextLine]) -> [(role: ColumnRole, line: TextLine)]? {
        let named = lines.compactMap { line -> (role: ColumnRole, line: TextLine)? in
            let text = Normalized.compact(line.text)
            let role = ColumnRole(label: text)
            guard [.administrative, .technical, .total].contains(role), text.count <= 4, !text.contains(where: \.isNumber) else { return nil }
            return (role, line)
        }
        for first in named {
            let row = named.filter { abs($0.line.box.y0 - first.line.box.y0) < first.line.box.height / 2 }
            guard row.count >= 2, Set(row.map(\.role)).count == row.count,
                row.contains(where: { $0.role == .administrative }), row.contains(where: { $0.role == .technical })
            else { continue }
            return row.sorted { $0.line.box.midX < $1.line.box.midX }
        }
        return nil
    }

    /// The words of a line set apart by spaces, each placed by the share of the line's width
    /// its characters take (a full-width character twice an ASCII one).
    static func tokens(of line: TextLine) -> [Token] {
        func width(_ c: Character) -> Double { c.isASCII ? 0.5 : 1 }
        let characters = Array(line.text)
        let total = characters.map(width).reduce(0, +)
        guard total > 0 else { return [] }
        var result: [Token] = []
        var start = 0.0
        var word = ""
        var wordStart = 0.0
        for c in characters + [" "] {
            if c.isWhitespace {
                if !word.isEmpty {
                    let middle = (wordStart + start) / 2
                    result.append(Token(text: Normalized.compact(word), midX: line.box.x0 + line.box.width * middle / total, line: line))
                }
                word = ""
                start += width(c)
                wordStart = start
            } else {
                word.append(c)
                start += width(c)
            }
        }
        return result
    }

    /// A bracketed plan mark (`（予定）`) among `lines` (its chart's) set just under `label` and
    /// nearer it than any other of the axis's labels, or an empty string.
    static func planMark(under label: Token, axis: [Token], lines: [TextLine]) -> String {
        let em = label.line.box.height
        for line in lines where line.box.y0 >= label.line.box.y1 - em / 4 && line.box.y0 <= label.line.box.y1 + em {
            let text = Normalized.compact(line.text)
            guard NameColumn.isBracketed(text), PlannedNote.says(text),
                axis.min(by: { abs($0.midX - line.box.midX) < abs($1.midX - line.box.midX) })?.midX == label.midX
            else { continue }
            return text
        }
        return ""
    }
}
