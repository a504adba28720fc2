import Testing
@testable import BrochureKit

/// Two columns' headings set side by side right under a table, larger than its type: no row
/// of the table.
@Suite("Headings under a table")
struct HeadingsUnderTableTests {
    @Test("Headings a fifth larger than a table's cells, under its last row, stay out of it")
    func headingsStayOut() {
        var b = PageBuilder()
        let rows = [["区分", "試験", "試験区分", "予定数"], ["裁判所事務官", "裁判所職員採用一般職試験", "大卒程度区分", "7"],
                    ["", "", "高卒者区分", "3"], ["技術職員", "技術職員選考採用", "電気", "1"]]
        for (r, row) in rows.enumerated() {
            for (c, cell) in row.enumerated() where !cell.isEmpty {
                b.text(cell, x: [48, 128, 358, 510][c], y: 96 + Double(r) * 16, size: 8.2)
            }
        }
        b.text("研修", x: 53, y: 162, size: 11.5)
        b.text("採用に関するお問い合わせ", x: 294, y: 162, size: 11.5)
        b.text("採用後は高等裁判所での新採用職員研修で、裁判所の仕", x: 44, y: 187, size: 8.5)
        b.text("組みと事務の基本を学びます。", x: 44, y: 200, size: 8.5)
        b.text("前橋地方裁判所事務局総務課人事第一係", x: 290, y: 187, size: 8.5)
        b.text("電話 027-231-4275（代表）", x: 290, y: 200, size: 8.5)
        let layout = LayoutEngine().layout(b.page())
        let tables = layout.blocks.compactMap(\.table)
        #expect(tables.count == 1)
        #expect(tables.first?.rows.count == 4, "\(tables.map { $0.rows.map { $0.map(\.text) } })")
        #expect(layout.textLines.contains("研修") && layout.textLines.contains("採用に関するお問い合わせ"), "\(layout.textLines)")
    }
}
