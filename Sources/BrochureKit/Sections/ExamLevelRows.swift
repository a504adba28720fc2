/// Reads an exam matrix with the levels as ROWS and the categories as columns, under tracks
/// that each span a group of them: `試験 | 事務系 (over 行政 法律 経済) | 技術系 (over 機械 電気・電子 化学)`,
/// then `大卒程度試験 | 3 | 2 | 1 | 2 | 1 | 1`.
///
/// `ExamGrid` reads the matrix the other way round (categories down the side, levels across).
/// Here a track label is printed once over its columns, and the table puts it in the one
/// column its middle falls into, so which columns it covers is solved from the labels'
/// places: the columns are cut into as many runs, left to right, as there are labels, and the
/// cut is the one that puts each label at its run's middle (a centred label) or at its run's
/// left edge (a label set at the start of its columns), whichever fits better.
enum ExamLevelRows {
    static func entries(in table: Table, page: Int) -> [ExamBreakdown.Entry] {
        let rows = table.rows
        // Level rows: a level in the first cell, counts or dashes in the others.
        let levelRows = rows.indices.filter { r in
            guard let first = rows[r].first, ExamGrid.level(of: first.text) != nil else { return false }
            let rest = rows[r].dropFirst().map(\.text).filter { !$0.isEmpty }
            return rest.count >= 2 && rest.allSatisfy { ExamGrid.count(in: $0) != nil || ExamGrid.isNone($0) }
        }
        guard let firstLevel = levelRows.first, firstLevel >= 2 else { return [] }
        // The categories: the row right above the levels, names in two columns or more.
        let header = firstLevel - 1
        let categories = rows[header].indices.dropFirst().filter { c in
            let text = Normalized.compact(rows[header][c].text)
            return ExamCellLines.isName(text) && Track(label: text) == .other && ExamGrid.level(of: text) == nil
        }
        guard categories.count >= 2 else { return [] }
        // The tracks: the nearest row above the categories naming one or more.
        guard let trackRow = (0..<header).reversed().first(where: { r in
            rows[r].dropFirst().contains { Track(label: Normalized.compact($0.text)) != .other }
        }) else { return [] }
        let labels = rows[trackRow].indices.dropFirst().compactMap { c -> (track: Track, box: Rect)? in
            let track = Track(label: Normalized.compact(rows[trackRow][c].text))
            guard track != .other, let box = rows[trackRow][c].box else { return nil }
            return (track, box)
        }
        let spans = categories.map { c in table.columns[min(c, table.columns.count - 1)] }
        guard let runs = runs(of: spans, labels: labels.map(\.box)) else { return [] }
        var entries: [ExamBreakdown.Entry] = []
        for r in levelRows {
            guard let level = ExamGrid.level(of: rows[r][0].text) else { continue }
            for (i, c) in categories.enumerated() where c < rows[r].count {
                guard let n = ExamGrid.count(in: rows[r][c].text) else { continue }
                let category = Normalized.compact(rows[header][c].text)
                let box = Rect.enclosing([rows[header][c].box, rows[r][c].box].compactMap { $0 }) ?? table.box
                entries.append(ExamBreakdown.Entry(
                    track: labels[runs[i]].track, level: level, category: category, count: n,
                    provenance: Provenance(page: page, box: box, text: category + "\t" + rows[r][c].text)))
            }
        }
        return entries
    }

    /// The label heading each column: the columns cut into one run per label, left to right,
    /// the cut placing the labels best at their runs' middles or left edges. Nil when there is
    /// no label, or more labels than columns. Columns and labels are given left to right.
    static func runs(of columns: [ClosedRange<Double>], labels: [Rect]) -> [Int]? {
        guard !labels.isEmpty, labels.count <= columns.count else { return nil }
        var best: (cost: Double, starts: [Int])? = nil
        // Every way to start runs 1… at column indices increasing, run 0 at column 0.
        func search(_ starts: [Int]) {
            if starts.count == labels.count {
                let bounds = zip(starts, starts.dropFirst().map { $0 } + [columns.count]).map { (columns[$0].lowerBound, columns[$1 - 1].upperBound) }
                let centred = zip(bounds, labels).map { abs(($0.0 + $0.1) / 2 - $1.midX) }.reduce(0, +)
                let left = zip(bounds, labels).map { abs($0.0 - $1.x0) }.reduce(0, +)
                let cost = min(centred, left)
                if best == nil || cost < best!.cost { best = (cost, starts) }
                return
            }
            let from = starts.last! + 1
            let remaining = labels.count - starts.count
            guard from <= columns.count - remaining else { return }
            for s in from...(columns.count - remaining) { search(starts + [s]) }
        }
        search([0])
        guard let starts = best?.starts else { return nil }
        return columns.indices.map { c in starts.lastIndex { $0 <= c }! }
    }
}
