/// The items a table of a text section holds (support systems, initiatives).
///
/// A table of names and what they are gives one item per row, the name in the first cell and
/// the rest of the row its text: `制度 | 内容`, and `制度 | 期間 | 内容` or `制度 | 対象 | 期間・内容`
/// when its header names its columns. A row of framed boxes, each a name over its text, reads
/// as a table whose first row holds the names and whose columns go on with their texts (not
/// figures): one item per column. Two columns without a naming header are rows, as before.
enum TableItems {
    /// Words a header row uses to name a table's columns, never an item's name.
    static let columnWords = ["制度", "名称", "項目", "種類", "内容", "期間", "対象", "概要"]

    static func items(in table: Table, page: Int) -> [TitledParagraphs.Item] {
        guard table.columns.count >= 2, let first = table.rows.first, first.count == table.columns.count else { return [] }
        let header = first.map { Normalized.compact($0.text) }
        let namesColumns = header.filter { !$0.isEmpty && $0.count <= 8 && columnWords.contains(where: $0.contains) }.count >= 2
        if table.columns.count == 2 || namesColumns {
            // A Q&A's first question (`Q1 | …？`) heads no columns, whatever the detector took it for.
            let asked = QuestionItems.isQuestionMark(header[0])
            return byRows(table, skipping: namesColumns ? max(table.headerRowCount, 1) : asked ? 0 : table.headerRowCount, page: page)
        }
        // Boxes side by side: every cell of the first row a name, every column text below. A
        // band of stages over the names (`妊娠 | 出産 | 育児` over `妊娠中の通勤緩和 | 出産休暇 | …`,
        // a chevron row of life events) only groups them: the names are the second row.
        if isStageBand(table) {
            return items(in: Table(box: table.box, columns: table.columns, rows: Array(table.rows.dropFirst()), headerRowCount: 0), page: page)
        }
        // Each card's period in a column of its own beside its name (`TableItems+PeriodsBeside`).
        if let cards = itemsWithPeriodsBeside(table, page: page) { return cards }
        let body = table.rows.dropFirst()
        // Texts, not figures: a table of counts under year labels is no row of boxes.
        guard header.allSatisfy({ !$0.isEmpty && TitledParagraphs.titleLike($0) && $0.count <= 16 }), !body.isEmpty,
            table.columns.indices.allSatisfy({ c in
                let texts = body.map { $0[c].text }.filter { !$0.isEmpty }
                return !texts.isEmpty && !texts.allSatisfy(TableDetector.isNumeric)
            })
        else { return [] }
        return table.columns.indices.map { c in
            let cells = body.map { $0[c] }.filter { !$0.text.isEmpty }
            let box = Rect.enclosing(([first[c].box] + cells.map(\.box)).compactMap { $0 }) ?? table.box
            // (Its number dropped before the spaces are: `01 テレワーク`.)
            let title = Normalized.compact(TitledParagraphs.cleanTitle(Normalized.text(first[c].text)))
            return TitledParagraphs.Item(title: title, text: Normalized.compact(cells.map(\.text).joined()), page: page, box: box)
        }
    }

    /// One item per row with a name and some text.
    private static func byRows(_ table: Table, skipping header: Int, page: Int) -> [TitledParagraphs.Item] {
        table.rows.dropFirst(header).compactMap { row in
            let rest = row.dropFirst().filter { !$0.text.isEmpty }
            guard !row[0].text.isEmpty, !rest.isEmpty else { return nil }
            let box = Rect.enclosing(row.compactMap(\.box)) ?? table.box
            let text = rest.map { Normalized.compact($0.text) }.joined(separator: rest.count > 1 ? "／" : "")
            return TitledParagraphs.Item(title: Normalized.compact(row[0].text), text: text, page: page, box: box)
        }
    }

    /// Whether the first row is a band of short stage words (four characters at most, no
    /// figures) over a row of longer names, with more rows under them.
    static func isStageBand(_ table: Table) -> Bool {
        guard table.rows.count >= 3, table.columns.count >= 3 else { return false }
        let stages = table.rows[0].map { Normalized.compact($0.text) }
        let names = table.rows[1].map { Normalized.compact($0.text) }
        return stages.allSatisfy { !$0.isEmpty && $0.count <= 4 && !$0.contains(where: \.isNumber) }
            && names.allSatisfy { !$0.isEmpty && TitledParagraphs.titleLike($0) && $0.count <= 16 }
            && zip(stages, names).contains { $1.count > $0.count + 1 }
    }
}
