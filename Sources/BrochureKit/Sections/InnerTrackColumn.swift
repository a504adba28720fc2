/// A hiring table that counts everyone and then one track of them: `採用者数 | うち技術職`.
///
/// A small body prints its hires and, beside them, how many of them were technical; the
/// administrative hires are the difference and appear nowhere. Read one label per column,
/// `採用者数` names nothing and `うち技術職` is the technical track, so the total and the other
/// track are lost. `うち` says the column is a part of the one before it: that one is the
/// total, and the other track is what is left, women too. Taken only when every year's part
/// is no more than its whole (heads and women), two years at least.
enum InnerTrackColumn {
    /// `table` (years down its first column from row `headerRows` on) with the column before a
    /// `うち<track>` column read as the total and the other track's column added after them,
    /// holding the differences; nil when there is no such pair or the parts exceed the wholes.
    static func split(_ table: Table, yearRows: [Int], headerRows: Int) -> Table? {
        let width = table.columns.count
        guard width >= 3, let (labels, roles) = ColumnRole.header(of: table, rows: headerRows) else { return nil }
        let parts = (1..<width).filter { labels[$0].hasPrefix("うち") && [.administrative, .technical].contains(roles[$0]) }
        guard parts.count == 1, let part = parts.first, part >= 2, case let whole = part - 1, [.unknown, .total].contains(roles[whole]),
            !roles.indices.contains(where: { $0 != part && [.administrative, .technical].contains(roles[$0]) }),
            roles.filter({ $0 == .total }).count <= 1, roles[whole] == .total || !roles.contains(.total)
        else { return nil }
        var rest: [Int: Table.Cell] = [:]
        for r in yearRows {
            guard let cell = difference(table.rows[r][whole], minus: table.rows[r][part]) else { return nil }
            rest[r] = cell
        }
        guard rest.count >= 2 else { return nil }
        let other = roles[part] == .technical ? "事務" : "技術"
        let rows = table.rows.enumerated().map { r, row -> [Table.Cell] in
            var row = row
            var added = rest[r] ?? Table.Cell(text: "", box: nil)
            if r == headerRows - 1 {
                row[whole] = Table.Cell(text: "計", box: row[whole].box, lines: ["計"])
                added = Table.Cell(text: other, box: nil, lines: [other])
            }
            row.insert(added, at: part + 1)
            return row
        }
        var columns = table.columns
        columns.insert(table.columns[part], at: part + 1)
        return Table(box: table.box, columns: columns, rows: rows, headerRowCount: table.headerRowCount)
    }

    /// A cell holding `whole`'s count less `part`'s (`6（3）` less `2（1）` → `4（2）`), the women
    /// only when both give them; nil when either is no count or the part exceeds the whole.
    static func difference(_ whole: Table.Cell, minus part: Table.Cell) -> Table.Cell? {
        // (A mark for none, `－`, is a count of nobody; a cell that is no count ends the reading.)
        func read(_ cell: Table.Cell) -> (read: Bool, count: Headcount?) {
            if Headcount.noneMarks.contains(Normalized.compact(cell.text)) { return (true, nil) }
            guard let count = try? Headcount.parse(cell.text) else { return (false, nil) }
            return (true, count)
        }
        let (wholeRead, total) = read(whole), (partRead, share) = read(part)
        guard wholeRead, partRead else { return nil }
        let heads = (total?.count ?? 0) - (share?.count ?? 0)
        let women: Int? = switch (total?.women, share?.women) {
        case let (t?, s?): t - s
        case (let t?, nil) where share == nil: t
        default: nil
        }
        guard heads >= 0, (women ?? 0) >= 0 else { return nil }
        let text = women.map { "\(heads)（\($0)）" } ?? "\(heads)"
        return Table.Cell(text: text, box: whole.box, lines: [text])
    }
}
