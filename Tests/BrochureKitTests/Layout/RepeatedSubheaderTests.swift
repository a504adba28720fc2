import Testing
@testable import BrochureKit

/// A table whose column groups each carry the same sub-headers (`採用予定数 | 採用者数` under
/// `事務職`, `技術職` and `計`): words that name a section, said once per group.
@Suite("Repeated sub-headers")
struct RepeatedSubheaderTests {
    static func page() -> PageBuilder {
        var b = PageBuilder()
        let groups: [Double] = [150, 290, 430]
        b.text("年度", x: 50, y: 100, size: 9)
        for (x, name) in zip(groups, ["事務職", "技術職", "計"]) { b.text(name, x: x + 40, y: 100, size: 9) }
        for x in groups {
            b.text("採用予定数", x: x, y: 114, size: 9)
            b.text("採用者数", x: x + 70, y: 114, size: 9)
        }
        let rows = [("令和3年度", ["45", "47（20）", "30", "27（6）", "75", "74（26）"]),
                    ("令和4年度", ["48", "46（21）", "30", "29（7）", "78", "75（28）"]),
                    ("令和5年度", ["50", "52（24）", "32", "30（8）", "82", "82（32）"]),
                    ("令和6年度", ["50", "49（23）", "33", "31（9）", "83", "80（32）"])]
        for (r, (year, cells)) in rows.enumerated() {
            let y = 134 + Double(r) * 18
            b.text(year, x: 50, y: y, size: 9)
            for (c, cell) in cells.enumerated() { b.text(cell, x: groups[c / 2] + (c % 2 == 0 ? 10 : 70), y: y, size: 9) }
        }
        return b
    }

    @Test("The sub-headers are no section headings side by side: one table, the last group whole")
    func oneTable() throws {
        let blocks = LayoutEngine().layout(Self.page().page()).blocks
        let tables = blocks.compactMap(\.table)
        #expect(tables.count == 1, "\(blocks.map { $0.lines.map(\.text) })")
        let table = try #require(tables.first)
        #expect(table.rows.last?.last?.text == "80（32）", "\(table.rows.map { $0.map(\.text) })")
    }

    @Test("Two tables of one design side by side, each under the same section word, are still two")
    func twinHeadingsPart() throws {
        var b = PageBuilder()
        for (x, units) in [(50.0, ["漁政課", "企画課", "水産経営課", "加工流通課", "管理調整課"]), (320.0, ["国際課", "漁業取締課", "研究指導課", "計画課", "整備課"])] {
            b.text("配属先", x: x, y: 100, size: 9)
            b.text("事務系", x: x + 90, y: 100, size: 9)
            b.text("技術系", x: x + 140, y: 100, size: 9)
            for (r, unit) in units.enumerated() {
                let y = 120 + Double(r) * 18
                b.text(unit, x: x, y: y, size: 9)
                b.text("\(r + 1)", x: x + 100 + Double(r % 2) * 50, y: y, size: 9)
            }
        }
        let blocks = LayoutEngine().layout(b.page()).blocks
        let tables = blocks.compactMap(\.table)
        #expect(tables.count == 2, "\(blocks.map { $0.lines.map(\.text) })")
        #expect(tables.allSatisfy { $0.rows.first?.first?.text == "配属先" && $0.columns.count == 3 }, "\(tables.map { $0.rows.map { $0.map(\.text) } })")
    }
}
