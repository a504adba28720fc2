import Foundation
import Testing

@testable import BrochureKit

/// Two tables side by side on shared rows, each under its own dated title (holdout36's jst
/// p1: `2025年度採用者の配属先 | 2026年度採用計画`): once `採用計画` names the exam plan, the
/// gutter between two section headings parts the tables (`GutterReading.betweenHeadings`).
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

    @Test("A year's 採用計画 heads its exam plan; a plan of hires in other words does not")
    func plannedHiresTitle() {
        #expect(SectionKind.opened(by: "2026年度採用計画") == .examBreakdown)
        #expect(SectionKind.opened(by: "令和8年度採用計画") == .examBreakdown)
        #expect(SectionKind.opened(by: "中長期の採用計画") == nil)
    }
}
