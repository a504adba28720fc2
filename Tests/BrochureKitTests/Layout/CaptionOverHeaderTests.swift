import Testing
@testable import BrochureKit

/// A table whose caption sentence sits over its header row, under the section's heading.
@Suite("Caption over a table's header")
struct CaptionOverHeaderTests {
    @Test("The rows above a caption sentence over the header (a heading level with a sidebar line and a tag) are not the table's")
    func headingAboveCaption() throws {
        var b = PageBuilder()
        // A sidebar caption level with the heading, the heading's English tag at the right.
        b.text("中原区役所", x: 66, y: 517, size: 6.5)
        b.text("事務職", x: 66, y: 526, size: 6.5)
        b.text("配属実績", x: 154, y: 518, size: 10.5)
        b.text("ASSIGNMENT", x: 512, y: 521, size: 7)
        b.text("令和7年度採用者（事務職158名・技術職74名）の配属先", x: 146, y: 541, size: 7.5)
        b.text("（単位：人、令和7年4月1日現在）", x: 454, y: 541, size: 7)
        b.text("配属先", x: 232, y: 556, size: 8)
        b.text("事務職", x: 386, y: 556, size: 8)
        b.text("技術職", x: 496, y: 556, size: 8)
        let rows = [("総務企画局", "12", "1"), ("財政局", "14", "－"), ("市民文化局", "10", "－"), ("健康福祉局", "16", "4")]
        for (r, row) in rows.enumerated() {
            let y = 572 + Double(r) * 16
            b.text(row.0, x: 154, y: y, size: 7.5)
            b.text(row.1, x: 393, y: y, size: 8.5)
            b.text(row.2, x: 505, y: y, size: 8.5)
        }
        let layout = LayoutEngine().layout(b.page())
        let table = try #require(layout.blocks.compactMap(\.table).first)
        #expect(table.rows.first?.map(\.text) == ["配属先", "事務職", "技術職"], "\(table.rows.map { $0.map(\.text) })")
        #expect(layout.textLines.contains { $0.hasPrefix("配属実績") }, "\(layout.textLines)")
    }
}

/// A multi-year table whose header names each cohort by its Western year (`2023年度採用`).
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
