/// The items a table of a text section holds (support systems, initiatives).
///
/// A table of names and what they are gives one item per row, the name in the first cell and
/// the rest of the row its text: `制度 | 内容`, and `制度 | 期間 | 内容` or `制度 | 対象 | 期間・内容`
/// when its header names its columns; `取組 | 内容 | 開始`, its header naming only the text
/// column, one item per row with that column's text. Turned sideways (`制度` / `期間` / `内容`
/// down the first column), one item per column. A row of framed boxes, each a name over its text, reads
/// as a table whose first row holds the names and whose columns go on with their texts (not
/// figures): one item per column. Two columns without a naming header are rows, as before.
enum TableItems {
    /// Words a header row uses to name a table's columns, never an item's name.
    static let columnWords = ["制度", "名称", "項目", "種類", "内容", "期間", "対象", "概要"]

    static func items(in table: Table, page: Int) -> [TitledParagraphs.Item] {
        guard table.columns.count >= 2, let first = table.rows.first, first.count == table.columns.count else { return [] }
        // Turned sideways: a column of row labels (`制度` / `期間` / `内容`), one item per column.
        if let columns = transposedItems(in: table, page: page) { return columns }
        let header = first.map { Normalized.compact($0.text) }
        let namesColumns = header.filter { !$0.isEmpty && $0.count <= 8 && columnWords.contains(where: $0.contains) }.count >= 2
        if table.columns.count == 2 || namesColumns {
            // A Q&A's first question (`Q1 | …？`) heads no columns, whatever the detector took it for.
            let asked = QuestionItems.isQuestionMark(header[0])
            return byRows(table, skipping: namesColumns ? max(table.headerRowCount, 1) : asked ? 0 : table.headerRowCount, page: page)
        }
        // A header naming only the text column (`取組 | 内容 | 開始`): one item per row.
        if let rows = textColumnItems(in: table, page: page) { return rows }
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

    /// The items of a table turned sideways, one column per item and one row per field;
    /// nil unless its first column labels rows.
    ///
    /// A support table may set its systems across the top (`制度 | 育児休業 | 育児時間 | 介護休暇`)
    /// with a column of row labels at its left (`期間`, `内容`), each system reading down its own
    /// column. Read as boxes side by side, the label column became an item (`制度`); read as a
    /// band of stages over names, the names were dropped and the periods taken for them. The
    /// label column tells the shape apart: its first cell and at least one more are whole
    /// column words, where a table of one item per row has names down that column. Each item's
    /// text is the cells of the rows so labelled, joined as a row table's are (`期間／内容`); a
    /// row labelled otherwise (`取得者数（令和7年度）`, counts of takers) says nothing of what the
    /// system is and is left out.
    static func transposedItems(in table: Table, page: Int) -> [TitledParagraphs.Item]? {
        guard table.columns.count >= 3, table.rows.count >= 2,
            table.rows.allSatisfy({ $0.count == table.columns.count })
        else { return nil }
        let labels = table.rows.map { Normalized.compact($0[0].text) }
        // The names' row is labelled as a names column would be headed, and another row as
        // a field of every item (a period, a text).
        guard isFieldLabel(labels[0]), labels.dropFirst().contains(where: isFieldLabel) else { return nil }
        let names = table.rows[0].dropFirst().map { Normalized.compact(TitledParagraphs.cleanTitle(Normalized.text($0.text))) }
        guard names.allSatisfy({ !$0.isEmpty && TitledParagraphs.titleLike($0) && $0.count <= 16 && !isFieldLabel($0) }) else { return nil }
        let fieldRows = table.rows.indices.dropFirst().filter { isFieldLabel(labels[$0]) }
        // Turned back, one row per item (its name, then its labelled fields), it reads as a
        // table of one item per row does.
        let rows = zip(table.columns.indices.dropFirst(), names).map { c, name in
            [Table.Cell(text: name, box: table.rows[0][c].box)] + fieldRows.map { table.rows[$0][c] }
        }
        return byRows(Table(box: table.box, columns: table.columns, rows: rows, headerRowCount: 0), skipping: 0, page: page)
    }

    /// Whether a row label is one of the words naming a field of every item (`制度`, `期間`,
    /// `内容`), the whole label and nothing more: a system's own name may hold such a word
    /// (`短時間勤務制度`) without being a label.
    static func isFieldLabel(_ label: String) -> Bool {
        columnWords.contains(label)
    }

    /// Header words naming the column that holds each item's text.
    static let textWords = ["内容", "概要", "説明"]

    /// The items of a table of one item per row whose header names only its text column
    /// (`取組 | 内容 | 開始`); nil unless the header names one text column after the first and
    /// the rows under it are names beside longer texts.
    ///
    /// An initiatives table may head its first column with its own word (`取組`, `施策`) and set
    /// a column beside the text that is no part of it (`開始` over era year labels). Its header
    /// then names too few columns to read as one, and the year column, all figures, keeps it
    /// from reading as boxes side by side: no item was read. Each row is an item, named by its
    /// first cell, its text from the text column; the other columns say when or how many, not
    /// what the item is, and are left out.
    static func textColumnItems(in table: Table, page: Int) -> [TitledParagraphs.Item]? {
        guard table.columns.count >= 3, table.rows.count >= 2,
            table.rows.allSatisfy({ $0.count == table.columns.count })
        else { return nil }
        let header = table.rows[0].map { Normalized.compact($0.text) }
        // Labels, not names: short, without figures.
        guard header.allSatisfy({ !$0.isEmpty && $0.count <= 8 && !$0.contains(where: \.isNumber) }) else { return nil }
        let textColumns = header.indices.dropFirst().filter { c in textWords.contains { header[c].contains($0) } }
        guard textColumns.count == 1, let t = textColumns.first else { return nil }
        let body = table.rows.dropFirst(max(table.headerRowCount, 1))
        guard !body.isEmpty else { return nil }
        let rows = body.map { row in [Table.Cell(text: Normalized.compact(TitledParagraphs.cleanTitle(Normalized.text(row[0].text))), box: row[0].box), row[t]] }
        // Every row a name, then a text longer than it: one row of figures (a figure beside a
        // label) makes it some other table.
        guard rows.allSatisfy({ row in
            let name = row[0].text, text = Normalized.compact(row[1].text)
            return !name.isEmpty && TitledParagraphs.titleLike(name) && name.count <= 16 && !TableDetector.isNumeric(name)
                && text.count > name.count && !TableDetector.isNumeric(text)
        })
        else { return nil }
        // The name and the text column alone, read as a table of one item per row.
        return byRows(Table(box: table.box, columns: [table.columns[0], table.columns[t]], rows: rows, headerRowCount: 0), skipping: 0, page: page)
    }
}
