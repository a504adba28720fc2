import Testing
@testable import BrochureKit

/// Upright words inside a table's frame (holdout29's miyagi-2026, holdout14's nite-2026): column
/// heads over narrow columns of counts and labels of groups of rows become cells.
@Suite("Upright cells in tables")
struct UprightCellsTests {
    static func cell(_ text: String, _ box: Rect?) -> Table.Cell { Table.Cell(text: text, box: box) }
    static func upright(_ text: String, _ box: Rect) -> TextLine {
        TextLine(text: text, box: box, fontSize: 8, isBold: false, orientation: .vertical)
    }

    @Test("An upright word over an empty header cell names the column of counts under it")
    func columnHeads() {
        let header = [Self.cell("年度", Rect(x0: 60.5, y0: 244.55, x1: 77.5, y1: 253.05)), Self.cell("", nil), Self.cell("", nil),
                      Self.cell("計", Rect(x0: 172.75, y0: 244.55, x1: 181.25, y1: 253.05))]
        let body = [Self.cell("令和3年度", Rect(x0: 49.37, y0: 272.55, x1: 88.63, y1: 281.05)),
                    Self.cell("98", Rect(x0: 111.75, y0: 272.55, x1: 122.25, y1: 281.05)),
                    Self.cell("61", Rect(x0: 141.75, y0: 272.55, x1: 152.25, y1: 281.05)),
                    Self.cell("159", Rect(x0: 169.12, y0: 272.55, x1: 184.88, y1: 281.05))]
        let table = Table(box: Rect(x0: 49, y0: 244.55, x1: 185, y1: 281.05),
                          columns: [49...89, 108.97...125.03, 139.12...154.88, 168.97...185.03], rows: [header, body], headerRowCount: 1)
        var tables = [(table: table, lines: [TextLine]())]
        var rest = [Self.upright("事務系", Rect(x0: 112.75, y0: 235.63, x1: 121.25, y1: 261.98)),
                    Self.upright("技術系", Rect(x0: 142.75, y0: 235.63, x1: 151.25, y1: 261.98))]
        UprightCells.absorb(&tables, from: &rest)
        #expect(tables[0].table.rows[0].map(\.text) == ["年度", "事務系", "技術系", "計"])
        #expect(rest.isEmpty)
    }

    /// Rows of the nite-2026 assignment table: 部門 | 課 | 事務系 | 技術系, groups of 2, 3, 3 and 2 rows.
    static func groupedTable(pitch: Double = 14.2) -> Table {
        let units = ["人事課", "企画課", "リスク評価課", "安全審査課", "情報業務課", "製品安全技術課", "事故調査課", "燃焼機器安全課", "認定企画課", "試験所認定課"]
        let rows = [[cell("部門", Rect(x0: 60, y0: 300, x1: 76, y1: 308)), cell("課", Rect(x0: 150, y0: 300, x1: 158, y1: 308)),
                     cell("事務系", Rect(x0: 250, y0: 300, x1: 274, y1: 308)), cell("技術系", Rect(x0: 300, y0: 300, x1: 324, y1: 308))]]
            + units.enumerated().map { i, unit in
                let y = 314 + Double(i) * pitch
                return [cell("", nil), cell(unit, Rect(x0: 150, y0: y, x1: 150 + 8 * Double(unit.count), y1: y + 8)),
                        cell("1", Rect(x0: 258, y0: y, x1: 262, y1: y + 8)), cell("", nil)]
            }
        return Table(box: Rect(x0: 50, y0: 300, x1: 330, y1: 314 + 9 * pitch + 8),
                     columns: [50...130, 150...230, 250...274, 300...324], rows: rows, headerRowCount: 1)
    }

    /// An upright label centred on rows `first...last` of the grouped table (body rows from 1).
    static func label(_ text: String, rows first: Int, _ last: Int, pitch: Double = 14.2) -> TextLine {
        let top = 314 + Double(first - 1) * pitch, bottom = 314 + Double(last - 1) * pitch + 8
        let height = Double(text.count) * 8, middle = (top + bottom) / 2
        return upright(text, Rect(x0: 86, y0: middle - height / 2, x1: 94, y1: middle + height / 2))
    }

    @Test("Upright labels of groups go into each group's first row, even a label taller than its group")
    func rowGroups() {
        var tables = [(table: Self.groupedTable(), lines: [TextLine]())]
        var rest = [Self.label("企画管理部", rows: 1, 2), Self.label("化学物質管理センター", rows: 3, 5),
                    Self.label("製品安全センター", rows: 6, 8), Self.label("認定センター", rows: 9, 10)]
        UprightCells.absorb(&tables, from: &rest)
        #expect(tables[0].table.rows.map { $0[0].text } == ["部門", "企画管理部", "", "化学物質管理センター", "", "", "製品安全センター", "", "", "認定センター", ""])
        #expect(rest.isEmpty)
    }

    @Test("Upright labels left of the first column become a column of their own")
    func leadingColumn() {
        let rows = [[Self.cell("職種", Rect(x0: 414.5, y0: 245.8, x1: 430.5, y1: 253.8)), Self.cell("人数", Rect(x0: 518.5, y0: 245.8, x1: 534.5, y1: 253.8))]]
            + ["行政", "警察行政", "教育行政", "総合土木", "農業"].enumerated().map { i, name in
                let y = 260.9 + Double(i) * 14.2
                return [Self.cell(name, Rect(x0: 414.5, y0: y, x1: 414.5 + 16 * Double(name.count) / 2, y1: y + 8)),
                        Self.cell("6", Rect(x0: 551.55, y0: y, x1: 556.5, y1: y + 8))]
            }
        let table = Table(box: Rect(x0: 392, y0: 245.8, x1: 556.5, y1: 325.7), columns: [414.5...461, 546.61...556.5], rows: rows, headerRowCount: 1)
        var tables = [(table: table, lines: [TextLine]())]
        var rest = [Self.upright("事務系", Rect(x0: 396, y0: 266.7, x1: 404, y1: 291.5)),
                    Self.upright("技術系", Rect(x0: 396, y0: 303.5, x1: 404, y1: 325.4))]
        UprightCells.absorb(&tables, from: &rest)
        #expect(tables[0].table.columns.count == 3)
        #expect(tables[0].table.rows.map { $0[0].text } == ["", "事務系", "", "", "技術系", ""])
    }

    @Test("An upright word outside every table, or a long upright sentence, stays where it is")
    func outsideStays() {
        var tables = [(table: Self.groupedTable(), lines: [TextLine]())]
        var rest = [Self.upright("採用案内", Rect(x0: 560, y0: 300, x1: 568, y1: 332)),
                    Self.upright("職員一人ひとりが力を発揮できる職場", Rect(x0: 86, y0: 314, x1: 94, y1: 450))]
        UprightCells.absorb(&tables, from: &rest)
        #expect(rest.count == 2)
        #expect(tables[0].table.rows.allSatisfy { $0[0].text.isEmpty || $0[0].text == "部門" })
    }
}
