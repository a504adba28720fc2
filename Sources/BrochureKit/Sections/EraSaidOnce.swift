/// A column of years whose era is said only over it: in its header (`年度（令和）` over `3` …
/// `8（予定）`) or in the caption above the table (`令和3年度以降の採用者数` over `3年度` …); or
/// a header row of years, the table turned, under the era alone (`令和` over `3年度` … `8年度`).
///
/// A bare `3年度` or `3` names no era, so no label of the column is read and the table gives no
/// year at all (`EraCarriedYears` reads one only after a label that said its era). When no cell
/// of the first column is a year yet, three or more are bare years rising down it, and the
/// column's header or a caption just above the table names exactly one era, each bare year is
/// read in that era: the cells become `令和3年度` … `令和8年度（予定）`, as if printed so, and the
/// rows read from them take back the labels as printed (`relabelled`).
enum EraSaidOnce {
    /// The eras' names, as ICU gives them (`JapaneseEra`).
    static let eras = JapaneseEra.all.map(\.name)

    /// `table` with its first column's bare years given the era said over them, and each label
    /// so made with the label as printed (`令和3年度` → `3年度`); or `table` and no labels.
    static func applied(to printedTable: Table, from blocks: [Block]) -> (table: Table, printed: [String: String]) {
        guard printedTable.rows.count >= 2, printedTable.rows.allSatisfy({ !$0.isEmpty }) else { return (printedTable, [:]) }
        if printedTable.rows.count >= 4, case let found = downColumn(printedTable, from: blocks), !found.printed.isEmpty { return found }
        return alongHeader(printedTable, from: blocks)
    }

    /// Years down the first column (`3年度` … under `年度（令和）`).
    static func downColumn(_ printedTable: Table, from blocks: [Block]) -> (table: Table, printed: [String: String]) {
        let (table, columnEra) = foldingEraColumn(printedTable)
        let column = table.rows.map { Normalized.compact($0[0].text) }
        let bare = column.map(bareYear)
        let years = bare.compactMap { $0?.year }
        // (The bare years first: reading a label costs an ICU parse, and most columns hold none.)
        guard years.count >= 3, zip(years, years.dropFirst()).allSatisfy({ $0 < $1 }),
            !column.contains(where: { YearLabel($0) != nil }),
            let era = columnEra ?? era(in: column.first ?? "") ?? captionEra(above: table, from: blocks, first: years[0])
        else { return (printedTable, [:]) }
        var rows = table.rows
        var printed: [String: String] = [:]
        for (r, found) in bare.enumerated() {
            guard let found else { continue }
            rows[r][0].text = era + String(found.year) + "年度" + found.rest
            printed[era + String(found.year) + "年度"] = String(column[r].dropLast(found.rest.count))
        }
        return (Table(box: table.box, columns: table.columns, rows: rows, headerRowCount: table.headerRowCount), printed)
    }

    /// Years along the header row (`区分 | 3年度 | … | 8年度（予定）` under a bare `令和` set once
    /// over them, or its corner naming the era): the same reading, the table turned.
    static func alongHeader(_ table: Table, from blocks: [Block]) -> (table: Table, printed: [String: String]) {
        let header = table.rows[0].map { Normalized.compact($0.text) }
        let bare = header.dropFirst().map(bareYear)
        let years = bare.compactMap { $0?.year }
        guard years.count >= 3, zip(years, years.dropFirst()).allSatisfy({ $0 < $1 }),
            !header.contains(where: { YearLabel($0) != nil }),
            let era = era(in: header[0]) ?? captionEra(above: table, from: blocks, first: years[0])
        else { return (table, [:]) }
        var rows = table.rows
        var printed: [String: String] = [:]
        for (c, found) in zip(1..., bare) {
            guard let found else { continue }
            rows[0][c].text = era + String(found.year) + "年度" + found.rest
            printed[era + String(found.year) + "年度"] = String(header[c].dropLast(found.rest.count))
        }
        return (Table(box: table.box, columns: table.columns, rows: rows, headerRowCount: table.headerRowCount), printed)
    }

    /// `table` without a first column that only says the era, once, in a cell spanning the rows
    /// (`令和` top-aligned beside `3年度` … `8年度（予定）`), its header joined to the years'; and
    /// that era. Otherwise `table` as it is, and no era.
    static func foldingEraColumn(_ table: Table) -> (table: Table, era: String?) {
        guard table.columns.count >= 3, table.rows.allSatisfy({ $0.count == table.columns.count }) else { return (table, nil) }
        let body = table.rows.dropFirst(table.headerRowCount).map { Normalized.compact($0[0].text) }
        let said = body.filter { !$0.isEmpty }
        guard said.count == 1, eras.contains(said[0]) else { return (table, nil) }
        let rows = table.rows.enumerated().map { r, row -> [Table.Cell] in
            var years = row[1]
            if r < table.headerRowCount {
                years.text = [row[0].text, row[1].text].filter { !$0.isEmpty }.joined(separator: " ")
                years.box = [row[0].box, row[1].box].compactMap { $0 }.reduce(nil) { $0?.union($1) ?? $1 }
            }
            return [years] + row.dropFirst(2)
        }
        var columns = Array(table.columns.dropFirst())
        columns[0] = table.columns[0].lowerBound...table.columns[1].upperBound
        return (Table(box: table.box, columns: columns, rows: rows, headerRowCount: table.headerRowCount), said[0])
    }

    /// `record` with each row whose label was made here labelled as printed.
    static func relabelled(_ record: HiringRecord?, printed: [String: String]) -> HiringRecord? {
        guard var record, !printed.isEmpty else { return record }
        for r in record.rows.indices {
            if let label = printed[record.rows[r].label] { record.rows[r].label = label }
        }
        return record
    }

    /// `3`, `3年度`, `8（予定）`, `8年度(予定)`: one or two digits, `年度` or not, then nothing or
    /// a bracketed note.
    static func bareYear(_ text: String) -> (year: Int, rest: String)? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let year = Int(digits) else { return nil }
        var rest = text.dropFirst(digits.count)
        if rest.hasPrefix("年度") { rest = rest.dropFirst(2) }
        guard rest.isEmpty || (rest.first == "(" && rest.last == ")") else { return nil }
        return (year, String(rest))
    }

    /// The one era `text` names, if it names exactly one.
    static func era(in text: String) -> String? {
        let named = eras.filter { text.contains($0) }
        return named.count == 1 ? named[0] : nil
    }

    /// The era of a caption line just above the table naming that era's year `first` or an
    /// earlier one (`令和3年度以降の採用者数`), or that is the era alone (`令和`).
    static func captionEra(above table: Table, from blocks: [Block], first: Int) -> String? {
        let em = table.rows.flatMap { $0.compactMap(\.box) }.map(\.height).min() ?? 10
        let lines = blocks.filter { $0.table == nil }.flatMap(\.lines)
            .filter { $0.box.y1 <= table.box.y0 + em / 4 && $0.box.y1 >= table.box.y0 - 3 * em }
        guard let nearest = lines.max(by: { $0.box.y1 < $1.box.y1 }) else { return nil }
        let text = Normalized.compact(nearest.text)
        // (The era alone, set once over the years: `令和` above `3年度` … `8年度`.)
        if eras.contains(text) { return text }
        guard let era = era(in: text), let range = text.range(of: era) else { return nil }
        let digits = text[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
        guard let said = Int(digits), said <= first else { return nil }
        return era
    }
}
