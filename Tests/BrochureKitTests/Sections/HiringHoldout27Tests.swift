import Testing

@testable import BrochureKit

/// Hiring shapes of the twenty-seventh blind set: a stacked bar chart's labels joined on top
/// of the data table under it, the planned year only in a box of its own beside the chart,
/// and a planned row marked only by a row-group cell `予定` set upright beside it.
@Suite("Hiring: chart over its data table, plan in a box, upright plan cells")
struct HiringHoldout27Tests {
    typealias H = HiringParserTests

    static func line(_ text: String, _ box: Rect, vertical: Bool = false) -> TextLine {
        TextLine(text: text, box: box, fontSize: vertical ? box.width : box.height, isBold: false, orientation: vertical ? .vertical : .horizontal)
    }

    /// The chart's figures (total, 技術系, 事務系 per bar) and axis over the data table, as one grid.
    static var chartOverTable: SectionSegmenter.Part {
        H.part([
            ["", "事務系", "技術系", ""],
            ["30", "32", "", ""],
            ["12", "14", "", ""],
            ["18", "18", "", ""],
            ["2024年4月入庁", "2025年4月入庁", "", ""],
            ["入庁年月", "事務系", "技術系", "計"],
            ["2024年4月入庁", "18（8）", "12（3）", "30（11）"],
            ["2025年4月入庁", "18（9）", "14（2）", "32（11）"],
        ], header: 1)
    }

    @Test("A chart's labels down to its axis of years across are no part of the table under them")
    func chartAxisAbove() {
        #expect(H.read(HiringParser().parse(Self.chartOverTable)) == ["2024 30/11 18/8 12/3", "2025 32/11 18/9 14/2"])
        // An axis on top is a header of years across, kept.
        let table = H.part([["2024年度", "2025年度", "x"], ["入庁年月", "事務系", "計"], ["2024年度", "1", "2"], ["2025年度", "3", "4"]], header: 1)
        #expect(ChartAxisAbove.trimmed(table.blocks[0].block.table!).rows.count == 4)
    }

    @Test("The coming year's plan in a box of its own beside the chart becomes the planned row")
    func plannedBox() {
        var part = Self.chartOverTable
        let box = [
            Self.line("令和8年度採用予定", Rect(x0: 400, y0: 120, x1: 490, y1: 130)),
            Self.line("事務系", Rect(x0: 400, y0: 140, x1: 427, y1: 149)),
            Self.line("20名", Rect(x0: 466, y0: 137, x1: 490, y1: 152)),
            Self.line("技術系", Rect(x0: 400, y0: 160, x1: 427, y1: 169)),
            Self.line("14名", Rect(x0: 466, y0: 157, x1: 490, y1: 172)),
            Self.line("計", Rect(x0: 400, y0: 180, x1: 409, y1: 189)),
            Self.line("34名", Rect(x0: 466, y0: 177, x1: 490, y1: 192)),
        ]
        part.blocks.append((1, Block(kind: .paragraph, box: Rect.enclosing(box.map(\.box))!, lines: box)))
        #expect(H.read(HiringParser().parse(part)) == ["2024 30/11 18/8 12/3", "2025 32/11 18/9 14/2", "2026p 34/- 20/- 14/-"])
        // A line under the title that is no track and count ends the box: no row.
        #expect(PlannedBox.row(in: [box[0], Self.line("説明会を開催します", Rect(x0: 400, y0: 140, x1: 480, y1: 149))] + box[3...], after: 2025, page: 1) == nil)
        // A year the table has already is the table's.
        #expect(PlannedBox.row(in: box, after: 2026, page: 1) == nil)
    }

    static var uprightTable: SectionSegmenter.Part {
        H.part([
            ["区分年度", "事務職", "技術職", "合計"],
            ["令和6年4月採用", "61人（30人）", "46人（13人）", "107人（43人）"],
            ["令和7年4月採用", "67人（35人）", "43人（12人）", "110人（47人）"],
            ["令和8年4月採用", "70人", "45人", "115人"],
        ], header: 1)
    }

    @Test("A row-group cell 予定 set upright beside the last row marks it planned; 採用実績 beside the others does not")
    func uprightPlanCell() {
        var part = Self.uprightTable
        for (text, y0, y1) in [("採用実績", 118.0, 151.0), ("予定", 158.0, 171.0)] {
            let cell = Self.line(text, Rect(x0: 20, y0: y0, x1: 29, y1: y1), vertical: true)
            part.blocks.append((1, Block(kind: .heading, box: cell.box, lines: [cell])))
        }
        #expect(H.read(HiringParser().parse(part)) == ["2024 107/43 61/30 46/13", "2025 110/47 67/35 43/12", "2026p 115/- 70/- 45/-"])
        // Without the cells the label says nothing of a plan.
        #expect(H.read(HiringParser().parse(Self.uprightTable)).last?.hasPrefix("2026 ") == true)
    }

    @Test("A heading set upright beside a table's rows is one of its cells: it opens no section, the note under the table stays with it")
    func uprightCellOpensNothing() {
        typealias L = LooseLayoutsTests
        let table = Self.uprightTable.blocks[0]
        let cell = Self.line("採用実績", Rect(x0: 44, y0: 118, x1: 53, y1: 151), vertical: true)
        let parts = SectionSegmenterTests.parts([
            L.block("採用実績", x: 40, y: 70, size: 13, kind: .heading), table,
            (1, Block(kind: .heading, box: cell.box, lines: [cell])),
            L.block("※令和8年4月採用は採用予定数です。", x: 40, y: 200, size: 7.5),
        ])
        #expect(parts.map(\.kind) == [.hiring])
        #expect(parts.first?.blocks.count == 3)
        // Away from any table, an upright heading still opens its section.
        #expect(SectionSegmenterTests.parts([
            L.block("採用実績", x: 40, y: 70, size: 13, kind: .heading), table,
            (1, Block(kind: .heading, box: Rect(x0: 44, y0: 418, x1: 53, y1: 451), lines: [Self.line("採用実績", Rect(x0: 44, y0: 418, x1: 53, y1: 451), vertical: true)])),
        ]).count == 2)
    }
}
