/// The women's table with no header of its own, set under the head counts' table so that its
/// columns stand under the counts' years (`うち女性` over `事務系職員 | 3 | 2 | …`).
///
/// Such a table prints only its row labels and figures: it reads as no year's record at all,
/// and every woman comes out unknown. Its columns are the years above them: each column of
/// figures takes the year whose column of the counts' table (header and body cells together)
/// holds its middle, and the counts' header row is lent to it. A column with no text (the
/// planned year struck through, not yet split by sex) takes no year. Two row labels at least
/// must be the counts' own, so a table of other figures under the same years is not read as
/// their women.
extension WomenTableApart {
    /// `women` with a header row of the years of `counts` it stands under; nil when `women`
    /// has years of its own, shares fewer than two row labels with `counts`, or a column of its
    /// figures stands under no year or under one another column took.
    static func headed(_ women: Table, under counts: Table) -> Table? {
        func yearCount(_ row: [Table.Cell]) -> Int { YearLabel.carryingEra(row.map(\.text)).compactMap { $0 }.count }
        guard women.rows.count >= 2, !women.rows.contains(where: { yearCount($0) >= 2 }),
            let h = counts.rows.firstIndex(where: { yearCount($0) >= 2 }), case let header = counts.rows[h],
            case let years = YearLabel.carryingEra(header.map(\.text))
        else { return nil }
        let labels = Set(counts.rows[(h + 1)...].compactMap { $0.first.map { Normalized.compact($0.text) } }.filter { !$0.isEmpty })
        guard women.rows.filter({ $0.first.map { labels.contains(Normalized.compact($0.text)) } ?? false }).count >= 2 else { return nil }
        let width = women.rows.map(\.count).max() ?? 0
        var top = [Table.Cell](repeating: Table.Cell(text: "", box: nil), count: width)
        top[0] = Table.Cell(text: header[0].text, box: nil)
        var taken = Set<Int>()
        for c in 1..<max(1, width) {
            let mids = women.rows.compactMap { c < $0.count && !$0[c].text.isEmpty ? $0[c].box?.midX : nil }.sorted()
            guard !mids.isEmpty else { continue }
            let mid = mids[mids.count / 2]
            guard let k = years.indices.first(where: { k in
                years[k] != nil && extent(of: k, in: counts).map { $0.contains(mid) } ?? false
            }), !taken.contains(k)
            else { return nil }
            taken.insert(k)
            top[c] = Table.Cell(text: header[k].text, box: nil)
        }
        guard taken.count >= 2 else { return nil }
        let rows = women.rows.map { $0 + Array(repeating: Table.Cell(text: "", box: nil), count: width - $0.count) }
        return Table(box: women.box, columns: women.columns, rows: [top] + rows, headerRowCount: 1)
    }

    /// The left and right edge of column `k` of `table`: its cells' boxes in every row.
    static func extent(of k: Int, in table: Table) -> ClosedRange<Double>? {
        let boxes = table.rows.compactMap { k < $0.count ? $0[k].box : nil }
        guard let x0 = boxes.map(\.x0).min(), let x1 = boxes.map(\.x1).max() else { return nil }
        return x0...x1
    }
}
