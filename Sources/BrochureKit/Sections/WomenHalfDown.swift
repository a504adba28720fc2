/// Years down, the head counts and the women as two tables side by side that the layout read
/// as one grid: each half opens with its own column of the same years (`令和3年度 | 98 | 61 |
/// 159 | 令和3年度 | 44 | 14 | 58`), and only the second half's caption names the women
/// (`採用者数（人）` over the first, `うち女性（人）` over the second).
///
/// Read as one table the second half's tracks are the same tracks again, and a women's
/// column is looked for beside each count: the caption over the second column of years pairs
/// the women with the total before it, and the year's own digits pass for its women. A column
/// that repeats the first column's years row for row starts a second table; its columns are
/// the women of the first's, track by track.
enum WomenHalfDown {
    /// Count column → women column for each track of the first half, the second half's
    /// columns given no role; empty unless some column `k` (2 or more) holds the same fiscal
    /// year as column 0 in every year row, the halves are as wide (`k` columns each) and name
    /// the same tracks in the same order, and `labels` (each column's header cells joined)
    /// name 女性 over the second half only.
    static func columns(_ table: Table, labels: [String], years: [YearLabel?], roles: inout [ColumnRole]) -> [Int: Int] {
        let width = labels.count
        let yearRows = years.indices.filter { years[$0] != nil }
        guard width >= 6, width % 2 == 0, roles.count == width, yearRows.count >= 2,
            table.rows.allSatisfy({ $0.count >= width })
        else { return [:] }
        let k = width / 2
        // The second column of years: the same year in every year row, none elsewhere.
        let second = YearLabel.carryingEra(table.rows.map { $0[k].text })
        guard second.count == years.count, zip(second, years).allSatisfy({ $0?.fiscalYear == $1?.fiscalYear }) else { return [:] }
        let tracks: [ColumnRole] = [.administrative, .technical, .total]
        let first = Array(roles[1..<k])
        guard first.filter(tracks.contains).count >= 2, Array(roles[(k + 1)...]) == first else { return [:] }
        func namesWomen(_ range: Range<Int>) -> Bool { Normalized.compact(labels[range].joined()).contains("女性") }
        guard namesWomen(k..<width), !namesWomen(0..<k) else { return [:] }
        var pairs: [Int: Int] = [:]
        for c in 1..<k where tracks.contains(roles[c]) { pairs[c] = c + k }
        for c in k..<width { roles[c] = .unknown }
        return pairs
    }
}
