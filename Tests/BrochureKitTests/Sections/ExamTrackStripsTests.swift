import Testing

@testable import BrochureKit

/// A bar list per track set side by side, each column under a strip with the track and its
/// total (`行政事務 … 計52名`), read by the table detector as one grid.
@Suite("Exam track strips")
struct ExamTrackStripsTests {
    /// A cell of the grid: its text and its x extent; the row gives its y.
    typealias Cell = (text: String, x0: Double, x1: Double)

    /// The two bar columns as one table, the strips on its first row.
    static func grid(_ rows: [[Cell]]) -> (page: Int, block: Block) {
        let columns: [ClosedRange<Double>] = [46...102, 130...150, 226...245, 258...284, 311...331, 333...367, 383...403, 413...432, 523...549]
        let cells = rows.enumerated().map { r, row -> [Table.Cell] in
            let y = r == 0 ? 59.0 : 66 + Double(r) * 14
            return columns.map { column in
                guard let cell = row.first(where: { column.contains(($0.x0 + $0.x1) / 2) }) else { return Table.Cell(text: "", box: nil) }
                return Table.Cell(text: cell.text, box: Rect(x0: cell.x0, y0: y, x1: cell.x1, y1: y + 8.5))
            }
        }
        let box = Rect(x0: 46, y0: 59, x1: 549, y1: 66 + Double(rows.count - 1) * 14 + 8.5)
        return (2, Block(kind: .table, box: box, lines: [], table: Table(box: box, columns: columns, rows: cells, headerRowCount: 0)))
    }

    @Test("Each category takes the track of the strip over its column, not the label nearest by height nor the last one read")
    func stripsHeadTheirColumns() throws {
        let table = Self.grid([
            [("行政事務", 46, 86), ("計12名", 258, 284), ("技術", 311, 331), ("計9名", 523, 549)],
            [("行政", 85, 102), ("8名", 226, 245), ("総合土木", 333, 367), ("5名", 413, 432)],
            [("教育行政", 68, 102), ("3名", 136, 150), ("建築", 350, 367), ("2名", 389, 403)],
            [("警察事務", 68, 102), ("1名", 136, 150), ("電気", 350, 367), ("1名", 389, 403)],
            [("機械", 350, 367), ("1名", 389, 403)],
        ])
        let exam = try #require(ExamBreakdownParser().parse(ExamCellCountsTests.part([table], heading: "令和8年度上級試験採用予定数")))
        #expect(Set(ExamBreakdownParserTests.read(exam)) == [
            "administrative undergraduate 行政 8", "administrative undergraduate 教育行政 3", "administrative undergraduate 警察事務 1",
            "technical undergraduate 総合土木 5", "technical undergraduate 建築 2", "technical undergraduate 電気 1", "technical undergraduate 機械 1",
        ])
    }

    @Test("A strip is a track label whose next item on its row is a bare total", arguments: [
        ("計52名", true), ("合計 32人", true), ("計", false), ("計52", false), ("統計2名", false), ("行政38名", false),
    ])
    func totals(_ text: String, _ expected: Bool) {
        #expect(ExamTrackStrips.isTotal(text) == expected)
    }

    @Test("A track label with a category, not a total, to its right is no strip")
    func noStripWithoutTotal() {
        let items = [
            ExamTrackStrips.Item(text: "事務系", box: Rect(x0: 40, y0: 60, x1: 70, y1: 69), page: 1, track: .administrative),
            ExamTrackStrips.Item(text: "法律:8名", box: Rect(x0: 100, y0: 60, x1: 160, y1: 69), page: 1, track: nil),
        ]
        #expect(ExamTrackStrips.strips(in: items).isEmpty)
    }
}
