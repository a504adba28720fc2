/// Puts back together a table that region cutting left in pieces.
///
/// Cuts are made for the text beside a table, so they can end a table early (its last rows
/// left as loose lines) or split it in two (the parts then have matching columns, or one
/// part lacks a column whose cells are empty there).
enum TableContinuations {
    /// Joins a table to the one right under it when their columns match: a cut made for the
    /// text beside the upper rows can leave the lower rows as a table of their own, with
    /// fewer columns when a column's cells are empty in one part. The joined table takes the
    /// grid of whichever part has more columns.
    static func joining(_ tables: [(table: Table, lines: [TextLine])]) -> [(table: Table, lines: [TextLine])] {
        var result: [(table: Table, lines: [TextLine])] = []
        for next in tables.sorted(by: { $0.table.box.y0 < $1.table.box.y0 }) {
            guard let (i, map) = result.indices.lazy.compactMap({ i in
                continuationMap(next.table, below: result[i].table).map { (i, $0) }
            }).first else {
                result.append(next)
                continue
            }
            let upper = result[i].table
            let lower = next.table
            let wide = upper.columns.count >= lower.columns.count ? upper : lower
            func regrid(_ table: Table) -> [[Table.Cell]] {
                guard table.columns.count != wide.columns.count else { return table.rows }
                return table.rows.map { row in
                    var cells = [Table.Cell](repeating: Table.Cell(text: "", box: nil), count: wide.columns.count)
                    for (c, cell) in row.enumerated() where c < map.count { cells[map[c]] = cell }
                    return cells
                }
            }
            let merged = Table(
                box: upper.box.union(lower.box), columns: wide.columns, rows: regrid(upper) + regrid(lower),
                headerRowCount: upper.headerRowCount)
            result[i] = (merged, result[i].lines + next.lines)
        }
        return result
    }

    /// How the narrower table's columns map into the wider one's, when `lower` continues `upper`.
    private static func continuationMap(_ lower: Table, below upper: Table) -> [Int]? {
        let pitch = max(upper.box.height / Double(max(upper.rows.count, 1)), 1)
        guard lower.headerRowCount == 0, lower.box.y0 >= upper.box.y1 - 0.5, lower.box.y0 - upper.box.y1 <= 1.5 * pitch else {
            return nil
        }
        let (wide, narrow) = upper.columns.count >= lower.columns.count ? (upper, lower) : (lower, upper)
        return columnMap(narrow.columns, into: wide.columns)
    }

    /// For each of `narrow`'s columns, the distinct column of `wide` it overlaps.
    private static func columnMap(_ narrow: [ClosedRange<Double>], into wide: [ClosedRange<Double>]) -> [Int]? {
        var map: [Int] = []
        for column in narrow {
            guard let index = wide.firstIndex(where: {
                min($0.upperBound, column.upperBound) > max($0.lowerBound, column.lowerBound)
            }), !map.contains(index) else { return nil }
            map.append(index)
        }
        return map
    }

    /// Takes into a table the rows left just under it: two or more lines on one row, each
    /// inside one of the table's columns (`他省庁  3名` after a cut for the column beside it
    /// ended the table one row early). Lines all set a fifth larger than the table's type are
    /// no row: headings of two columns under it (`研修` beside `お問い合わせ`).
    static func absorbingTrailingRows(_ tables: inout [(table: Table, lines: [TextLine])], from rest: inout [TextLine]) {
        for t in tables.indices {
            let body = Median.of(tables[t].lines.map(\.fontSize), or: 0)
            while true {
                let table = tables[t].table
                let pitch = table.box.height / Double(max(table.rows.count, 1))
                let candidates = rest.filter {
                    $0.orientation == .horizontal && $0.box.y0 >= table.box.y1 - 0.5 && $0.box.y0 - table.box.y1 <= pitch
                        && $0.box.x0 >= table.box.x0 - 1 && $0.box.x1 <= table.box.x1 + 1
                }
                guard let band = RowBand.bands(of: candidates).first, band.lines.count >= 2,
                    !band.lines.allSatisfy({ $0.fontSize >= 1.2 * body })
                else { break }
                var cells = [Table.Cell](repeating: Table.Cell(text: "", box: nil), count: table.columns.count)
                var fits = true
                for line in band.lines {
                    let inside = table.columns.indices.filter {
                        min(table.columns[$0].upperBound, line.box.x1) > max(table.columns[$0].lowerBound, line.box.x0)
                    }
                    guard inside.count == 1, cells[inside[0]].text.isEmpty else { fits = false; break }
                    cells[inside[0]] = Table.Cell(text: line.text, box: line.box)
                }
                guard fits else { break }
                var grown = table
                grown.rows.append(cells)
                grown.box = table.box.union(band.box)
                tables[t] = (grown, tables[t].lines + band.lines)
                rest.removeAll { line in band.lines.contains(line) }
            }
        }
    }

    /// Takes into a table, as its header, the row left just above it: two or more short
    /// lines, each nearest a different column (a header centred over right-aligned figures
    /// overlaps none), when the table has no header row of its own.
    static func absorbingHeaderRows(_ tables: inout [(table: Table, lines: [TextLine])], from rest: inout [TextLine]) {
        for t in tables.indices where tables[t].table.headerRowCount == 0 {
            let table = tables[t].table
            let pitch = table.box.height / Double(max(table.rows.count, 1))
            let candidates = rest.filter {
                // (A header centred over right-aligned figures may stick out past the table.)
                $0.orientation == .horizontal && $0.box.y1 <= table.box.y0 + 0.5 && table.box.y0 - $0.box.y1 <= pitch
                    && $0.box.x0 >= table.box.x0 - $0.em && $0.box.x1 <= table.box.x1 + $0.em && $0.text.count <= 16
            }
            guard let band = RowBand.bands(of: candidates).last, band.lines.count >= 2,
                band.lines.allSatisfy({ !TableDetector.isNumeric($0.text) })
            else { continue }
            func center(_ r: ClosedRange<Double>) -> Double { (r.lowerBound + r.upperBound) / 2 }
            var cells = [Table.Cell](repeating: Table.Cell(text: "", box: nil), count: table.columns.count)
            var fits = true
            for line in band.lines {
                let nearest = table.columns.indices.min { abs(center(table.columns[$0]) - line.box.midX) < abs(center(table.columns[$1]) - line.box.midX) }!
                guard cells[nearest].text.isEmpty else { fits = false; break }
                cells[nearest] = Table.Cell(text: line.text, box: line.box)
            }
            guard fits else { continue }
            var grown = table
            grown.rows.insert(cells, at: 0)
            grown.headerRowCount = 1
            grown.box = table.box.union(band.box)
            tables[t] = (grown, band.lines + tables[t].lines)
            rest.removeAll { line in band.lines.contains(line) }
        }
    }
}
