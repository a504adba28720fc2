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

    /// One section holding several tables, one after the other (a table continued on the next page).
    static func part(tables: [[[String]]]) -> SectionSegmenter.Part {
        var result = part(tables[0], header: 1)
        for (k, rows) in tables.enumerated().dropFirst() {
            result.blocks += part(rows, header: 1).blocks.map { (k + 1, $0.block) }
        }
        return result
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

    @Test("A table continued under its repeated header on the next page is one record; another table is not")
    func continuedOnNextPage() {
        let header = ["採用年度", "合計", "事務系", "技術系"]
        let record = HiringParser().parse(Self.part(tables: [
            [header, ["H31/R1", "44（16）", "38（14）", "6（2）"], ["R2", "45（18）", "40（16）", "5（2）"]],
            [header, ["R3", "48（20）", "41（17）", "7（3）"], ["R4（予定数）", "50（21）", "43（18）", "7（3）"]],
            // A later table of other years (a summary by decade, say) does not continue it.
            [header, ["R1", "1（1）", "1（1）", "0（0）"], ["R2", "2（1）", "1（0）", "1（1）"]],
        ]))
        #expect(Self.read(record) == ["2019 44/16 38/14 6/2", "2020 45/18 40/16 5/2", "2021 48/20 41/17 7/3", "2022p 50/21 43/18 7/3"])
    }

    @Test("Years across, with the women in a row of their own under each track's row")
    func womenRows() {
        let record = HiringParser().parse(Self.part([
            ["区分", "令和4年度", "令和5年度", "令和6年度（予定）"],
            ["事務系", "40", "39", "42"], ["うち女性", "17", "18", "19"],
            ["技術系", "4", "6", "5"], ["うち女性", "1", "2", "2"],
            ["合計", "44", "45", "47"], ["うち女性", "18", "20", "21"],
        ], header: 1))
        #expect(Self.read(record) == ["2022 44/18 40/17 4/1", "2023 45/20 39/18 6/2", "2024p 47/21 42/19 5/2"])
    }
}
