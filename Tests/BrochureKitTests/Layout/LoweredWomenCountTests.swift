import Testing
@testable import BrochureKit

/// Women's counts set small on a lower baseline right after each count (`12`₍₇₎), rows 17 pt apart.
@Suite("Counts with the women in small lowered type")
struct LoweredWomenCountTests {
    static let rows = [["年度", "事務系", "技術系", "計"], ["令和3年度", "12（7）", "3（1）", "15（8）"],
                       ["令和4年度", "10（6）", "4（1）", "14（7）"], ["令和5年度", "14（8）", "2（0）", "16（8）"],
                       ["令和6年度", "11（5）", "5（2）", "16（7）"], ["令和8年度（予定）", "12", "4", "16"]]

    static func page() -> Page {
        var b = PageBuilder()
        b.text("採用者数の推移（単位：人）", x: 42, y: 165, size: 8.5)
        for (r, row) in rows.enumerated() {
            let y = 181 + Double(r) * 17
            b.text(row[0], x: 46, y: y, size: 8.5)
            for (k, cell) in row.dropFirst().enumerated() {
                let parts = cell.split(separator: "（", maxSplits: 1)
                let x = 150 + Double(k) * 55
                b.text(String(parts[0]), x: x, y: r == 0 ? y : y - 1.4, size: r == 0 ? 8.5 : 10)
                if parts.count == 2 {
                    // (The count's two digits end 10 pt further on; the women follow at once, 2.6 pt lower.)
                    b.text("（" + parts[1], x: x + 5 * Double(parts[0].count), y: y + 4.3, size: 6.5)
                }
            }
        }
        b.text("※（ ）内は女性の数で内数です。", x: 42, y: 301, size: 7.5)
        return b.page()
    }

    @Test("Each count and its women are one cell, and every row stays a row")
    func rowsKept() throws {
        let layout = LayoutEngine().layout(Self.page())
        let table = try #require(layout.blocks.compactMap(\.table).first)
        #expect(table.rows.map { $0.map(\.text) } == Self.rows)
    }

    @Test("A line stands where its largest type does: the small lowered type leaves its box")
    func lineBox() throws {
        let lines = LineBuilder(page: Self.page()).build()
        let cell = try #require(lines.first { $0.text == "12（7）" })
        #expect(cell.box.y1 <= 181 + 17 - 1.4 + 10 + 0.01)
    }
}
