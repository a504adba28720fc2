import Testing

@testable import BrochureKit

/// A years-down table whose label column is flush with two headed columns under it.
@Suite("Headings across a region cut it above them")
struct HeadingRowCutTests {
    @Test("A table's labels stay with its figures when headed columns below share the label column's edge")
    func tableAboveHeadedColumns() {
        var b = PageBuilder()
        func right(_ text: String, _ edge: Double, _ y: Double) {
            let width = text.unicodeScalars.reduce(0.0) { $0 + (Script.isCJK($1) ? 8.5 : 4.25) }
            b.text(text, x: edge - width, y: y, size: 8.5)
        }
        b.text("年度", x: 93.5, y: 204, size: 8.5)
        for (i, header) in ["事務系職員", "技術系職員", "合計"].enumerated() { b.text(header, x: 191 + 100 * Double(i), y: 204, size: 8.5) }
        let rows = [("2021年度", ["8（4）", "12（3）", "20（7）"]), ("2022年度", ["9（5）", "14（4）", "23（9）"]),
                    ("2023年度", ["7（3）", "15（4）", "22（7）"]), ("2026年度（計画）", ["12", "18", "30"])]
        for (r, (year, counts)) in rows.enumerated() {
            let y = 220 + 16 * Double(r)
            b.text(year, x: 45, y: y, size: 8.5)
            for (i, count) in counts.enumerated() { right(count, 259 + 100 * Double(i), y) }
        }
        b.text("2025年度採用者の配属先", x: 50, y: 329, size: 11)
        b.text("2026年度採用計画", x: 316, y: 329, size: 11)
        b.text("配属先", x: 107, y: 359, size: 8.5)
        b.text("事務系", x: 207, y: 359, size: 8.5)
        b.text("技術系", x: 257, y: 359, size: 8.5)
        for (r, (unit, counts)) in [("セキュリティセンター", ["2", "6"]), ("デジタル基盤センター", ["1", "5"]), ("戦略企画部", ["2", "－"])].enumerated() {
            let y = 375 + 16 * Double(r)
            b.text(unit, x: 45, y: y, size: 8.5)
            for (i, count) in counts.enumerated() { right(count, 230 + 50 * Double(i), y) }
        }
        for (r, text) in ["事務系職員／大学卒業程度", "総合職（事務）　8名", "技術系職員／大学院修了程度", "情報セキュリティ　4名"].enumerated() {
            b.text(text, x: 316, y: 359 + 16 * Double(r), size: 8.5)
        }
        let lines = LayoutEngine().layout(b.page()).textLines.map { $0.split(separator: "\t").joined(separator: "|") }
        #expect(lines.contains("2021年度|8（4）|12（3）|20（7）"), "\(lines)")
    }
}
