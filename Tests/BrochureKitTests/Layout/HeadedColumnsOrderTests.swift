import Testing
@testable import BrochureKit

/// Two section headings side by side, each heading its own column.
@Suite("Headed columns reading order")
struct HeadedColumnsOrderTests {
    @Test("An item title right under the left heading is not widened over the page by the right column's table: the left column is read first")
    func itemTitleUnderLeftHeading() {
        var b = PageBuilder()
        b.text("働き方改革", x: 40, y: 43, size: 10.5, bold: true)
        b.text("両立支援制度", x: 305, y: 43, size: 10.5, bold: true)
        for (i, title) in ["〈フリーアドレス〉", "〈木の執務空間〉", "〈現地勤務の経験〉"].enumerated() {
            let y = 63 + Double(i) * 46
            b.text(title, x: 40, y: y, size: 9, bold: true)
            b.text("本庁の執務室をフリーアドレス化し、課を越えた相談がしや", x: 40, y: y + 14, size: 8.5)
            b.text("すくなりました。", x: 40, y: y + 25, size: 8.5)
        }
        // The right column's table starts a little below the left column's first item title.
        for (i, row) in [("制度", "内容"), ("育児休業", "子が３歳に達するまで取得可能"), ("介護休暇", "通算６月以内、３回まで分割可能"),
                         ("子の看護休暇", "年５日（子が２人以上は10日）")].enumerated() {
            b.text(row.0, x: 308, y: 75 + Double(i) * 18, size: 8)
            b.text(row.1, x: 380, y: 75 + Double(i) * 18, size: 8)
        }
        let lines = LayoutEngine().layout(b.page()).textLines
        let lastItem = lines.lastIndex { $0.hasPrefix("〈現地勤務の経験〉") }
        let rightHeading = lines.firstIndex(of: "両立支援制度")
        #expect(lastItem != nil && rightHeading != nil && lastItem! < rightHeading!, "\(lines)")
    }
}
