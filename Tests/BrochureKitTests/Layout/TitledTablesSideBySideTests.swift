import Foundation
import Testing

@testable import BrochureKit

/// Two tables side by side on shared rows, each under its own dated title (holdout36's jst
/// p1: `2025年度採用者の配属先 | 2026年度採用計画`): no table heads two sections.
@Suite("Titled tables side by side")
struct TitledTablesSideBySideTests {
    @Test("The two titles stay headings and each table stands apart")
    func twoTables() throws {
        let pdf = try PDFDocument(path: FixtureFiles.root.appendingPathComponent("holdout36/jst-2026.pdf").path)
        let page = LayoutEngine().layout(try pdf.page(1))
        let tables = page.blocks.compactMap(\.table)
        let units = tables.first { $0.rows.contains { $0.contains { $0.text == "配属先" } } }
        let exams = tables.first { $0.rows.contains { $0.contains { $0.text == "職種" } } }
        #expect(units != nil && exams != nil)
        #expect(units.map { !$0.rows.contains { $0.contains { $0.text == "職種" } } } == true)
        #expect(page.blocks.contains { $0.table == nil && $0.lines.first?.text == "2026年度採用計画" })
    }

    @Test("A row of two different sections' titles is no table's; one title over its columns is")
    func titlesOfTwoSections() {
        func table(_ rows: [[String]]) -> Table {
            Table(box: Rect(x0: 0, y0: 0, x1: 100, y1: 100), columns: [0...10, 20...30, 40...50],
                  rows: rows.map { $0.map { Table.Cell(text: $0, box: nil) } }, headerRowCount: 1)
        }
        #expect(RegionSegmenter.titlesTwoSections(table([["2025年度採用者の配属先", "", "2026年度採用計画"], ["総務部", "3", "行政"]])))
        #expect(!RegionSegmenter.titlesTwoSections(table([["2025年度入社者の配属", "事務系", "技術系"], ["総務部", "3", "1"]])))
        #expect(SectionKind.opened(by: "2026年度採用計画") == .examBreakdown)
        #expect(SectionKind.opened(by: "中長期の採用計画") == nil)
    }
}
