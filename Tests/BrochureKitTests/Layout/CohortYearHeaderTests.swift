import Testing
@testable import BrochureKit

/// A header row naming cohorts by Western year over a table of units.
@Suite("Cohort years in a header row")
struct CohortYearHeaderTests {
    @Test("配属先 beside 2023年度採用 is a header row, not a section name beside a figure: the unit column stays in the table")
    func westernYearHeads() throws {
        var b = PageBuilder()
        b.text("配属先", x: 94, y: 71, size: 8)
        for (g, year) in ["2023年度採用", "2024年度採用", "2025年度採用"].enumerated() {
            let x = 192 + Double(g) * 128
            b.text(year, x: x + 18, y: 64, size: 7.5)
            b.text("事務職", x: x, y: 80, size: 6.8)
            b.text("情報技術職", x: x + 58, y: 80, size: 6.8)
        }
        let rows = [("総務部", ["2", "－", "1", "－", "2", "－"]), ("財務部", ["2", "－", "2", "－", "2", "－"]),
                    ("情報部", ["1", "4", "1", "5", "1", "5"]), ("計", ["5", "4", "4", "5", "5", "5"])]
        for (r, row) in rows.enumerated() {
            let y = 95 + Double(r) * 16
            b.text(row.0, x: 45, y: y, size: 7.5)
            for (c, cell) in row.1.enumerated() {
                b.text(cell, x: 200 + Double(c / 2) * 128 + Double(c % 2) * 64, y: y, size: 8)
            }
        }
        let table = try #require(LayoutEngine().layout(b.page()).blocks.compactMap(\.table).first)
        let labels = table.rows.map { $0.first.map(\.text) ?? "" }
        #expect(labels.contains("総務部"), "\(labels)")
        #expect(SectionNameInTableBody.opensWithYear("2023年度採用") && !SectionNameInTableBody.opensWithYear("2023"))
    }
}
