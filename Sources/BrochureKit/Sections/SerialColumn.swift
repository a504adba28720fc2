/// A table's first column of serial numbers (`No. | 配属先 | 事務職 | 技術職`, rows 1, 2, 3 …):
/// it counts the rows and names nothing, so the units are in the column after it.
///
/// Being filled on every row, it would otherwise be taken for the units' column (each unit
/// read as `1`, `2` …) or for a group column prefixing every unit. It is told by its header
/// label (`No.`, `番号`, `#`) or, headed or not, by its figures: 1, 2, 3 … down the rows.
enum SerialColumn {
    /// The labels a serial column is headed by.
    static let labels: Set<String> = ["No.", "No", "NO.", "NO", "番号", "#"]

    /// `table` and `roles` without a first column of serial numbers, when the column after it
    /// holds text (the units) and the counts come later; nil when the first column is none.
    static func dropped(_ table: Table, header headerIndex: Int, roles: [ColumnRole]) -> (Table, [ColumnRole])? {
        let labelColumns = roles.firstIndex { $0 == .administrative || $0 == .technical } ?? 1
        guard labelColumns >= 2, isSerial(table, header: headerIndex) else { return nil }
        // A header cell spanning the numbers and the names (`配属先` over both) heads the units:
        // its role is theirs, so nothing is dropped.
        if headerIndex >= 0, table.rows[headerIndex].first?.columnSpan ?? 1 > 1 { return nil }
        let body = table.rows[(headerIndex + 1)...]
        // The next column names the units: text, not figures, on some row.
        guard body.contains(where: { $0.count > 1 && isName(Normalized.compact($0[1].text)) }) else { return nil }
        var stripped = table
        stripped.rows = table.rows.map { $0.isEmpty ? $0 : Array($0.dropFirst()) }
        stripped.columns = Array(table.columns.dropFirst())
        return (stripped, Array(roles.dropFirst()))
    }

    /// Whether the first column is headed as a serial column, or its filled body cells read
    /// 1, 2, 3 … n (n of at least 3) down the rows: a column of names or figures of any other
    /// kind (a 部 over its 課, counts) is none.
    static func isSerial(_ table: Table, header headerIndex: Int) -> Bool {
        if headerIndex >= 0, let label = table.rows[headerIndex].first.map({ Normalized.compact($0.text) }), labels.contains(label) {
            return true
        }
        let printed = table.rows[(headerIndex + 1)...].compactMap { $0.first.map { Normalized.compact($0.text) } }.filter { !$0.isEmpty }
        guard printed.count >= 3, printed.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return false }
        return printed.enumerated().allSatisfy { Int($0.element) == $0.offset + 1 }
    }

    /// A unit's name: holds a character other than a figure, a dash or a mark.
    private static func isName(_ text: String) -> Bool {
        text.contains { $0.isLetter }
    }
}
