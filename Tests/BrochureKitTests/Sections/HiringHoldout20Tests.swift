import Testing

@testable import BrochureKit

/// Hiring shapes of the twentieth blind set: a year column the layout cut off the grid (and
/// put in another section), and an infographic's row of circles read as a table with no column
/// of labels, each cell opening with its row's label.
@Suite("Hiring: a split-off year column, labels inside the cells")
struct HiringHoldout20Tests {
    typealias H = HiringParserTests

    /// A one-line paragraph block.
    static func loose(_ text: String, x: Double, y: Double, width: Double = 40) -> Block {
        let line = TextLine(text: text, box: Rect(x0: x, y0: y, x1: x + width, y1: y + 9), fontSize: 9, isBold: false, orientation: .horizontal)
        return Block(kind: .paragraph, box: line.box, lines: [line])
    }

    /// Years as columns (x 40 + 70c), each track a `採用者` row over a `うち女性` row.
    static let counted: [[String]] = [
        ["", "区分", "令和3年度", "令和4年度", "令和5年度"],
        ["事務系", "採用者", "６２", "６５", "７０※1"],
        ["", "うち女性", "２８", "３０", "３３"],
        ["技術系", "採用者", "４８", "５０", "５２"],
        ["", "うち女性", "１０", "１２", "１３"],
        ["計", "採用者", "１１０", "１１５", "１２２"],
        ["", "うち女性", "３８", "４２", "４６"],
    ]

    /// The hiring part (the table and its note) and a part the cut-off column's lines fell into,
    /// one line per row (`texts[0]` on the year row) one pitch right of the grid.
    static func split(_ texts: [String]) -> [SectionSegmenter.Part] {
        var hiring = H.part(counted, header: 1)
        hiring.blocks.append((1, loose("※2 令和6年度は採用予定数です。", x: 40, y: 250, width: 200)))
        var column = [(page: Int, block: Block)]()
        for (r, text) in texts.enumerated() { column.append((1, loose(text, x: 390, y: 100 + Double(r) * 20))) }
        let other = SectionSegmenter.Part(kind: .examBreakdown, heading: "採用予定", headingSize: 9, blocks: column, page: 1)
        return [hiring, other]
    }

    @Test("A year column cut off the grid is joined to it again, its lines taken out of the other section")
    func splitOffColumn() {
        let parts = SplitOffYearColumn.rejoin(Self.split(["令和6年度", "７５", "－", "６０", "－", "１３５", "－"]))
        #expect(H.read(HiringParser().parse(parts[0])) == [
            "2021 110/38 62/28 48/10", "2022 115/42 65/30 50/12", "2023 122/46 70/33 52/13", "2024p 135/- 75/- 60/-",
        ])
        #expect(parts[1].blocks.isEmpty)
    }

    @Test("A column is refused when a row has no line, or its year is not after the grid's last")
    func splitOffColumnRefused() {
        let short = SplitOffYearColumn.rejoin(Self.split(["令和6年度", "７５", "－", "６０", "－", "１３５"]))
        #expect(short[1].blocks.count == 6)
        let older = SplitOffYearColumn.rejoin(Self.split(["令和2年度", "７５", "－", "６０", "－", "１３５", "－"]))
        #expect(older[1].blocks.count == 7)
    }

    @Test("A row of circles read as a table: no column of labels, the first column a year")
    func labelsInCells() {
        let part = H.part([
            ["令和三年度", "令和四年度", "令和五年度（予定）"],
            ["２８名うち女性７", "３１名うち女性９", "３３名"],
            ["事務系 10（4）", "事務系 11（5）", "事務系 12"],
            ["技術系 18（3）", "技術系 20（4）", "技術系 21"],
        ], header: 1)
        #expect(H.read(HiringParser().parse(part)) == ["2021 28/7 10/4 18/3", "2022 31/9 11/5 20/4", "2023p 33/- 12/- 21/-"])
    }
}
