/// Reads the 採用実績 table, with years as rows or as columns.
///
/// A table qualifies when two or more of its first-column cells (or header cells) are fiscal
/// years; the other header labels say which column is the total, 事務系 or 技術系. Counts
/// follow the section's footnote convention for the bracketed women's numbers.
struct HiringParser {
    func parse(_ part: SectionSegmenter.Part) -> HiringRecord? {
        let convention = part.blocks.lazy.compactMap { Headcount.convention(inFootnote: $0.block.lines.map(\.text).joined()) }.first
            ?? .womenIncluded
        for (page, block) in part.blocks {
            guard let table = block.table else { continue }
            if let record = byRows(table, page: page, convention: convention) ?? byColumns(table, page: page, convention: convention) {
                return record
            }
        }
        return nil
    }

    /// Years down the first column, tracks across the header.
    private func byRows(_ table: Table, page: Int, convention: Headcount.Convention) -> HiringRecord? {
        let yearRows = table.rows.indices.filter { YearLabel(table.rows[$0].first?.text ?? "") != nil }
        guard yearRows.count >= 2, let firstYear = yearRows.first else { return nil }
        let header = table.rows[..<firstYear]
        let roles = table.columns.indices.map { c in
            ColumnRole(label: header.map { $0[c].text }.joined())
        }
        let techLabel = table.columns.indices.first { roles[$0] == .technical }.map { c in header.map { $0[c].text }.joined() }
        let rows = yearRows.compactMap { r -> HiringRecord.Row? in
            let cells = table.rows[r]
            guard let year = YearLabel(cells[0].text) else { return nil }
            return row(year, cells: Array(cells.dropFirst()), roles: Array(roles.dropFirst()), convention: convention, page: page)
        }
        return HiringRecord(rows: rows, technicalScope: techLabel.flatMap(ColumnRole.scope), page: page)
    }

    /// Years across the header, tracks down the first column.
    private func byColumns(_ table: Table, page: Int, convention: Headcount.Convention) -> HiringRecord? {
        guard let headerIndex = table.rows.firstIndex(where: { row in row.filter { YearLabel($0.text) != nil }.count >= 2 }) else {
            return nil
        }
        let header = table.rows[headerIndex]
        let body = table.rows[(headerIndex + 1)...]
        let roles = body.map { ColumnRole(label: $0.first?.text ?? "") }
        let techLabel = body.first { ColumnRole(label: $0.first?.text ?? "") == .technical }?.first?.text
        let rows = header.indices.dropFirst().compactMap { c -> HiringRecord.Row? in
            guard let year = YearLabel(header[c].text) else { return nil }
            return row(year, cells: body.map { $0[c] }, roles: roles, convention: convention, page: page)
        }
        return HiringRecord(rows: rows, technicalScope: techLabel.flatMap(ColumnRole.scope), page: page)
    }

    private func row(
        _ year: YearLabel, cells: [Table.Cell], roles: [ColumnRole], convention: Headcount.Convention, page: Int
    ) -> HiringRecord.Row {
        func count(_ role: ColumnRole) -> CountWithWomen? {
            guard let i = roles.firstIndex(of: role), i < cells.count else { return nil }
            let text = cells[i].text
            if text.trimmingWhitespace().isEmpty { return CountWithWomen(count: 0, women: nil) }
            if let parsed = try? Headcount.parse(text, convention: convention) { return CountWithWomen(parsed) }
            return Self.asPrinted(text)
        }
        return HiringRecord.Row(
            fiscalYear: year.fiscalYear, label: year.label, planned: year.planned, total: count(.total),
            administrative: count(.administrative), technical: count(.technical),
            provenance: Rect.enclosing(cells.compactMap(\.box)).map {
                Provenance(page: page, box: $0, text: ([year.label] + cells.map(\.text)).joined(separator: "\t"))
            })
    }

    /// A count the normaliser refuses (`5（6）`: more women than people) kept as printed, so
    /// the cross-check can report it rather than the figure silently becoming 0.
    static func asPrinted(_ raw: String) -> CountWithWomen {
        let text = Normalized.compact(raw)
        let head = text.prefix { $0 != "(" }.filter { $0.isASCII && $0.isNumber }
        let inner = text.drop { $0 != "(" }.dropFirst().prefix { $0 != ")" }.filter { $0.isASCII && $0.isNumber }
        return CountWithWomen(count: Int(String(head)) ?? 0, women: Int(String(inner)))
    }
}
