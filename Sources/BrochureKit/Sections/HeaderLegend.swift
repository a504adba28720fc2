/// Column headers abbreviated to a character, spelt out by a legend (`凡例 事：事務系 女：うち女性`).
enum HeaderLegend {
    /// The abbreviations a legend spells out (`事` → `事務系`): each `key：word` pair of a line
    /// or cell opening with `凡例`, or of a row of such pairs, the key one or two characters.
    static func pairs(in texts: [String]) -> [String: String] {
        var found: [String: String] = [:]
        for text in texts where text.contains("凡例") {
            for token in text.split(whereSeparator: { $0.isWhitespace }) {
                guard let colon = token.firstIndex(where: { $0 == "：" || $0 == ":" }) else { continue }
                let key = String(token[..<colon]).replacingOccurrences(of: "凡例", with: "")
                let word = String(token[token.index(after: colon)...])
                if (1...2).contains(key.count), word.count >= 2, found[key] == nil { found[key] = word }
            }
        }
        return found
    }

    /// `table` with its header cells that are a legend's keys spelt out, and the rows that
    /// hold the legend itself dropped: the parser reads `事務系 | うち女性` where the table
    /// prints `事 | 女`.
    static func expanded(_ table: Table, legend texts: [String]) -> Table {
        let rowTexts = table.rows.map { row in row.map(\.text).filter { !$0.isEmpty }.joined(separator: " ") }
        let legend = pairs(in: texts + rowTexts)
        guard !legend.isEmpty else { return table }
        var rows = table.rows.enumerated().filter { !rowTexts[$0.offset].contains("凡例") }.map(\.element)
        let header = max(table.headerRowCount, 1)
        for r in rows.indices.prefix(header) {
            for c in rows[r].indices {
                if let word = legend[rows[r][c].text.trimmingWhitespace()] { rows[r][c].text = word }
            }
        }
        return Table(box: table.box, columns: table.columns, rows: rows, headerRowCount: table.headerRowCount)
    }
}
