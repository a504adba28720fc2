import Testing

@testable import BrochureKit

/// Track labels set upright, one glyph a line, just left of a table of job categories, each
/// centred on its group of rows and that group's 小計 row (holdout35's utsunomiya shape): the
/// text layer gives no frame for their tinted cells.
@Suite("Upright group labels beside a table")
struct UprightLabelsBesideTests {
    static let categories = ["行政", "学校事務", "社会福祉", "小計", "土木", "建築", "電気", "機械", "化学", "小計"]

    static func page(labels: [(String, Double)] = [("事務職", 206.5), ("技術職", 291.5)]) -> PageBuilder {
        var b = PageBuilder()
        b.text("職種別の採用者数", x: 49, y: 116, size: 12, bold: true)
        b.text("区分", x: 74, y: 169, size: 8)
        for (c, year) in ["令和3年度", "令和4年度", "令和5年度", "令和6年度", "令和7年度"].enumerated() {
            b.text(year, x: 141 + Double(c) * 71.8, y: 169, size: 8)
        }
        for (r, name) in Self.categories.enumerated() {
            let y = 192 + Double(r) * 17
            b.text(name, x: 66, y: y, size: 8)
            for c in 0..<5 { b.text("\(10 + r + c)", x: 156 + Double(c) * 71.8, y: y, size: 8) }
        }
        b.text("合計", x: 74, y: 362, size: 8)
        for c in 0..<5 { b.text("\(60 + c)", x: 156 + Double(c) * 71.8, y: 362, size: 8) }
        for (label, y) in labels { b.vertical(label, x: 47, y: y, size: 10) }
        return b
    }

    @Test("Each label goes into the first row of the group it is centred on, not into the header of years")
    func labelsInTheirGroupsFirstRows() throws {
        let layout = LayoutEngine().layout(Self.page().page())
        let table = try #require(layout.blocks.compactMap(\.table).first { $0.rows.contains { $0.contains { $0.text == "学校事務" } } })
        let first = table.rows.map { $0.first?.text ?? "" }
        let admin = try #require(table.rows.firstIndex { $0.contains { $0.text == "行政" } })
        let tech = try #require(table.rows.firstIndex { $0.contains { $0.text == "土木" } })
        #expect(first[admin] == "事務職" && first[tech] == "技術職", "\(first)")
        #expect(first.filter { !$0.isEmpty } == ["事務職", "技術職"], "\(first)")
        #expect(!layout.textLines.contains("事務職"), "\(layout.textLines)")
    }

    @Test("One upright word beside a table is a rail heading, not a column of labels: it stays out of the table")
    func oneWordStaysOut() throws {
        let layout = LayoutEngine().layout(Self.page(labels: [("事務職", 206.5)]).page())
        let table = try #require(layout.blocks.compactMap(\.table).first { $0.rows.contains { $0.contains { $0.text == "学校事務" } } })
        #expect(!table.rows.contains { $0.contains { $0.text == "事務職" } })
    }
}
