import Testing
@testable import BrochureKit

/// Support systems set as a stepped list: each name at the column's left, its period a line
/// down at the column's right edge (page 2 of holdout27's riken-2026), beside a table.
@Suite("Stepped rows: a value a line under its name at the right edge")
struct SteppedRowsTests {
    static func width(_ text: String, size: Double) -> Double {
        text.unicodeScalars.reduce(0.0) { $0 + (Script.isCJK($1) ? size : size / 2) }
    }

    static func page() -> PageBuilder {
        var b = PageBuilder()
        b.text("配属先", x: 46, y: 212, size: 10)
        for (i, (unit, count)) in [("本部（和光）", "7"), ("和光事業所", "3"), ("筑波事業所", "1"), ("横浜事業所", "3"), ("神戸事業所", "3")].enumerated() {
            b.text(unit, x: 43, y: 250 + Double(i) * 22, size: 8.5)
            b.text(count, x: 200, y: 250 + Double(i) * 22, size: 8.5)
        }
        b.text("両立支援制度", x: 314, y: 212, size: 10)
        for (i, (name, period)) in [("育児休業", "子が3歳に達するまで"), ("育児短時間勤務", "小学校3年生修了まで"), ("介護休業", "通算93日（3回まで分割可）"),
            ("配偶者出産休暇", "2日以内（出産の前後2週間）")].enumerated()
        {
            let y = 238 + Double(i) * 36
            b.text(name, x: 316, y: y, size: 9)
            b.text(period, x: 547 - width(period, size: 8), y: y + 13, size: 8)
        }
        return b
    }

    @Test("Each name is read with its value, before the next name")
    func namesThenValues() throws {
        let lines = LayoutEngine().layout(Self.page().page()).textLines
        let second = try #require(lines.firstIndex(of: "育児短時間勤務"))
        let firstValue = try #require(lines.firstIndex(of: "子が3歳に達するまで"))
        let first = try #require(lines.firstIndex(of: "育児休業"))
        #expect(first < firstValue && firstValue < second, "\(lines)")
    }

    @Test("A row label a line under a year's cell, with the row's figures after it, stays a table's cell")
    func tableRowLabelsAreNoValues() {
        var b = PageBuilder()
        for (i, year) in ["令和3年度", "令和4年度", "令和5年度"].enumerated() {
            let y = 340 + Double(i) * 36
            b.text(year, x: 58, y: y, size: 8.5)
            b.text("採用者数", x: 112, y: y - 9, size: 7.5)
            b.text("うち女性", x: 112, y: y + 9, size: 7.5)
            for (c, x) in [160.0, 210, 260].enumerated() {
                b.text("\(12 + c + i)", x: x, y: y - 9, size: 7.5)
                b.text("\(5 + c)", x: x, y: y + 9, size: 7.5)
            }
        }
        let blocks = LayoutEngine().layout(b.page()).blocks
        #expect(!blocks.contains { $0.lines.map(\.text) == ["令和3年度", "うち女性"] }, "\(blocks.map { $0.lines.map(\.text) })")
    }
}
