import Testing
@testable import BrochureKit

/// Two pages printed side by side on one landscape sheet.
@Suite("Spreads")
struct SpreadSplitTests {
    /// An A3 sheet: prose on the left page, a table on the right page, on shared baselines.
    static func spread(titleAcross: Bool = false) -> PageBuilder {
        var b = PageBuilder(width: 1190, height: 842)
        if titleAcross { b.text("経済産業省総合職採用案内２０２５年度版のご案内と各種制度の一覧について", x: 300, y: 20, size: 16) }
        b.text("日本の経済と産業の未来を描く", x: 40, y: 60, size: 12)
        for i in 0..<8 {
            b.text("経済産業省は産業政策や通商政策など日本経済を支える幅広い政策を担っています", x: 40, y: 90 + Double(i) * 20, size: 10)
        }
        b.text("採用実績", x: 627, y: 60, size: 12)
        for (i, row) in [["年度", "2021年度", "2022年度"], ["合計", "76（25）", "79（29）"], ["事務系", "46（17）", "48（20）"],
                         ["技術系", "30（8）", "31（9）"]].enumerated() {
            for (c, cell) in row.enumerated() { b.text(cell, x: 631 + Double(c) * 120, y: 90 + Double(i) * 20, size: 10) }
        }
        for i in 0..<6 {
            b.text("入省後は本省の各局に配属され若手のうちから政策の企画立案に携わります", x: 627, y: 200 + Double(i) * 20, size: 10)
        }
        return b
    }

    @Test("A spread is read page by page: the left page whole, then the right, whose table keeps to itself")
    func readPageByPage() throws {
        let layout = LayoutEngine().layout(Self.spread().page())
        let lines = layout.textLines
        let lastLeft = try #require(lines.lastIndex { $0.hasPrefix("経済産業省は") })
        let firstRight = try #require(lines.firstIndex(of: "採用実績"))
        #expect(lastLeft < firstRight)
        let table = try #require(layout.blocks.first { $0.table != nil }?.table)
        #expect(table.rows.first?.first?.text == "年度")
        #expect(table.rows.count == 4)
    }

    @Test("A title across the middle leaves no fold; a portrait page is never a spread")
    func noFold() {
        let across = LineBuilder(page: Self.spread(titleAcross: true).page()).build()
        #expect(SpreadSplit.fold(across, width: 1190, height: 842) == nil)
        let lines = LineBuilder(page: Self.spread().page()).build()
        #expect(SpreadSplit.fold(lines, width: 1190, height: 842) != nil)
        #expect(SpreadSplit.fold(lines, width: 842, height: 1190) == nil)
    }
}
