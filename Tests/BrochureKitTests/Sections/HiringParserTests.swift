import Testing

@testable import BrochureKit

@Suite("Hiring tables")
struct HiringParserTests {
    /// A hiring section holding one table with these rows (one line per cell, 20 pt apart).
    static func part(_ rows: [[String]], header: Int) -> SectionSegmenter.Part {
        let width = rows.map(\.count).max() ?? 1
        let columns: [ClosedRange<Double>] = (0..<width).map { (c: Int) -> ClosedRange<Double> in
            let x = 40.0 + 70.0 * Double(c)
            return x...(x + 50)
        }
        let cells = rows.enumerated().map { r, row in
            row.enumerated().map { c, text in
                Table.Cell(text: text, box: text.isEmpty ? nil : Rect(x0: columns[c].lowerBound, y0: 100 + Double(r) * 20, x1: columns[c].upperBound, y1: 109 + Double(r) * 20))
            }
        }
        let box = Rect(x0: 40, y0: 100, x1: columns.last!.upperBound, y1: 110 + Double(rows.count) * 20)
        let table = Table(box: box, columns: columns, rows: cells, headerRowCount: header)
        return SectionSegmenter.Part(
            kind: .hiring, heading: "採用実績", headingSize: 12, blocks: [(1, Block(kind: .table, box: box, lines: [], table: table))], page: 1)
    }

    static func read(_ record: HiringRecord?) -> [String] {
        (record?.rows ?? []).map { row in
            func s(_ c: CountWithWomen?) -> String { c.map { "\($0.count)/\($0.women.map(String.init) ?? "-")" } ?? "nil" }
            return "\(row.fiscalYear)\(row.planned ? "p" : "") \(s(row.total)) \(s(row.administrative)) \(s(row.technical))"
        }
    }

    @Test("Women in a column of their own after each count, tracks named over each pair in any order")
    func womenColumns() {
        // 合計 centred over its pair lands on its women column; tracks named in the header's order.
        let totalFirst = HiringParser().parse(Self.part([
            ["", "", "合計", "", "事務系", "", "技術系"],
            ["年度", "人数", "うち女性", "人数", "うち女性", "人数", "うち女性"],
            ["令和5年度", "50", "22", "42", "19", "8", "3"],
            ["令和6年度（予定）", "51", "24", "45", "21", "6", "3"],
        ], header: 2))
        #expect(Self.read(totalFirst) == ["2023 50/22 42/19 8/3", "2024p 51/24 45/21 6/3"])
        let totalLast = HiringParser().parse(Self.part([
            ["年度", "事務系", "うち女性", "技術系", "うち女性", "合計", "うち女性"],
            ["R5", "19", "7", "11", "3", "30", "10"],
            ["R6", "21", "9", "10", "", "31", "9"],
        ], header: 1))
        #expect(Self.read(totalLast) == ["2023 30/10 19/7 11/3", "2024 31/9 21/9 10/0"])
    }

    @Test("Counts with the women in brackets are read as before")
    func bracketedWomen() {
        let record = HiringParser().parse(Self.part([
            ["年度", "合計", "事務系", "技術系"],
            ["R5", "39（19）", "27（14）", "12（5）"],
            ["R6（予定数）", "42（21）", "29（15）", "13（6）"],
        ], header: 1))
        #expect(Self.read(record) == ["2023 39/19 27/14 12/5", "2024p 42/21 29/15 13/6"])
    }
}
