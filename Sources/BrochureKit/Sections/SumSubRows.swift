/// A hiring table whose every year spans a band of sub-rows (`総合職` / `一般職` / `計`) in a
/// column of sub-labels beside the years: only the band's sum row is the year's figure.
///
/// The year's cell spans the band, so its text sits on any one of the band's rows (often the
/// middle one) and the other rows carry no year; read as they are, the year would take the
/// figures of whichever sub-row it happens to share. The bands are found by the sum label
/// (`計`, `合計`) alone and kept only when the arithmetic agrees: in every band, each figure
/// column's sum row equals the other rows added up (`－` as none). Sub-rows that name the
/// tracks are another layout (LongFormatHiring), where every sub-row is a figure.
enum SumSubRows {
    /// `table` (years in its first column, `years` read from it) with each band collapsed to
    /// one row: the year's label, then the sum row's cells from the sub-label column on.
    /// Nil unless every year lies in a band of the same height ending on a sum row and the
    /// sums all add up.
    static func collapse(_ table: Table, years: [YearLabel?]) -> (Table, [YearLabel?])? {
        let rows = table.rows
        guard let width = rows.map(\.count).min(), width >= 3 else { return nil }
        let sums = rows.indices.filter { isSum(rows[$0][1].text) && years[$0] == nil }
        guard sums.count >= 2, case let height = sums[1] - sums[0], height >= 2,
            zip(sums, sums.dropFirst()).allSatisfy({ $1 - $0 == height }), sums[0] - height + 1 >= 1
        else { return nil }
        let start = sums[0] - height + 1
        // Only the columns the header names as figures are summed: a table set beside the
        // grid and caught in it adds columns that are no part of it.
        let figures = (2..<width).filter { c in
            [.total, .administrative, .technical].contains(ColumnRole(label: rows[..<start].map { $0[c].text }.joined()))
        }
        var bands: [(year: Int, sum: Int)] = []
        for sum in sums {
            let band = (sum - height + 1)...sum
            let inBand = band.filter { years[$0] != nil }
            // Sub-rows naming tracks (`事務系` / `技術系` / `計`) are the long format: each is a figure.
            guard inBand.count == 1, let year = inBand.first, adds(up: Array(rows[band]), columns: figures),
                band.dropLast().allSatisfy({ Track(label: Normalized.compact(rows[$0][1].text)) == .other })
            else { return nil }
            bands.append((year, sum))
        }
        // Every year read must lie in a band: a year row outside them is another table's.
        guard years.indices.filter({ years[$0] != nil }).allSatisfy({ r in bands.contains { $0.year == r } }) else { return nil }
        var collapsed = Array(rows[..<start])
        var labels = Array(years[..<start])
        for band in bands {
            collapsed.append([rows[band.year][0]] + rows[band.sum].dropFirst())
            labels.append(years[band.year])
        }
        return (Table(box: table.box, columns: table.columns, rows: collapsed, headerRowCount: start), labels)
    }

    /// `計`, `合計` or `小計` alone in a cell. A band per year is a subtotal of the table as a
    /// whole (its level rows `学部卒` / `大学院修了` summed), so it is often printed `小計`.
    static func isSum(_ text: String) -> Bool {
        ["計", "合計", "小計"].contains(Normalized.compact(text))
    }

    /// Whether, in each of `columns`, the last row's leading number is the other rows' added up.
    /// At least one column must hold a sum; a column whose sum cell holds no number is not asked.
    static func adds(up band: [[Table.Cell]], columns: [Int]) -> Bool {
        guard let sumRow = band.last else { return false }
        var checked = 0
        for c in columns {
            guard !Normalized.compact(sumRow[c].text).isEmpty, let total = leading(sumRow[c].text) else { continue }
            let parts = band.dropLast().map { leading($0[c].text) }
            guard parts.allSatisfy({ $0 != nil }), parts.reduce(0, { $0 + ($1 ?? 0) }) == total else { return false }
            checked += 1
        }
        return checked > 0
    }

    /// The number a cell starts with; 0 for a dash or an empty cell (none), nil for other text.
    static func leading(_ text: String) -> Int? {
        let value = Normalized.compact(text)
        if ExamGrid.isNone(text) { return 0 }
        let digits = value.prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : Int(digits)
    }
}
