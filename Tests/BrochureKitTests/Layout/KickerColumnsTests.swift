import Testing
@testable import BrochureKit

/// Two page columns, each opened by an English kicker set large, whose lines happen to share rows.
@Suite("Kicker columns")
struct KickerColumnsTests {
    static func line(_ text: String, x: Double, y: Double, size: Double) -> TextLine {
        TextLine(text: text, box: Rect(x0: x, y0: y, x1: x + Double(text.count) * size, y1: y + size), fontSize: size, isBold: false, orientation: .horizontal)
    }

    @Test("A title of words set half as large again as the rows beside it is no table cell; a big figure or a title alone in its row is")
    func kickerIsNoCell() {
        func table(_ rows: [[(String, Double)]]) -> (Table, [TextLine]) {
            var lines: [TextLine] = []
            let cells = rows.enumerated().map { r, row in
                row.enumerated().map { c, cell -> Table.Cell in
                    let l = Self.line(cell.0, x: 40 + Double(c) * 268, y: 483 + Double(r) * 19, size: cell.1)
                    if !cell.0.isEmpty { lines.append(l) }
                    return Table.Cell(text: cell.0, box: l.box)
                }
            }
            return (Table(box: Rect(x0: 40, y0: 483, x1: 542, y1: 693), columns: [40...284, 308...542], rows: cells, headerRowCount: 0), lines)
        }
        let body: [[(String, Double)]] = [[("○ テレワークの推進", 9), ("経営管理部 → 事務職 6", 8.5)], [("在宅勤務を進めています。", 8.5), ("危機管理部 → 事務職 2", 8.5)],
                                          [("○ 時差出勤制度", 9), ("健康福祉部 → 事務職 8", 8.5)], [("始業時刻を選べます。", 8.5), ("経済産業部 → 事務職 6", 8.5)],
                                          [("○ 地域貢献活動の支援", 9), ("交通基盤部 → 事務職 3", 8.5)], [("兼業の手続きを整えています。", 8.5), ("スポーツ・文化観光部 → 事務職 4", 8.5)]]
        let kickers = table([[("る予定です。", 8.5), ("ASSIGNMENT", 13)], [("WORK STYLE", 13), ("配属実績", 9)]] + body)
        #expect(RegionSegmenter.headingBelowFirstRow(kickers.0, lines: kickers.1, sectionNames: []))
        let figures = table([[("人口", 8.5), ("職員数", 8.5)], [("約377万人", 16), ("約4万7千人", 16)]] + body)
        #expect(!RegionSegmenter.headingBelowFirstRow(figures.0, lines: figures.1, sectionNames: []))
        let titled = table([[("RECRUITMENT", 13), ("", 8.5)]] + body)
        #expect(!RegionSegmenter.headingBelowFirstRow(titled.0, lines: titled.1, sectionNames: []))
    }
}
