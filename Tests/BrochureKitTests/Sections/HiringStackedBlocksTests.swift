import Testing

@testable import BrochureKit

/// A hiring table with years across wrapped into two blocks stacked one under the other, each
/// under a header row of its own years, found by the layout as one grid.
@Suite("Hiring blocks stacked")
struct HiringStackedBlocksTests {
    static let rows = [
        ["区分", "2021年度", "2022年度", "2023年度"],
        ["事務職", "18（9）", "20（11）", "21（12）"],
        ["情報技術職※2", "4（1）", "5（1）", "5（2）"],
        ["合計", "22（10）", "25（12）", "26（14）"],
        ["区分", "2024年度", "2025年度", "2026年度（採用予定）"],
        ["事務職", "19（10）※1", "22（12）", "24"],
        ["情報技術職※2", "6（2）", "6（3）", "7"],
        ["合計", "25（12）", "28（15）", "31"],
    ]

    @Test("Each block's header row of years starts a block: the record takes both blocks' years in turn")
    func blocksReadInTurn() {
        let record = HiringParser().parse(HiringParserTests.part(Self.rows, header: 1))
        #expect(HiringParserTests.read(record) == [
            "2021 22/10 18/9 4/1", "2022 25/12 20/11 5/1", "2023 26/14 21/12 5/2",
            "2024 25/12 19/10 6/2", "2025 28/15 22/12 6/3", "2026p 31/- 24/- 7/-",
        ])
    }

    @Test("One header of years is one block; a second header with no row under it starts none")
    func oneBlock() {
        let table = { (rows: [[String]]) in
            Table(box: Rect(x0: 0, y0: 0, x1: 1, y1: 1), columns: [], rows: rows.map { $0.map { Table.Cell(text: $0, box: nil) } }, headerRowCount: 1)
        }
        #expect(StackedYearBlocks.split(table(Array(Self.rows[..<4]))).count == 1)
        #expect(StackedYearBlocks.split(table(Array(Self.rows[..<5]))).count == 1)
        #expect(StackedYearBlocks.split(table(Self.rows)).map(\.rows.count) == [4, 4])
    }
}
