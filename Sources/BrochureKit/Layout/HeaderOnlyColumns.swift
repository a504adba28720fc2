/// Columns that only a header names: every body cell under them is blank.
///
/// Columns come from the body's cells, so a column no row fills (`技術系` on the page where
/// only 事務系 were posted) has none; its header, centred over where the figures would be
/// and overlapping no column, would join the nearest column's header into one cell
/// (`事務系技術系`) and the figures under it could no longer be told apart from a later page's
/// table with the two columns. When two or more header cells of one row overlap no column and
/// are nearest the same one, the nearest of them heads it and each other stands for a blank
/// column of its own.
enum HeaderOnlyColumns {
    /// The extents of the blank columns to add, from the header rows' cell extents.
    static func extra(headerRows: [[ClosedRange<Double>]], columns: [ClosedRange<Double>]) -> [ClosedRange<Double>] {
        var added: [ClosedRange<Double>] = []
        for row in headerRows {
            let loose = row.filter { cell in !columns.contains { overlaps($0, cell) } }
            guard loose.count >= 2 else { continue }
            let byColumn = Dictionary(grouping: loose) { nearest(columns, to: $0) }
            for (column, cells) in byColumn where cells.count >= 2 {
                let kept = cells.min { distance(columns[column], $0) < distance(columns[column], $1) }!
                for cell in cells where cell != kept && !(columns + added).contains(where: { overlaps($0, cell) }) {
                    added.append(cell)
                }
            }
        }
        return added
    }

    /// Columns of cells that each span rows: labels centred over the rows they head
    /// (`大卒程度試験` over `法律` and `経済`) sit between the full rows, never on one of them, so
    /// the rows with the most cells give them no column, and each would join the nearest
    /// column's cell. Two or more such cells from different rows, wholly in one gap between
    /// columns and overlapping each other across, are a column.
    static func spanning(bodyRows: [[ClosedRange<Double>]], columns: [ClosedRange<Double>]) -> [ClosedRange<Double>] {
        let loose = bodyRows.flatMap { row in row.filter { cell in !columns.contains { overlaps($0, cell) } } }
        var added: [ClosedRange<Double>] = []
        var used = Set<Int>()
        for (i, cell) in loose.enumerated() where !used.contains(i) {
            let mates = loose.indices.filter { !used.contains($0) && overlaps(loose[$0], cell) }
            guard mates.count >= 2 else { continue }
            used.formUnion(mates)
            let span = mates.map { loose[$0].lowerBound }.min()!...mates.map { loose[$0].upperBound }.max()!
            guard !(columns + added).contains(where: { overlaps($0, span) }) else { continue }
            added.append(span)
        }
        return added
    }

    /// The column whose centre is nearest the cell's centre.
    static func nearest(_ columns: [ClosedRange<Double>], to span: ClosedRange<Double>) -> Int {
        columns.indices.min { distance(columns[$0], span) < distance(columns[$1], span) }!
    }

    /// Ranges that share more than an edge.
    static func overlaps(_ a: ClosedRange<Double>, _ b: ClosedRange<Double>) -> Bool {
        min(a.upperBound, b.upperBound) > max(a.lowerBound, b.lowerBound)
    }

    private static func distance(_ column: ClosedRange<Double>, _ span: ClosedRange<Double>) -> Double {
        abs((column.lowerBound + column.upperBound) / 2 - (span.lowerBound + span.upperBound) / 2)
    }
}
