/// Assignments as one list per track set side by side (`【事務系】` over its units and their
/// counts, `【技術系】` beside it over its own), which the layout reads as one table: each
/// label over a pair of columns, a unit and its count (`議事部 ……… 6名`).
///
/// The wide reader took the labels for a header over columns of counts, so the technical
/// counts came from the other list's column of units and every unit counted no one. Here
/// each label's pair of columns is that track's list. A unit posted both tracks is printed in
/// both lists: it is one unit with a count from each. A count may carry a footnote's mark
/// (`5名*2`), which is no part of it.
enum TrackListsSideBySide {
    /// The units of `table`, when a row of it holds two or more track labels each over a pair
    /// of columns and the pairs below hold names and counts; nil otherwise.
    static func rows(_ table: Table, page: Int) -> [AssignmentRecord.Row]? {
        guard let header = table.rows.firstIndex(where: { labels(in: $0) != nil }), let labels = labels(in: table.rows[header]) else { return nil }
        var rows: [AssignmentRecord.Row] = []
        for (column, role) in labels {
            for cells in table.rows[(header + 1)...] where column + 1 < cells.count {
                let name = Normalized.compact(cells[column].text)
                guard !name.isEmpty, !BulletedAssignments.totalWords.contains(name), count(name) == nil,
                    let n = count(cells[column + 1].text)
                else { continue }
                let index = rows.firstIndex { $0.unit == name } ?? {
                    rows.append(AssignmentRecord.Row(unit: name, administrative: 0, technical: 0))
                    return rows.count - 1
                }()
                if role == .administrative { rows[index].administrative += n } else { rows[index].technical += n }
                let boxes = [cells[column].box, cells[column + 1].box, rows[index].provenance?.box].compactMap { $0 }
                let text = [rows[index].provenance?.text, cells[column].text + "\t" + cells[column + 1].text].compactMap { $0 }.joined(separator: "\n")
                rows[index].provenance = Rect.enclosing(boxes).map { Provenance(page: page, box: $0, text: text) }
            }
        }
        return rows.count >= 2 ? rows : nil
    }

    /// The lists' labels in a row: two or more cells each naming one track, each with an empty
    /// cell after it (over the counts), every other cell empty.
    static func labels(in row: [Table.Cell]) -> [(column: Int, role: ColumnRole)]? {
        var labels: [(column: Int, role: ColumnRole)] = []
        for (c, cell) in row.enumerated() where !Normalized.compact(cell.text).isEmpty {
            let role = ColumnRole(label: cell.text)
            guard role == .administrative || role == .technical, c + 1 < row.count, Normalized.compact(row[c + 1].text).isEmpty else { return nil }
            labels.append((c, role))
        }
        return labels.count >= 2 ? labels : nil
    }

    /// A count (`6名`, `5名*2` with a footnote's mark after it); nil for anything else.
    static func count(_ raw: String) -> Int? {
        let text = Normalized.compact(raw)
        if let n = (try? Headcount.parse(text))??.count { return n }
        // The mark is short: `*2`, `※1`.
        for length in 1...min(3, max(text.count - 1, 1)) where NoteMarksBeside.isMark(String(text.suffix(length))) {
            if let n = (try? Headcount.parse(String(text.dropLast(length))))??.count { return n }
        }
        return nil
    }
}
