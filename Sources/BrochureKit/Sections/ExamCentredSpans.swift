/// Labels set once beside the rows they span, each centred on its run of rows (`事務職` set
/// vertically beside four rows, `上級試験` level with the middle of three): every row of the
/// run is the label's.
///
/// Read by height alone, a tall span's end rows go wrong: the first of four rows under a
/// centred `事務職` stands further from it than the neighbouring rows are, and the last row
/// of a three-row `上級試験` may stand nearer the next label (`大学院卒業程度試験`) than its
/// own. The labels of one column cut the rows beside them into consecutive runs, one run per
/// label, in order; a label centred on its run fixes where the run ends. So the runs are
/// found top down, each ending where its label stands at its middle, and taken only when
/// every label stands at the middle of its run within a quarter of the row pitch (a column
/// that is no column of labels fails that), and the labels are not as well read as set at
/// the top of their runs.
enum ExamCentredSpans {
    /// The index in `labels` of the label whose run holds `row`, by the rows of its table
    /// (`rows`, the counted cells, several per row allowed); nil when the labels do not
    /// stand centred on a partition of the rows, or `row` is none of them.
    static func label(holding row: Rect, rows: [Rect], labels: [Rect]) -> Int? {
        let centres = Self.rowCentres(rows)
        let order = labels.indices.sorted { labels[$0].midY < labels[$1].midY }
        guard let at = centres.indices.min(by: { abs(centres[$0] - row.midY) < abs(centres[$1] - row.midY) }) else { return nil }
        let pitch = zip(centres, centres.dropFirst()).map { $1 - $0 }.min() ?? max(row.height, 1)
        guard abs(centres[at] - row.midY) <= pitch / 4, !Self.topAligned(labels, rows: rows, centres: centres, tolerance: pitch / 4),
            let runs = Self.runs(of: centres, marks: order.map { labels[$0].midY }, tolerance: pitch / 4)
        else { return nil }
        return runs.firstIndex { $0.contains(at) }.map { order[$0] }
    }

    /// Whether the labels may as well be set at the top of their runs: the first level with
    /// the first row, each level with a row (`大卒程度試験` beside the first of two rows,
    /// `院卒程度試験` beside the third of four also stands at the middle of rows 2–4). The
    /// rows are then told by neither reading, and the labels are left to the readings by height.
    static func topAligned(_ labels: [Rect], rows: [Rect], centres: [Double], tolerance: Double) -> Bool {
        let slack = 0.15 * (rows.map(\.height).min() ?? 1)
        func level(_ label: Rect, _ row: Int?) -> Bool {
            let tops = rows.filter { box in row.map { abs(box.midY - centres[$0]) <= tolerance } ?? true }.map(\.y0)
            return tops.contains { abs($0 - label.y0) <= slack } || centres.indices.contains { (row ?? $0) == $0 && abs(centres[$0] - label.midY) <= tolerance }
        }
        guard let first = labels.min(by: { $0.midY < $1.midY }), !centres.isEmpty, level(first, 0) else { return false }
        return labels.allSatisfy { level($0, nil) }
    }

    /// The runs of rows (by index into `centres`) the labels at heights `marks`, top down,
    /// stand centred on, or nil when they do not. Each run ends where its label stands nearest
    /// its middle, leaving a row at least for each label after it; the last takes the rest.
    static func runs(of centres: [Double], marks: [Double], tolerance: Double) -> [ClosedRange<Int>]? {
        guard !marks.isEmpty, centres.count >= marks.count else { return nil }
        var runs: [ClosedRange<Int>] = []
        var start = 0
        for (j, mark) in marks.enumerated() {
            let last = centres.count - (marks.count - j)
            let ends = j == marks.count - 1 ? [centres.count - 1] : Array(start...last)
            func error(_ end: Int) -> Double { abs((centres[start] + centres[end]) / 2 - mark) }
            guard let end = ends.min(by: { error($0) < error($1) }), error(end) <= tolerance else { return nil }
            runs.append(start...end)
            start = end + 1
        }
        return runs
    }

    /// The heights of the rows, top down: cells level with each other (a name and its count,
    /// or counts in several columns) make one row.
    static func rowCentres(_ rows: [Rect]) -> [Double] {
        var centres: [Double] = []
        for box in rows.sorted(by: { $0.midY < $1.midY }) {
            if let last = centres.last, box.midY - last <= 0.3 * max(box.height, 1) { continue }
            centres.append(box.midY)
        }
        return centres
    }
}
