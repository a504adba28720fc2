/// A row of headings across a region that failed as one table: the cut above it.
///
/// Slices stacked in a region are kept together while they share a gutter, so a table whose
/// label column is flush with the columns under it (`2021年度` … over `セキュリティセンター` …)
/// goes into one region with them, and the only gutter through all of it runs between the
/// labels and the figures: the cut there took every table's labels away from its figures. A
/// row of nothing but headings (`2025年度採用者の配属先`, `2026年度採用計画`), set larger than
/// the region's body type, starts what it heads; cutting above it first leaves the table
/// whole above and the headed columns below.
enum HeadingRowCut {
    static func above(_ slices: [[Int]], page: PageLines) -> (above: [Int], below: [Int])? {
        guard slices.count >= 3 else { return nil }
        let body = Median.of(slices.flatMap { $0.map { page.lines[$0].fontSize } }, or: 0)
        guard body > 0 else { return nil }
        // (Not the first slice, nor the last: something must lie above and under the row.)
        for k in 1..<(slices.count - 1) where slices[k].allSatisfy({ page.lines[$0].fontSize >= 1.15 * body }) {
            return (slices[..<k].flatMap { $0 }, slices[k...].flatMap { $0 })
        }
        return nil
    }
}
