import Testing

@testable import BrochureKit

/// A hiring table with its years down the last column, under a row of units.
@Suite("Hiring: years down the last column")
struct HiringYearColumnLastTests {
    typealias H = HiringParserTests

    static let rows = [
        ["事務系", "うち女性", "技術系", "うち女性", "計", "うち女性", "年度"],
        ["（人）", "（人）", "（人）", "（人）", "（人）", "（人）", ""],
        ["4", "2", "2", "0", "6", "2", "令和3年度"],
        ["5", "2", "1", "0", "6", "2", "令和4年度"],
        ["5", "－", "3", "－", "8", "－", "令和5年度（予定）"],
    ]

    @Test("The years at the right end head their rows as a first column would")
    func yearsLast() {
        let record = HiringParser().parse(H.part(Self.rows, header: 2))
        #expect(H.read(record) == ["2021 6/2 4/2 2/0", "2022 6/2 5/2 1/0", "2023p 8/- 5/- 3/-"])
    }

    @Test("A last column of figures is no column of years")
    func figuresLast() {
        let table = Table(box: Rect(x0: 0, y0: 0, x1: 100, y1: 50), columns: [0...10, 20...30, 40...50],
                          rows: [["区分", "事務", "技術"], ["令和3年度", "4", "2"], ["令和4年度", "5", "1"]].map { $0.map { Table.Cell(text: $0, box: nil) } },
                          headerRowCount: 1)
        #expect(HiringParser.yearColumnLast(table) == nil)
    }
}
