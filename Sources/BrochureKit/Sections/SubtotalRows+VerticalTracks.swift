/// A 職種別 table's bare `小計` rows named after the track set vertically beside their group
/// (`事務職` one glyph per line in a cell spanning `行政` … `小計`).
///
/// The layout reads the vertical group cell as a line of its own outside the table, so each
/// group's closing row says only `小計`: no track, while a category whose name contains a
/// track's word (`学校事務`) passes for the whole track. A bare 小計 closes the rows from the
/// previous one (or the first row of figures) down to itself; a vertical line naming a track,
/// set just left of the table with its middle within that group's height, names the group. The
/// 小計 cell is given that name (`事務職小計`), so `preferred` takes it as the track's row.
extension SubtotalRows {
    /// `table` with each bare 小計 label prefixed by the track a vertical line of `blocks` (the
    /// other blocks of the table's page) names beside its group; `table` itself when no group
    /// has exactly one such line.
    static func namedByVerticalTracks(_ table: Table, from blocks: [Block]) -> Table {
        let subtotals = table.rows.indices.filter { r in table.rows[r].first.map { isBare(Normalized.compact($0.text)) } ?? false }
        guard !subtotals.isEmpty else { return table }
        let em = table.rows.flatMap { $0.compactMap(\.box) }.map(\.height).min() ?? 10
        let tracks = blocks.filter { $0.table == nil }.flatMap(\.lines).filter { line in
            line.orientation == .vertical && [.administrative, .technical].contains(ColumnRole(label: line.text))
                && line.box.x1 <= table.box.x0 + em && line.box.x0 >= table.box.x0 - 4 * em
        }
        guard !tracks.isEmpty else { return table }
        // Figures start after the header rows: the first row whose cells after its label hold a number.
        guard let firstFigures = table.rows.indices.first(where: { r in table.rows[r].dropFirst().contains { TableDetector.isNumeric($0.text) } })
        else { return table }
        var result = table
        var start = firstFigures
        for r in subtotals where r >= firstFigures {
            defer { start = r + 1 }
            guard let span = Rect.enclosing(table.rows[start...r].flatMap { $0.compactMap(\.box) }) else { continue }
            let beside = tracks.filter { $0.box.midY >= span.y0 && $0.box.midY <= span.y1 }
            guard beside.count == 1 else { continue }
            result.rows[r][0].text = Normalized.compact(beside[0].text) + result.rows[r][0].text
        }
        return result
    }

    /// `小計` alone, a group's sum that names no track of its own.
    static func isBare(_ label: String) -> Bool {
        label.replacingOccurrences(of: " ", with: "") == "小計"
    }
}
