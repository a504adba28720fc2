/// An exam table whose counts are split by sitting or round and summed in a last column
/// (`区分 | 職種 | A日程 | B日程 | 計`): the sum is each category's count.
///
/// Read as printed, the first count column (`A日程`) was taken for the category's count, or
/// the row's figures for several, and no category added up to the plan. The columns are parts
/// only when every body row's figures in them add up to its `計` (a dash counting none), on two
/// rows at least, the categories are named down a column before them, and they are no years.
enum ExamSumColumn {
    /// `table` without the part columns, the sum's header saying `人数`; `table` itself when
    /// there is no such run of two part columns or more before a `計` column.
    static func summed(_ table: Table) -> Table {
        let header = table.headerRowCount
        guard header >= 1, table.rows.count - header >= 2, table.rows.allSatisfy({ $0.count == table.columns.count }),
            let total = table.columns.indices.last(where: { ["計", "合計"].contains(Normalized.compact(table.rows[header - 1][$0].text)) }),
            total >= 3
        else { return table }
        func figure(_ text: String) -> Int? {
            let compact = Normalized.compact(text)
            if compact.isEmpty || Headcount.noneMarks.contains(compact) { return 0 }
            return (try? Headcount.parse(compact))?.count
        }
        // The categories named down a column of their own before the parts (`一般行政`, `社会福祉`),
        // not tracks alone: a grid of categories across (`行政事務 | 社会福祉 | … | 計` over
        // `事務職` and `技術職`) sums its categories, no sittings.
        func namesCategories(_ c: Int) -> Bool {
            table.rows[header...].filter { row in
                let text = Normalized.compact(row[c].text)
                return !text.isEmpty && figure(text) == nil && Track(label: text) == .other
            }.count >= 2
        }
        // The longest run of part columns right before the sum whose figures add up to it on every row.
        for first in 1..<(total - 1) where (0..<first).contains(where: namesCategories) {
            let parts = first..<total
            var checked = 0
            let adds = table.rows[header...].allSatisfy { row in
                guard let sum = figure(row[total].text), !Normalized.compact(row[total].text).isEmpty else { return parts.allSatisfy { figure(row[$0].text) != nil } }
                let values = parts.map { figure(row[$0].text) }
                guard !values.contains(where: { $0 == nil }), values.compactMap({ $0 }).reduce(0, +) == sum else { return false }
                checked += 1
                return true
            }
            // (Not years side by side, `令和5年度 | 令和6年度 | 計`: each a cohort, `ExamYearColumns` reads the latest.)
            guard adds, checked >= 2, parts.allSatisfy({ c in
                let label = Normalized.compact(table.rows[header - 1][c].text)
                return !label.isEmpty && YearLabel(label) == nil && !label.contains("年度")
            }) else { continue }
            var result = table
            result.columns.removeSubrange(parts)
            for r in result.rows.indices { result.rows[r].removeSubrange(parts) }
            result.rows[header - 1][first].text = "人数"
            result.rows[header - 1][first].lines = []
            return result
        }
        return table
    }
}
