/// Words set upright inside a table's frame are cells of it: heads of narrow columns (`事務系`,
/// `技術系` over columns of counts) and labels of groups of rows (`事務系` beside the three exams
/// of its track).
///
/// The table detector works on horizontal lines, so upright words are left out of the grid and
/// read as headings beside it: a column of counts then has no name, and rows lose their group.
/// An upright word over an empty header cell of a column names that column; one left of the
/// table's first column, or in a column whose body is empty, labels the group of rows it is
/// centred on, and goes into the group's first row, as a spanning cell is read.
enum UprightCells {
    /// Moves the upright lines of `rest` that sit inside a table into its cells, and, when
    /// `headerRows`, those making a header row over it (`headerAbove`).
    static func absorb(_ tables: inout [(table: Table, lines: [TextLine])], from rest: inout [TextLine], headerRows: Bool = true) {
        let upright = rest.indices.filter { i in
            rest[i].orientation == .vertical && CharacterBound.atMost(12, rest[i].text)
                && !rest[i].text.unicodeScalars.contains(where: TableDetector.isDigit)
        }
        guard !upright.isEmpty, !tables.isEmpty else { return }
        var used = Set<Int>()
        for t in tables.indices {
            if headerRows, let header = headerAbove(tables[t].table, in: rest, skipping: used) {
                adding(header, from: rest, to: &tables[t].table)
                tables[t].lines += header.map { rest[$0.line] }
                used.formUnion(header.map(\.line))
                continue
            }
            let inside = (upright.filter { i in
                let box = rest[i].box
                return box.midX >= tables[t].table.box.x0 - 0.5 && box.midX <= tables[t].table.box.x1 + 0.5
                    && box.yOverlap(tables[t].table.box) >= 0.5 * box.height
            } + besideLeft(upright, of: tables[t].table, in: rest)).sorted { rest[$0].box.y0 < rest[$1].box.y0 }
            guard !inside.isEmpty else { continue }
            var table = tables[t].table
            var lines = tables[t].lines
            var groups = GroupEnds()
            for i in inside where place(rest[i], in: &table, groups: &groups) {
                lines.append(rest[i])
                used.insert(i)
            }
            tables[t] = (table, lines)
        }
        rest = rest.indices.filter { !used.contains($0) }.map { rest[$0] }
    }

    /// The upright words standing just left of a table, in a tinted cell whose frame the text
    /// layer does not give (`事務職`, `技術職` set one glyph a line beside their groups of
    /// rows): two or more, one under another, each within an em and a half of the table's
    /// first column and level with its rows, none naming a section (a rail heading `採用実績`
    /// beside its table is the section's title, alone in its rail).
    static func besideLeft(_ upright: [Int], of table: Table, in rest: [TextLine]) -> [Int] {
        let beside = upright.filter { i in
            let box = rest[i].box
            return box.x1 <= table.box.x0 + 0.5 && table.box.x0 - box.x1 <= 1.5 * max(box.width, 1)
                && box.yOverlap(table.box) >= 0.5 * box.height
        }
        guard beside.count >= 2, beside.allSatisfy({ SectionKind.opened(by: rest[$0].text) == nil }) else { return [] }
        return beside
    }

    /// Puts one upright word into `table`; false when it fits no empty cell.
    static func place(_ line: TextLine, in table: inout Table, groups: inout GroupEnds) -> Bool {
        let box = line.box
        let bands = table.rows.map(band)
        if let column = table.columns.firstIndex(where: { $0.lowerBound - 0.5 <= box.midX && box.midX <= $0.upperBound + 0.5 }) {
            // A column head: the header row it stands in, its cell empty, the body below named by it.
            let counts = table.rows.dropFirst(table.headerRowCount).contains { $0[column].text.unicodeScalars.contains(where: TableDetector.isDigit) }
            if counts {
                guard let row = table.rows.indices.first(where: { r in
                    table.rows[r][column].text.isEmpty && bands[r].map({ $0.yOverlap(box) > 0 }) == true
                        && !table.rows[r].contains { $0.text.unicodeScalars.contains(where: TableDetector.isDigit) }
                }) else { return false }
                fill(&table, row: row, column: column, with: line)
                table.box = table.box.union(box)
                return true
            }
            return labelGroup(line, column: column, bands: bands, in: &table, groups: &groups)
        }
        // Left of the first column, inside the frame: a column of group labels of its own.
        guard let first = table.columns.first, box.x1 <= first.lowerBound + 0.5 else { return false }
        table.columns.insert(box.x0...box.x1, at: 0)
        table.rows = table.rows.map { [Table.Cell(text: "", box: nil)] + $0 }
        var shifted = groups.shifted()
        if labelGroup(line, column: 0, bands: bands, in: &table, groups: &shifted) {
            groups = shifted
            return true
        }
        table.columns.removeFirst()
        table.rows = table.rows.map { Array($0.dropFirst()) }
        return false
    }

    /// A label centred on its group of rows goes into the group's first row: the group starts
    /// after the one labelled above it and ends where its middle meets the label's (within half a
    /// row); its cells in the label's column are empty. (A label may stand taller than its group.)
    /// The first label of a column may start its group a few rows down, at a row no lower than
    /// its own top, where it is centred best: a header row of years the detector took for
    /// the body (`令和3年度` holds digits) is no row of the group.
    private static func labelGroup(_ line: TextLine, column: Int, bands: [Rect?], in table: inout Table, groups: inout GroupEnds) -> Bool {
        let box = line.box
        let start = max(table.headerRowCount, (groups.ends[column] ?? -1) + 1)
        let body = table.rows.indices.filter { $0 >= start && bands[$0] != nil }
        let starts = groups.ends[column] == nil ? body.filter { r in !body.contains { $0 < r && bands[$0]!.y0 >= box.y0 } } : Array(body.prefix(1))
        var best: (row: Int, end: Int, miss: Double)? = nil
        for row in starts {
            let top = bands[row]!
            for end in body where end >= row {
                let miss = abs((top.y0 + bands[end]!.y1) / 2 - box.midY)
                if best == nil || miss < best!.miss { best = (row, end, miss) }
            }
        }
        guard let best, let top = bands[best.row], best.miss <= 0.5 * top.height else { return false }
        let row = best.row
        let group = body.filter { $0 >= row && $0 <= best.end }
        guard group.allSatisfy({ table.rows[$0][column].text.isEmpty }) else { return false }
        fill(&table, row: row, column: column, with: line)
        table.box = table.box.union(box)
        groups.ends[column] = best.end
        return true
    }

    /// The last row of the group each column's previous label covers.
    struct GroupEnds {
        var ends: [Int: Int] = [:]

        /// The same ends once a column is put before the first.
        func shifted() -> GroupEnds {
            GroupEnds(ends: Dictionary(uniqueKeysWithValues: ends.map { ($0.key + 1, $0.value) }))
        }
    }

    private static func fill(_ table: inout Table, row: Int, column: Int, with line: TextLine) {
        table.rows[row][column] = Table.Cell(text: line.text, box: line.box)
    }

    /// The row's extent: the union of its cells' boxes; nil for a row without any.
    private static func band(_ row: [Table.Cell]) -> Rect? {
        row.compactMap(\.box).reduce(nil) { $0?.union($1) ?? $1 }
    }
}
