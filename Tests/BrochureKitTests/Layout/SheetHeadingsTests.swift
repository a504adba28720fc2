import Testing
@testable import BrochureKit

/// A spreadsheet printed with its row numbers and column letters: the headings are no text.
@Suite("Spreadsheet row and column headings")
struct SheetHeadingsTests {
    static let rows = [["年度", "事務", "技術", "計"], ["3", "4（2）", "1（0）", "5（2）"], ["4", "3（1）", "2（1）", "5（2）"], ["5", "5（2）", "1（0）", "6（2）"]]

    /// A title, a blank row and a hiring table on a sheet's rows, 18 pt apart; the row numbers
    /// (from `firstRow`) right-aligned at 61 pt when `numbers`, the letters over the columns
    /// when `letters`.
    static func page(numbers: Bool = true, letters: String = "ABCD", firstRow: Int = 1) -> Page {
        var b = PageBuilder()
        let columns = [70.0, 160, 250, 340]
        for (k, letter) in letters.unicodeScalars.enumerated() { b.text(String(letter), x: columns[k] + 30, y: 45, size: 8) }
        var lines: [[String]] = [["村職員採用案内"], [], ["採用実績"]] + rows + [[], ["※（ ）内は女性の数で内数です。"]]
        lines += [[], ["配属先は本人の希望と適性を考えて決めます。"]]
        for (r, cells) in lines.enumerated() {
            let y = 61 + Double(r) * 18
            if numbers {
                let number = String(firstRow + r)
                b.text(number, x: 61 - Double(number.count) * 4, y: y, size: 8)
            }
            for (k, cell) in cells.enumerated() { b.text(cell, x: columns[k], y: y - 1, size: 10) }
        }
        return b.page()
    }

    @Test("Row numbers and column letters are dropped: the table has its own four columns")
    func dropped() throws {
        for firstRow in [1, 24] {
            let layout = LayoutEngine().layout(Self.page(firstRow: firstRow))
            let table = try #require(layout.blocks.compactMap(\.table).first)
            #expect(table.rows.map { $0.map(\.text) } == Self.rows)
            let text = layout.textLines
            #expect(text.first == "村職員採用案内" && !text.contains { $0.hasPrefix("A") }, "\(text)")
        }
    }

    @Test("Without both kinds of heading, nothing is dropped", arguments: [(true, ""), (true, "ABD"), (false, "ABCD")])
    func kept(numbers: Bool, letters: String) {
        #expect(SheetHeadings.removed(from: Self.page(numbers: numbers, letters: letters)) == nil)
    }

    @Test("A grades table over a numbered list keeps both: the numbers stand in the text's column")
    func gradesAndList() {
        var b = PageBuilder()
        b.text("評価", x: 60, y: 45, size: 10)
        for (k, grade) in ["A", "B", "C"].enumerated() { b.text(grade, x: 160 + Double(k) * 90, y: 45, size: 10) }
        for r in 0..<5 {
            b.text(String(r + 1), x: 60, y: 70 + Double(r) * 18, size: 10)
            b.text("研修の内容を説明します。", x: 75, y: 70 + Double(r) * 18, size: 10)
        }
        #expect(SheetHeadings.removed(from: b.page()) == nil)
    }

    @Test("Row numbers that skip a row are no sheet's")
    func skipped() {
        var page = Self.page()
        page.glyphs.removeAll { $0.scalar == "5" && $0.box.x1 <= 61.5 }
        #expect(SheetHeadings.removed(from: page) == nil)
    }
}
