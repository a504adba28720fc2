/// Fiscal years set just above a grid of track rows that has no header row, each over one of
/// its columns: the header of a table with years across, which the layout left outside it.
///
/// A header row drawn on a tint of its own, or spaced apart from the body, becomes short
/// blocks above the grid, and labels set close together may even come out as one line
/// (`2025年度 2026年度（計画）`). Without them the figures name no year and the table reads as
/// nothing. They become a header row over the table, each label in the column its estimated
/// middle falls in. They are taken only when the grid's first column names two tracks or more
/// and two labels or more above it are years, so a caption or a note above a grid never passes
/// for its header. Two half-tables side by side, the left one's years going on in the right
/// one's, each repeating the row labels, come out as one grid: the second `区分` heads a column
/// of no year, and the halves read as one table. (Track labels over a grid of years down are
/// `HeaderAbove`.)
enum YearHeaderAbove {
    /// `table` with the years among `blocks` (the other blocks of its page) as a header row;
    /// `table` itself when it has a header or a row of years already, or no two years fit.
    static func attach(to table: Table, from blocks: [Block]) -> Table {
        let tracks: [ColumnRole] = [.administrative, .technical, .total]
        guard table.headerRowCount == 0, table.columns.count >= 3,
            table.rows.filter({ tracks.contains(ColumnRole(label: $0.first?.text ?? "")) }).count >= 2,
            !table.rows.contains(where: { YearLabel.carryingEra($0.map(\.text)).compactMap { $0 }.count >= 2 })
        else { return table }
        let em = table.rows.flatMap { $0.compactMap(\.box) }.map(\.height).min() ?? 10
        let column = table.columnReach(em: em)
        var header = table.columns.map { _ in Table.Cell(text: "", box: nil) }
        var box = table.box
        let lines = blocks.filter { $0.table == nil }.flatMap(\.lines).filter {
            $0.box.y1 <= table.box.y0 + em / 4 && $0.box.y1 >= table.box.y0 - 3 * em
        }
        for line in lines.sorted(by: { $0.box.y0 < $1.box.y0 }) {
            let placed = words(of: line)
            let columns = placed.map { column($0.mid) }
            // Every word in a column of its own, or the line is no header (a caption, a note).
            guard placed.allSatisfy({ Normalized.compact($0.text).count <= 12 }), !columns.contains(nil),
                Set(columns).count == columns.count
            else { continue }
            for (word, c) in zip(placed, columns.compactMap { $0 }) { header[c].text += word.text }
            for c in columns.compactMap({ $0 }) { header[c].box = header[c].box.map { $0.union(line.box) } ?? line.box }
            box = box.union(line.box)
        }
        guard YearLabel.carryingEra(header.map(\.text)).compactMap({ $0 }).count >= 2 else { return table }
        return Table(box: box, columns: table.columns, rows: [header] + table.rows, headerRowCount: 1)
    }

    /// The words of `line` (split at its spaces) with their estimated middles: each word as
    /// wide as its characters (a full-width one an em, any other six tenths of one), the first
    /// flush with the line's left edge, the last with its right, the spaces between shared
    /// evenly. Labels of neighbouring columns joined into one line keep their own places.
    static func words(of line: TextLine) -> [(text: String, mid: Double)] {
        let texts = line.text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard texts.count > 1 else { return texts.map { ($0, line.box.midX) } }
        let size = line.fontSize > 0 ? line.fontSize : line.box.height
        let widths = texts.map { $0.reduce(0.0) { $0 + ($1.isASCII ? 0.6 : 1) * size } }
        let gap = max(0, line.box.width - widths.reduce(0, +)) / Double(texts.count - 1)
        var x = line.box.x0
        var placed: [(text: String, mid: Double)] = []
        for (text, width) in zip(texts, widths) {
            placed.append((text, x + width / 2))
            x += width + gap
        }
        return placed
    }
}
