/// Two hiring tables side by side in one grid, years across and tracks down each: the head
/// counts under a caption (`採用者数`), then the same years again under a caption naming the
/// women (`うち女性`), each half with its own column of track labels.
///
/// Read as one table, each year comes twice and the women pass for a second year's heads.
/// The grid splits where the years start over, so both halves give the same years in the same
/// order, and only the second half's caption names 女性; the women then join the counts track
/// by track, and never outnumber them.
enum WomenTableBeside {
    /// The two halves of `table` when its row `header` holds the same years twice over and a
    /// caption above the second half names the women: the counts' half first.
    static func split(_ table: Table, header: Int, years: [YearLabel?]) -> (counts: Table, women: Table)? {
        let columns = years.indices.filter { years[$0] != nil }
        guard columns.count >= 4, columns.count % 2 == 0, let first = columns.first else { return nil }
        let half = columns.count / 2
        let fiscal = columns.map { years[$0]!.fiscalYear }
        guard Array(fiscal[..<half]) == Array(fiscal[half...]) else { return nil }
        // The second half starts with as many label columns as the first.
        let start = columns[half] - first
        guard start > columns[half - 1], table.rows.allSatisfy({ $0.count > columns.last! }) else { return nil }
        func names(_ range: Range<Int>) -> Bool {
            table.rows[..<header].contains { row in Normalized.compact(row[range].map(\.text).joined()).contains("女性") }
        }
        guard !names(0..<start), names(start..<table.rows[0].count) else { return nil }
        func part(_ range: Range<Int>) -> Table {
            let rows = table.rows.map { Array($0[range.clamped(to: 0..<$0.count)]) }
            let box = Rect.enclosing(rows.flatMap { $0.compactMap(\.box) }) ?? table.box
            return Table(box: box, columns: Array(table.columns[range.clamped(to: table.columns.indices)]), rows: rows, headerRowCount: table.headerRowCount)
        }
        return (part(0..<start), part(start..<table.rows.map(\.count).max()!))
    }

    /// `counts` with each track's women taken from the head counts of `women`: nil unless both
    /// give the same years and no track has more women than people.
    static func merge(_ counts: HiringRecord, women: HiringRecord) -> HiringRecord? {
        guard counts.rows.map(\.fiscalYear) == women.rows.map(\.fiscalYear) else { return nil }
        var record = counts
        for (i, row) in women.rows.enumerated() {
            for track: WritableKeyPath<HiringRecord.Row, CountWithWomen?> in [\.total, \.administrative, \.technical] {
                guard let heads = record.rows[i][keyPath: track] else { continue }
                guard let found = row[keyPath: track] else { return nil }
                guard found.women == nil, found.count <= heads.count else { return nil }
                record.rows[i][keyPath: track]?.women = found.count
            }
        }
        return record
    }
}
