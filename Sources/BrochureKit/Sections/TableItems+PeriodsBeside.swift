/// A row of cards each with its period set beside its name (a drawn circle, `３歳まで`): the
/// periods make columns of their own between the cards' columns.
///
/// Each card's name band, the circle beside it and the text under it sit in one row of the
/// page, and the layout reads the three cards as a table of six columns: a name column, then
/// a column headed by nothing that holds only the card's period (a line lower than the name),
/// and so on. Boxes side by side need every column named, so no card was read. Every column
/// without a header cell holding periods of leave and nothing else is the period of the card
/// left of it: folded into that card, its name and period set apart as on a pill.
extension TableItems {
    /// The items of `table` read with each period column folded into the card left of it;
    /// nil unless the table has two such columns or more beside named ones.
    static func itemsWithPeriodsBeside(_ table: Table, page: Int) -> [TitledParagraphs.Item]? {
        guard table.columns.count >= 4, let first = table.rows.first, table.rows.allSatisfy({ $0.count == table.columns.count }) else { return nil }
        let periodColumns = table.columns.indices.dropFirst().filter { c in
            let body = table.rows.dropFirst().map { Normalized.compact($0[c].text) }.filter { !$0.isEmpty }
            return Normalized.compact(first[c].text).isEmpty && !Normalized.compact(first[c - 1].text).isEmpty
                && body.count == 1 && body.allSatisfy { SupportSystem.isPeriod($0) && TitledParagraphs.titleLike($0) }
        }
        guard periodColumns.count >= 2 else { return nil }
        let kept = table.columns.indices.filter { !periodColumns.contains($0) }
        let rows = table.rows.map { row in kept.map { row[$0] } }.filter { row in row.contains { !Normalized.compact($0.text).isEmpty } }
        let cards = Table(box: table.box, columns: kept.map { table.columns[$0] }, rows: rows, headerRowCount: table.headerRowCount)
        var items = items(in: cards, page: page)
        guard items.count == kept.count else { return nil }
        for (i, c) in kept.enumerated() where periodColumns.contains(c + 1) {
            guard let period = table.rows.dropFirst().map({ $0[c + 1] }).first(where: { !Normalized.compact($0.text).isEmpty }) else { continue }
            items[i].spacedTitle = items[i].title + "\u{3000}" + Normalized.compact(period.text)
            if let box = period.box { items[i].box = items[i].box.union(box) }
        }
        return items
    }
}
