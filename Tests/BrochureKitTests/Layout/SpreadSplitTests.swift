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

    @Test("A table running across the fold is read as one band after the halves above it")
    func tableAcrossFold() throws {
        var b = PageBuilder(width: 842, height: 595)
        for i in 0..<6 { b.text("横浜市は日本最大の基礎自治体で市民の暮らしを支えます", x: 30, y: 60 + Double(i) * 14, size: 9) }
        b.text("数字で見る横浜市", x: 443, y: 60, size: 11)
        for i in 0..<5 { b.text("数字はいずれも市の公表資料をもとに概数で示しています", x: 443, y: 80 + Double(i) * 14, size: 9) }
        b.text("採用実績 大学卒程度等採用試験による採用者数", x: 38, y: 260, size: 8.5)
        let rows = [["年度", "事務", "技術", "合計"], ["令和3年度", "178名", "95名", "273名"], ["令和4年度", "184名", "90名", "274名"],
                    ["令和5年度", "190名", "97名", "287名"], ["令和6年度", "195名", "99名", "294名"]]
        for (r, row) in rows.enumerated() {
            // The fold (x 421) runs between the 事務 and 技術 columns.
            for (c, cell) in row.enumerated() { b.text(cell, x: [75, 240, 450, 680][c], y: 282 + Double(r) * 19, size: 9) }
        }
        b.text("※令和6年度は採用予定数です。", x: 30, y: 384, size: 8)
        let layout = LayoutEngine().layout(b.page())
        let table = try #require(layout.blocks.first { $0.table != nil }?.table)
        #expect(table.rows.map { $0.map(\.text) } == rows)
        let lines = layout.textLines
        let heading = try #require(lines.firstIndex { $0.hasPrefix("採用実績") })
        let rightTop = try #require(lines.firstIndex(of: "数字で見る横浜市"))
        #expect(rightTop < heading)
        // Prose on both pages meeting across the fold is no table: a plain spread.
        let prose = LineBuilder(page: Self.spread().page()).build()
        let fold = try #require(SpreadSplit.fold(prose, width: 1190, height: 842))
        #expect(SpreadBand.across(prose, fold: fold) == nil)
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
