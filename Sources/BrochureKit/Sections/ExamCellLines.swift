/// Categories and their counts printed in two cells side by side, one item per line
/// (`法律` / `経済` / `教養` beside `３名` / `１名` / `１名`), read as the pairs they are.
///
/// The breakdown reader wants a category and its count in one piece (`法律：3名`); a grid that
/// sets them apart by a space wide enough to make two columns leaves a cell of names and a
/// cell of bare counts, and with several items in a cell their order is only line by line.
/// Each count goes with the category line level with it that starts left of it, the nearest
/// such; where a cell is taller than its neighbour the layout may put some of its lines in the
/// next row (a track cell centred between two rows splits them), so lines are matched by
/// height, not by row.
enum ExamCellLines {
    private struct Line {
        var text: String
        var box: Rect
        var cell: [Int]
        /// A line wholly in brackets (`（要免許）` under `薬剤師` in its cell): it qualifies a name,
        /// and names a count only where no other name is level with it.
        var qualifier = false
    }

    /// The pairs as pieces at the place of their count's cell, and the cells they use up
    /// wholly (read again, a cell of counts alone would give counts without names).
    static func pairs(in table: Table) -> (pieces: [(row: Int, piece: ExamTableCells.Piece)], consumed: Set<[Int]>) {
        var names: [Line] = []
        var counts: [Line] = []
        var lineCount: [[Int]: Int] = [:]
        // A track cell spanning its rows (`事務系` over blank cells) stands left of each of them.
        let spanning = ExamTrackedRowNames.spanningTrackColumn(in: table)
        // A column headed as a count (`人数`) or by its unit (`人`) prints its figures bare (`90`).
        let countColumns = Set(table.rows.first.map { $0.indices.filter { c in headsCounts(table.rows[0][c].text) } } ?? [])
        for (r, row) in table.rows.enumerated() where r >= table.headerRowCount {
            // A row that names its track in a cell of its own (`事務職 | 事務 | 48名`, the track
            // repeated on every row) has its categories right of it: there a track word is a name.
            let trackCell = spanning ?? ExamTrackedRowNames.trackColumn(of: row)
            // Under a track's own row (`事務系 | 115名`) a track word names a category.
            let group = ExamTrackedRowNames.groupLabel(in: table, above: r)
            for (c, cell) in row.enumerated() {
                guard let box = cell.box else { continue }
                let whole = Normalized.compact(cell.text)
                let named = trackCell.map { c > $0 && ExamTrackedRowNames.isName(whole, beside: row[$0].text) } ?? false
                    || (ExamTrackedRowNames.headsCategories(table, column: c) && ExamTrackedRowNames.isName(whole, beside: nil))
                    || group.map { ExamTrackedRowNames.isName(whole, beside: $0) } == true
                // A cell naming a track or level is a label, not a list of categories.
                // (A track word after a qualifier, `一般事務`, is a category's: `ExamTrackedRowNames.isQualifiedName`.)
                // (A category naming its level in brackets, `法文系（学部卒）`, is a name: `ExamBracketLevel`.)
                guard !whole.isEmpty, named || Track(label: whole) == .other || ExamTrackedRowNames.isQualifiedName(whole),
                    ExamBreakdownParser.level(named: whole) == nil || ExamBracketLevel.level(of: whole) != nil
                else { continue }
                let raws = cell.lines.isEmpty ? [cell.text] : cell.lines
                let height = box.height / Double(raws.count)
                // A name broken after a `・` is one item over its lines (`items`).
                let texts = Self.items(raws.map { Normalized.compact($0) })
                lineCount[[r, c]] = texts.count
                for (raw, span) in texts {
                    var text = raw
                    // (So does one with a figure in brackets after it, `4（5）`: `ExamGrid.count`.)
                    // (And one with a part of it in brackets, `42名（うち社会人経験者枠6名）`: `InnerQuota`.)
                    if countColumns.contains(c), r > 0, let outer = InnerQuota.stripped(text) { text = outer }
                    if countColumns.contains(c), r > 0, !text.isEmpty, text.allSatisfy({ $0.isASCII }), let n = ExamGrid.count(in: text) { text = "\(n)名" }
                    let line = Line(
                        text: text, box: Rect(x0: box.x0, y0: box.y0 + Double(span.lowerBound) * height, x1: box.x1, y1: box.y0 + Double(span.upperBound + 1) * height),
                        cell: [r, c])
                    if isBareCount(text) {
                        counts.append(line)
                    } else if isName(text) || (named && texts.count == 1) || ExamTrackedRowNames.isQualifiedName(text) {
                        var name = line
                        name.qualifier = NameColumn.isBracketed(text)
                        names.append(name)
                    }
                }
            }
        }
        var used = Set<Int>()
        var usedLines: [[Int]: Int] = [:]
        var pieces: [(row: Int, piece: ExamTableCells.Piece)] = []
        for count in counts {
            let candidates = names.indices.filter { i in
                !used.contains(i) && names[i].box.x0 < count.box.x0 - 1
                    && abs(names[i].box.midY - count.box.midY) <= 0.6 * max(names[i].box.height, count.box.height)
            }
            let unqualified = candidates.filter { !names[$0].qualifier }
            guard let best = ExamLinePairs.nearest(to: count.box, among: unqualified.isEmpty ? candidates : unqualified, box: { names[$0].box }) else { continue }
            used.insert(best)
            let name = names[best]
            usedLines[name.cell, default: 0] += 1
            usedLines[count.cell, default: 0] += 1
            pieces.append((count.cell[0], ExamTableCells.Piece(
                text: name.text + ":" + count.text, box: name.box.union(count.box), column: count.cell[1], header: false)))
        }
        let consumed = Set(usedLines.filter { lineCount[$0.key] == $0.value }.keys)
        return (pieces, consumed)
    }

    /// A header naming what its column counts (`人数`, `採用予定数`, `人数（人）`), no figure in it.
    static func namesCount(_ text: String) -> Bool {
        var compact = Normalized.compact(text)
        // Its unit in brackets after it (`人数（人）`, `予定数(名)`).
        if compact.hasSuffix(")"), let open = compact.lastIndex(of: "(") { compact = String(compact[..<open]) }
        // (Or the people to take, `募集人員`, `採用人員`.)
        return (compact.hasSuffix("数") || compact.hasSuffix("人員")) && compact.count <= 6 && !compact.contains(where: \.isNumber)
    }

    /// `３名`, `12人`: a count and nothing else.
    static func isBareCount(_ text: String) -> Bool {
        (text.hasSuffix("名") || text.hasSuffix("人")) && ExamGrid.count(in: text) != nil
    }

    /// A category name alone: no figure, no level word (`試験`, the second line of `大卒程度`/`試験`).
    /// A kanji numeral inside a word is no figure (`一般行政`'s `一`); one with its unit is (`二名`).
    static func isName(_ text: String) -> Bool {
        ExamBreakdownParser.looksLikeCategory(Substring(text)) && !text.contains(where: { $0.isASCII && $0.isNumber }) && ExamGrid.count(in: text) == nil
            && !text.hasSuffix("試験") && (ExamBreakdownParser.level(named: text) == nil || ExamBracketLevel.level(of: text) != nil)
            && Track(label: text) == .other
    }
}
