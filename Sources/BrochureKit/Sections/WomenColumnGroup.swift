/// Years across and tracks down one column of labels, the header giving the same years twice:
/// under a caption for the head counts (`採用者数（人）`), then again under one naming the
/// women (`うち女性（人）`), both groups sharing the row labels at the left.
///
/// Unlike `WomenTableBeside` the second group has no label column of its own. Read as one
/// table, each year comes twice and the women pass for a second reading of the year's heads.
enum WomenColumnGroup {
    /// Count column → women column for each year of the first group, when `years` (the header
    /// row's labels by column) give the same fiscal years in the same order twice over, the
    /// second run starting right after the first, and a header row above names 女性 over the
    /// second run only. Nil for any other header.
    static func columns(_ table: Table, header: Int, years: [YearLabel?]) -> [Int: Int]? {
        let columns = years.indices.filter { years[$0] != nil }
        guard columns.count >= 4, columns.count % 2 == 0, header > 0 else { return nil }
        let half = columns.count / 2
        let first = Array(columns[..<half])
        let second = Array(columns[half...])
        guard first.map({ years[$0]!.fiscalYear }) == second.map({ years[$0]!.fiscalYear }),
            zip(first, first.dropFirst()).allSatisfy({ $1 == $0 + 1 }),
            zip(second, second.dropFirst()).allSatisfy({ $1 == $0 + 1 }),
            // Nothing but other labels between the runs: no label column for the women's own.
            second[0] == first[half - 1] + 1,
            // Each year of the first run a year no earlier one repeats.
            Set(first.map { years[$0]!.fiscalYear }).count == half
        else { return nil }
        func namesWomen(_ range: ClosedRange<Int>) -> Bool {
            table.rows[..<header].contains { row in
                Normalized.compact(row[range.clamped(to: 0...(row.count - 1))].map(\.text).joined()).contains("女性")
            }
        }
        guard table.rows.allSatisfy({ $0.count > second.last! }),
            namesWomen(second[0]...second.last!), !namesWomen(0...first.last!)
        else { return nil }
        return Dictionary(uniqueKeysWithValues: zip(first, second))
    }
}
