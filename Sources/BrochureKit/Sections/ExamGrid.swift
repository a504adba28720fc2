/// An exam table with a row per category and a column per exam level: `区分 | 試験区分 |
/// 大卒程度試験 | 院卒程度試験`, a count (`12名`, `―` for none) where the two meet.
///
/// The track is a label over a group of rows, set in one of them: at the group's top (level
/// with its first row) or at its middle. Set at the top, a row takes the last label at or
/// above it; set in the middle, each group runs as far below its label as above it, the last
/// to the table's end (by height where the cells have boxes: a label centred on four rows sits
/// between the second and third). A `合計` row closing the grid is no category and must be
/// each level column's sum.
enum ExamGrid {
    static func entries(in table: Table, page: Int) -> [ExamBreakdown.Entry] {
        let found = entries(in: table, page: page, levelOf: level(of:), columns: 1)
        // Or exams headed by their recruitment route (`新卒採用（大学院卒）` | `キャリア採用`: `ExamRouteLevel`).
        return found.isEmpty ? entries(in: table, page: page, levelOf: ExamRouteLevel.level(of:), columns: 2) : found
    }

    /// The grid read with `levelOf` naming each column's level, when `columns` cells or more of its header name one.
    private static func entries(in table: Table, page: Int, levelOf: (String) -> ExamBreakdown.Level?, columns: Int) -> [ExamBreakdown.Entry] {
        let width = table.rows.map(\.count).min() ?? 0
        // The header: the first row naming a level in two cells or more... or in one, with counts under it.
        guard let header = table.rows.firstIndex(where: { row in row.contains { levelOf($0.text) != nil } }) else { return [] }
        let levels = (0..<width).compactMap { c in levelOf(table.rows[header][c].text).map { (c, $0) } }
        guard levels.count >= columns, let firstLevel = levels.first?.0, firstLevel >= 1 else { return [] }
        let body = Array(table.rows[(header + 1)...])
        // Counts only under the levels: `12名`, `3`, or a dash.
        guard body.count >= 2, body.allSatisfy({ row in levels.allSatisfy { count(in: row[$0.0].text) != nil || isNone(row[$0.0].text) } })
        else { return [] }
        let categoryColumn = firstLevel - 1
        let tracks = trackOfRows(body, before: categoryColumn)
        var entries: [ExamBreakdown.Entry] = []
        var totals: [[Table.Cell]] = []
        var sums: [Int: Int] = [:]
        for (r, row) in body.enumerated() {
            let category = Normalized.compact(row[categoryColumn].text)
            if isTotal(category) {
                totals.append(row)
                continue
            }
            guard !category.isEmpty, !namesTrack(category) || categoryColumn == 0, let track = tracks[r] else { continue }
            for (c, level) in levels {
                guard let n = count(in: row[c].text) else { continue }
                sums[c, default: 0] += n
                let box = Rect.enclosing([row[categoryColumn].box, row[c].box].compactMap { $0 }) ?? table.box
                entries.append(ExamBreakdown.Entry(
                    track: track, level: level, category: category, count: n,
                    provenance: Provenance(page: page, box: box, text: row.map(\.text).joined(separator: "\t"))))
            }
        }
        // A total row under all the tracks (`合計`) is no category: it must be each level column's sum.
        for row in totals where row == body.last {
            for (c, _) in levels {
                guard let n = count(in: row[c].text) else { continue }
                guard n == sums[c, default: 0] else { return [] }
            }
        }
        return entries
    }

    /// A total's label (`合計`, `計`, `小計`): no category.
    static func isTotal(_ label: String) -> Bool {
        ColumnRole(label: label) == .total || ["小計", "総計"].contains(label)
    }

    /// Whether an item's name is a total rather than a category: a total word (`計`, `合計`, `小計`,
    /// `総計`) alone or leading, or a track's subtotal (`事務系計`). 計 inside a word is no total
    /// (`統計・数理`, `会計`, `設計`: categories of their own), nor is 計 opening one (`計測技術`,
    /// `計画`: a kanji or katakana right after it goes on the word; a total's 計 stands alone
    /// or before its figure or bracket, `計(人)`).
    static func namesTotal<S: StringProtocol>(_ text: S) -> Bool {
        ["合計", "小計", "総計"].contains { text.contains($0) } || (text.hasPrefix("計") && !opensWord(text.dropFirst().first))
            || text.hasSuffix("系計")
    }

    /// Whether `next`, the character after a leading 計, carries on a word: a kanji or katakana.
    private static func opensWord(_ next: Character?) -> Bool {
        next.map { Script.isKanji($0) || Script.isKatakana($0) } ?? false
    }

    /// Whether a category cell is a track's label or its subtotal (`事務系`, `技術系計`), not a
    /// category whose name holds a track word (`事務`, `一般事務`, the 一般職 exams' own): only
    /// the track labels say 系.
    static func namesTrack(_ label: String) -> Bool {
        Track(label: label) != .other && label.contains("系")
    }

    /// Each body row's track, from the labels in the columns left of the categories.
    static func trackOfRows(_ body: [[Table.Cell]], before column: Int) -> [Track?] {
        let labels: [(row: Int, track: Track)] = body.indices.compactMap { r in
            body[r].prefix(column).lazy.map { Track(label: Normalized.compact($0.text)) }.first { $0 != .other }.map { (r, $0) }
        }
        guard let first = labels.first else { return body.map { _ in nil } }
        // Where every label and row has its box, by height: a label centred on an even number
        // of rows sits between two, and the layout puts it on either.
        let labelBoxes = labels.compactMap { body[$0.row].prefix(column).first { Track(label: Normalized.compact($0.text)) != .other }?.box }
        let rowBoxes = body.compactMap { Rect.enclosing($0.dropFirst(column).compactMap(\.box)) }
        if labelBoxes.count == labels.count, rowBoxes.count == body.count {
            return ExamTrackColumns.levels(ofRows: rowBoxes, labels: labelBoxes).map { $0.map { labels[$0].track } }
        }
        var result = [Track?](repeating: nil, count: body.count)
        if first.row == 0 {
            for r in body.indices { result[r] = labels.last { $0.row <= r }?.track }
            return result
        }
        var start = 0
        for (i, label) in labels.enumerated() {
            let isLast = i == labels.count - 1
            let end = isLast ? body.count - 1 : min(max(2 * label.row - start, label.row), labels[i + 1].row - 1)
            for r in start...end { result[r] = label.track }
            start = end + 1
            if start >= body.count { break }
        }
        return result
    }

    /// The level a header cell heads: an exam (`…試験`, `…程度`) or the schooling its takers
    /// finish (`学部卒`, and `大学院修了`, the graduate school's word for it).
    static func level(of text: String) -> ExamBreakdown.Level? {
        let t = Normalized.compact(text)
        guard t.count <= 12, t.contains("試験") || t.contains("程度") || t.hasSuffix("卒") || t.hasSuffix("修了") else { return nil }
        return ExamBreakdownParser.level(named: t)
    }

    /// `12名`, `12人`, `12`: a count; nil for anything else. In kanji numerals only with its
    /// unit (`二名`, `十二名`): a kanji numeral alone is as likely a word's (`一般`'s `一`).
    static func count(in text: String) -> Int? {
        var t = Normalized.compact(text)
        // A figure in brackets after the count (`4（5）` under `採用予定数（前年度）`, the year
        // before's; or the women among them) says something about it: the count is the first.
        if t.last == ")", let open = t.lastIndex(of: "("), open > t.startIndex,
            case let inner = t[t.index(after: open)..<t.index(before: t.endIndex)],
            !inner.isEmpty, inner.allSatisfy({ $0.isASCII && $0.isNumber }) || InnerQuota.isInner(inner)
        {
            t = String(t[..<open])
        }
        let unit = t.hasSuffix("名") || t.hasSuffix("人")
        if unit { t.removeLast() }
        // About so many (`約12名`): the count printed.
        if unit, t.first == "約" { t.removeFirst() }
        guard !t.isEmpty, t.count <= 3 else { return nil }
        if t.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(t) }
        guard unit, t.allSatisfy({ JapaneseNumeral.isNumeralCharacter($0) && !$0.isASCII }) else { return nil }
        return try? JapaneseNumeral.value(of: Substring(t), original: text)
    }

    static func isNone(_ text: String) -> Bool {
        Headcount.noneMarks.contains(Normalized.compact(text)) || ["―", "－", "-"].contains(text.trimmingWhitespace())
    }
}
