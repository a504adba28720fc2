import Testing

@testable import BrochureKit

/// A landscape leaflet of three panels (三つ折り): no spread's fold inside the middle panel's
/// table, a lead over a wider table read with the table's last column, a numbered list beside
/// another panel's section, and sections that go on in the next panel.
@Suite("Three-panel leaflets")
struct ThreePanelLeafletTests {
    static func line(_ text: String, _ x0: Double, _ x1: Double, y: Double, size: Double = 8.5) -> TextLine {
        TextLine(text: text, box: Rect(x0: x0, y0: y, x1: x1, y1: y + size), fontSize: size, isBold: false, orientation: .horizontal)
    }

    /// Three panels (36–264, 300–528, 565–806): prose, a table with a caption across its first
    /// two columns, prose; the middle table's last two columns 29 pt apart.
    static func panels() -> [TextLine] {
        var lines: [TextLine] = []
        for r in 0..<10 {
            let y = 100 + Double(r) * 16
            lines.append(line("瀬戸内海に浮かぶ長島で入所者の方々の暮らしを", 36, 250, y: y))
            lines.append(line("研修のあと各部署で先輩が一年間指導します", 565, 800, y: y))
        }
        lines.append(line("令和7年度採用者の配属先（単位：人）", 300, 445, y: 84))
        for r in 0..<8 {
            let y = 100 + Double(r) * 16
            lines += [line("リハビリテーション科", 304, 390, y: y), line("1", 453, 465, y: y), line("－", 494, 528, y: y)]
        }
        return lines
    }

    @Test("A gap in the middle panel's table, narrower than the gutters on both sides of it, is no spread's fold")
    func noFoldInsideAPanel() {
        let lines = Self.panels()
        #expect(SpreadSplit.insidePanel(476, lines))
        #expect(SpreadSplit.fold(lines, width: 842, height: 595) == nil)
        // A spread's fold is its widest gap: a half's own gutter may pass it on one side only.
        var spread: [TextLine] = []
        for r in 0..<12 {
            let y = 100 + Double(r) * 16
            spread += [Self.line("経済産業省は産業政策を担います", 30, 190, y: y), Self.line("採用実績と配属の一覧", 260, 380, y: y),
                       Self.line("入省後は本省の各局に配属されます", 460, 800, y: y)]
        }
        #expect(!SpreadSplit.insidePanel(420, spread))
        #expect(SpreadSplit.fold(spread, width: 842, height: 595) != nil)
    }

    @Test("A lead over a hiring table wider than it is read with the table's last column, not cut at the lead's ragged edge")
    func leadOverWiderTable() throws {
        var b = PageBuilder(width: 595, height: 842)
        b.text("瀬戸内海に浮かぶ長島で、入所者の方々の", x: 36, y: 116, size: 9)
        b.text("暮らしと医療を支えています。", x: 36, y: 130, size: 9)
        b.text("看護・医療技術と事務の職員を募集します。", x: 36, y: 144, size: 9)
        b.text("配属実績", x: 306, y: 114, size: 11)
        b.text("令和7年度採用者の配属先（単位：人）", x: 300, y: 137, size: 8)
        b.text("採用実績", x: 42, y: 178, size: 11)
        let hiring = [["年度", "事務", "医療技術", "計"], ["令和3年度", "2（1）", "5（4）", "7（5）"], ["令和4年度", "3（1）", "6（5）", "9（6）"],
                      ["令和5年度", "2（2）", "7（5）", "9（7）"], ["令和6年度", "3（1）", "5（3）", "8（4）"]]
        for (r, row) in hiring.enumerated() {
            for (c, cell) in row.enumerated() { b.text(cell, x: [44, 120, 180, 237][c], y: 219 + Double(r) * 17, size: 8.5) }
        }
        let units = [["配属先", "事務", "医療技術"], ["庶務課", "1", "－"], ["会計課", "1", "－"], ["看護部", "－", "3"], ["薬剤科", "－", "1"], ["放射線科", "－", "1"]]
        for (r, row) in units.enumerated() {
            for (c, cell) in row.enumerated() { b.text(cell, x: [304, 448, 494][c], y: 154 + Double(r) * 16, size: 8.5) }
        }
        let layout = LayoutEngine().layout(b.page())
        let tables = layout.blocks.compactMap(\.table)
        let years = try #require(tables.first { $0.rows.first?.first?.text == "年度" })
        #expect(years.rows.map { $0.map(\.text) } == hiring)
        #expect(tables.contains { $0.rows.map { $0.map(\.text) } == units })
    }

    @Test("A numbered list's numbers standing out before its heading are no column left behind by the table beside")
    func numbersBeforeAHeading() {
        let heading = Rect(x0: 306.6, y0: 52, x1: 384, y1: 63)
        let numbers = (1...4).map { Self.line(String($0), 301, 306, y: 77 + Double($0 - 1) * 14) }
        let items = ["募集案内の公表", "書類選考", "面接", "採用内定"].enumerated().map { Self.line($1, 314, 400, y: 77 + Double($0) * 14) }
        #expect(!TableAcrossGutter.leavesColumnBehind(numbers + items, gutter: 220...300.6, rightHeading: heading))
        #expect(TableAcrossGutter.leavesColumnBehind(numbers, gutter: 220...300.6, rightHeading: heading))
    }
}
