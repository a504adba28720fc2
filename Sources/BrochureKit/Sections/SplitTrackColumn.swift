/// A track's column of counts the layout split in two: the right-aligned counts under their
/// label in one column, and the wider marks for none (`－`) in another, or the other way round.
///
/// The layout groups a column by where its cells sit, and right-aligned figures of different
/// widths under a centred label may fall apart: the digits (`2`) past the label's right end
/// make a column of their own with no header cell, the dashes under the label keep it. Read as
/// it is, the track's column counts no one where a digit stood. Two neighbouring columns, one
/// headed by a track and the other headless, whose body rows never fill both, whose filled
/// cells are all counts or marks for none and end at one right edge, are one column again.
enum SplitTrackColumn {
    /// `table` with every such pair of columns joined under the track's header cell; nil when
    /// there is none. The header is the first row naming a track past the first column.
    static func joined(_ table: Table) -> Table? {
        guard table.rows.allSatisfy({ $0.count == table.columns.count }),
            let header = table.rows.firstIndex(where: { $0.dropFirst().contains { isTrack($0.text) } })
        else { return nil }
        var table = table
        var joinedAny = false
        var c = 1
        while c < table.columns.count {
            if let other = [c + 1, c - 1].first(where: { pairs(table, track: c, headless: $0, header: header) }) {
                table = merged(table, keeping: c, dropping: other)
                joinedAny = true
                if other < c { c -= 1 }
            }
            c += 1
        }
        return joinedAny ? table : nil
    }

    /// Whether column `track` is headed by a track's label and column `headless` beside it is
    /// the rest of its counts.
    static func pairs(_ table: Table, track: Int, headless: Int, header: Int) -> Bool {
        guard headless >= 1, headless < table.columns.count, isTrack(table.rows[header][track].text),
            Normalized.compact(table.rows[header][headless].text).isEmpty
        else { return false }
        let body = table.rows[(header + 1)...]
        var edges: [Double] = []
        var filledHeadless = false
        for row in body {
            let a = row[track], b = row[headless]
            let aFilled = !Normalized.compact(a.text).isEmpty, bFilled = !Normalized.compact(b.text).isEmpty
            if aFilled && bFilled { return false }
            for cell in [a, b] where !Normalized.compact(cell.text).isEmpty {
                guard let box = cell.box, isCount(cell.text) else { return false }
                edges.append(box.x1)
            }
            filledHeadless = filledHeadless || bFilled
        }
        guard filledHeadless, let low = edges.min(), let high = edges.max() else { return false }
        return high - low <= 1
    }

    /// Whether a header cell names a track (`技術系`).
    static func isTrack(_ label: String) -> Bool {
        let role = ColumnRole(label: label)
        return role == .administrative || role == .technical
    }

    /// A count or a mark for none (`12`, `－`).
    static func isCount(_ text: String) -> Bool {
        let compact = Normalized.compact(text)
        guard !compact.isEmpty else { return false }
        // (nil is a mark for none; a text that is no count throws.)
        do { _ = try Headcount.parse(compact) } catch { return false }
        return true
    }

    /// `table` with column `dropping` folded into `keeping`: each row's filled cell of the two.
    static func merged(_ table: Table, keeping: Int, dropping: Int) -> Table {
        var result = table
        let low = min(table.columns[keeping].lowerBound, table.columns[dropping].lowerBound)
        let high = max(table.columns[keeping].upperBound, table.columns[dropping].upperBound)
        result.columns[keeping] = low...high
        result.columns.remove(at: dropping)
        result.rows = table.rows.map { row in
            var row = row
            if Normalized.compact(row[keeping].text).isEmpty, !Normalized.compact(row[dropping].text).isEmpty {
                var cell = row[dropping]
                cell.columnSpan = row[keeping].columnSpan
                row[keeping] = cell
            }
            // A cell spanning over the dropped column spans one column fewer.
            for k in row.indices where k < dropping && k + row[k].columnSpan > dropping && row[k].columnSpan > 1 {
                row[k].columnSpan -= 1
            }
            row.remove(at: dropping)
            return row
        }
        return result
    }
}
