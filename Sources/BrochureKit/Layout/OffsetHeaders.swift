/// Header cells set at one edge of their columns, beside figures set at the other.
///
/// A table typeset with its labels flush left in each cell and its figures flush right
/// (`事務` at a cell's left edge, `58（27）` at its right) leaves every header cell in the gap
/// between two columns of figures, overlapping neither. Taken nearest first, two such headers
/// would fall to one column and the table would gain a blank column with every figure under
/// the wrong name. The row tells which side they head: when every loose header cell of a row
/// sits alone in its own gap and the columns on one side of those gaps have no header of the
/// row over them, each loose cell heads that column; if both sides would do, nothing is
/// decided here.
enum OffsetHeaders {
    /// `columns` (sorted, disjoint) widened to take in the header cells of `headerRows` that
    /// head them from a gap beside them.
    static func widened(_ columns: [ClosedRange<Double>], headerRows: [[ClosedRange<Double>]]) -> [ClosedRange<Double>] {
        var columns = columns
        for row in headerRows {
            let loose = row.filter { cell in !columns.contains { HeaderOnlyColumns.overlaps($0, cell) } }
            guard loose.count >= 2 else { continue }
            // The gap of each loose cell: after column `k - 1`, before column `k` (before the
            // first column, `k` = 0; after the last, `k` = the count).
            let gaps = loose.map { cell in
                (0...columns.count).first { k in
                    (k == 0 || columns[k - 1].upperBound <= cell.lowerBound) && (k == columns.count || cell.upperBound <= columns[k].lowerBound)
                }
            }
            guard gaps.allSatisfy({ $0 != nil }), Set(gaps).count == gaps.count else { continue }
            let headed = Set(columns.indices.filter { k in row.contains { HeaderOnlyColumns.overlaps(columns[k], $0) } })
            let right = gaps.map { $0! }
            let left = gaps.map { $0! - 1 }
            let rightFree = right.allSatisfy { $0 < columns.count && !headed.contains($0) }
            let leftFree = left.allSatisfy { $0 >= 0 && !headed.contains($0) }
            guard rightFree != leftFree else { continue }
            for (cell, k) in zip(loose, rightFree ? right : left) {
                columns[k] = min(columns[k].lowerBound, cell.lowerBound)...max(columns[k].upperBound, cell.upperBound)
            }
        }
        return columns
    }
}
