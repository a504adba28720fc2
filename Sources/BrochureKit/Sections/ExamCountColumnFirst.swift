/// An exam table whose count column stands before the category's (`区分 | 採用予定数 | 職種 | 試験`
/// over `事務職 | 10 | 警察事務 | …`), read with the two swapped.
///
/// Pairs are read name first, its count after it: the count before the category would be
/// taken for the track's (`事務職 10`) and the category left without one. The header says
/// which column is which: a count (`…数`) right before a category (`職種`, `…区分`), the body's
/// cells figures in the first and words in the second. The cells' places stay as printed;
/// only their contents trade columns.
enum ExamCountColumnFirst {
    /// `table` with each such count column's contents moved after its category's.
    static func reordered(_ table: Table) -> Table {
        guard table.headerRowCount >= 1, let header = table.rows.first, header.count >= 2 else { return table }
        var table = table
        let body = table.rows.indices.dropFirst(table.headerRowCount)
        for c in 0..<(header.count - 1) where saysCount(header[c].text) && namesCategory(header[c + 1].text) {
            let rows = body.filter { table.rows[$0].count > c + 1 }
            let filled = rows.filter { !table.rows[$0][c].text.isEmpty && !table.rows[$0][c + 1].text.isEmpty }
            guard filled.count >= 2, rows.allSatisfy({ r in
                let count = table.rows[r][c].text, name = table.rows[r][c + 1].text
                return (count.isEmpty || TableDetector.isNumeric(count)) && (name.isEmpty || !TableDetector.isNumeric(name))
            })
            else { continue }
            for r in [0] + rows {
                let (count, name) = (table.rows[r][c], table.rows[r][c + 1])
                (table.rows[r][c].text, table.rows[r][c].lines) = (name.text, name.lines)
                (table.rows[r][c + 1].text, table.rows[r][c + 1].lines) = (count.text, count.lines)
            }
            return table
        }
        return table
    }

    /// `採用予定数`, `人数`, `予定数`: a column of counts.
    static func saysCount(_ text: String) -> Bool {
        Normalized.compact(text).hasSuffix("数")
    }

    /// `職種`, `試験区分`: a column of categories.
    static func namesCategory(_ text: String) -> Bool {
        let word = Normalized.compact(text)
        return word.hasSuffix("職種") || word.hasSuffix("区分")
    }
}
