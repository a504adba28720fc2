import Testing
@testable import BrochureKit

/// A narrow sidebar whose lines share their baselines with a table in the main column.
@Suite("Sidebar beside a table")
struct SidebarBesideTableTests {
    @Test("A section heading caught on a table's body row beside figures is a column beside the table, not a cell of it")
    func sectionNameBesideFigures() {
        var b = PageBuilder()
        b.text("採用実績", x: 220, y: 80, size: 11)
        // The sidebar's lines are wrapped to its width and happen to sit on the table's rows.
        let sidebar = ["大臣官房人事課人事班（本館５階）電話", "03-3502-8111（内線6081）メール", "jinji-saiyo@example.go.jp", "アクセス",
                       "東京都千代田区霞が関1-2-1 中央合同庁舎", "東京メトロ丸ノ内線・日比谷線・千代田線", "『霞ケ関』駅 B3a出口直結で雨にぬれず"]
        let years = ["年度", "R3年度", "R4年度", "R5年度", "R6年度", "R7年度", "R8年度"]
        let counts = [["採用者数", "うち女性"], ["7", "3"], ["6", "2"], ["7", "4"], ["6", "3"], ["7", "3"], ["12", "5"]]
        for r in 0..<7 {
            let y = 110 + Double(r) * 16
            b.text(sidebar[r], x: 40, y: y, size: 8)
            b.text(years[r], x: 220, y: y, size: 8)
            // Figures right-aligned under their headers.
            for (c, cell) in counts[r].enumerated() {
                let right = 290 + Double(c) * 45
                let width = cell.unicodeScalars.reduce(0.0) { $0 + (Script.isCJK($1) ? 8 : 4) }
                b.text(cell, x: right - width, y: y, size: 8)
            }
        }
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(lines.contains("R4年度\t6\t2"), "\(lines)")
        #expect(lines.contains("アクセス"), "\(lines)")
    }
}
