/// Figures set ragged in one column: each at the end of its own bar (a bar list of units,
/// `総務部 ▬▬▬▬ 7`, `企画部 ▬▬ 5`).
///
/// Each figure starts where its bar ends, so the table detector finds a column per bar length,
/// each holding a figure or two and the rest empty, and the figure's column says nothing but
/// how long its bar is. Three columns or more side by side that hold only figures, with no row
/// holding two of them (no header names them), are that one column.
enum RaggedFigures {
    /// `rows` and `columns` with each run of ragged figure columns made one column.
    static func merging(_ rows: [[Table.Cell]], columns: [ClosedRange<Double>]) -> (rows: [[Table.Cell]], columns: [ClosedRange<Double>]) {
        guard columns.count >= 4 else { return (rows, columns) }
        func figuresOnly(_ c: Int) -> Bool {
            let filled = rows.filter { !$0[c].text.isEmpty }
            return !filled.isEmpty && filled.allSatisfy { TableDetector.isNumeric($0[c].text) && $0[c].columnSpan == 1 }
        }
        var runs: [Range<Int>] = []
        var c = 0
        while c < columns.count {
            var end = c
            // Extend while the next column holds figures only and shares no row with the run.
            while end < columns.count, figuresOnly(end),
                rows.allSatisfy({ row in (c...end).filter { !row[$0].text.isEmpty }.count <= 1 })
            {
                end += 1
            }
            if end - c >= 3 { runs.append(c..<end) }
            c = max(end, c + 1)
        }
        guard !runs.isEmpty else { return (rows, columns) }
        var mergedColumns: [ClosedRange<Double>] = []
        var mergedRows = rows.map { _ in [Table.Cell]() }
        var index = 0
        while index < columns.count {
            if let run = runs.first(where: { $0.lowerBound == index }) {
                mergedColumns.append(columns[run.lowerBound].lowerBound...columns[run.upperBound - 1].upperBound)
                for r in rows.indices {
                    mergedRows[r].append(run.lazy.map { rows[r][$0] }.first { !$0.text.isEmpty } ?? Table.Cell(text: "", box: nil))
                }
                index = run.upperBound
            } else {
                mergedColumns.append(columns[index])
                for r in rows.indices { mergedRows[r].append(rows[r][index]) }
                index += 1
            }
        }
        return (mergedRows, mergedColumns)
    }
}
