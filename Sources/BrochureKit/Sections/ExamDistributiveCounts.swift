/// Exam-table rows that give one count to each of several jobs (`教育事務・警察事務 | 各3名`),
/// split into one row per job.
///
/// `各` before a count says it applies to each job the row names, joined by `・` (usually glossed
/// by a note, `※「各」は、それぞれの職種の採用予定数です。`). Read as printed the row is one category
/// named `各` or the joined names with a single count, and the track's categories fall short of
/// its planned hires by the count times the jobs left out. Each job becomes a row of its own,
/// the row's height shared out among them, its other cells (track, level) repeated, so every
/// later reader sees an ordinary table of one job per row.
enum ExamDistributiveCounts {
    /// `table` with each body row that holds an each-count (`各3名`) and, left of it, names
    /// joined by `・` replaced by one row per name, each with the bare count (`3名`).
    static func split(_ table: Table) -> Table {
        var rows: [[Table.Cell]] = []
        for (r, row) in table.rows.enumerated() {
            guard r >= table.headerRowCount, let c = row.firstIndex(where: { eachCount($0.text) != nil }),
                let count = eachCount(row[c].text),
                let n = row[..<c].lastIndex(where: { !$0.text.isEmpty }), case let names = jobs(row[n].text), names.count >= 2
            else {
                rows.append(row)
                continue
            }
            for (i, name) in names.enumerated() {
                var copy = row.map { slice($0, part: i, of: names.count) }
                copy[n].text = name
                copy[n].lines = []
                copy[c].text = count
                copy[c].lines = []
                rows.append(copy)
            }
        }
        return Table(box: table.box, columns: table.columns, rows: rows, headerRowCount: table.headerRowCount)
    }

    /// The count of a cell that gives it to each (`各3名`, `各 4人`, `各4`) with the `各` dropped;
    /// nil for any other cell, and for `各若干名`, which holds no number to repeat.
    static func eachCount(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasPrefix("各"), case let rest = trimmed.dropFirst().drop(while: { $0.isWhitespace }),
            let first = rest.first, first.isNumber, ExamGrid.count(in: String(rest)) != nil
        else { return nil }
        return String(rest)
    }

    /// The jobs a cell names joined by `・` (`農業・林業・水産`), each at least two characters
    /// so a bracketed or abbreviated fragment is no job; empty when fewer than two.
    static func jobs(_ text: String) -> [String] {
        let names = text.trimmingWhitespace().split(whereSeparator: { $0 == "・" || $0 == "･" }).map { String($0).trimmingWhitespace() }
        guard names.count >= 2, names.allSatisfy({ $0.count >= 2 }) else { return [] }
        return names
    }

    /// `cell` with its box cut to the `part`-th of `parts` equal horizontal bands, top first.
    private static func slice(_ cell: Table.Cell, part: Int, of parts: Int) -> Table.Cell {
        guard let box = cell.box else { return cell }
        let band = box.height / Double(parts)
        var copy = cell
        copy.box = Rect(x0: box.x0, y0: box.y0 + band * Double(part), x1: box.x1, y1: box.y0 + band * Double(part + 1))
        return copy
    }
}
