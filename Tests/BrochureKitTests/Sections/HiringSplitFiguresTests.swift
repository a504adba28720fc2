import Testing

@testable import BrochureKit

/// Hiring figures spread over more than one grid: women in a table of their own, women on a
/// cell's second line, a chart per track.
@Suite("Hiring split figures")
struct HiringSplitFiguresTests {
    @Test("A count over `うち女性2` on the next line of its cell; a label saying 予定 after the month of entry")
    func womenBelowCount() {
        let record = HiringParser().parse(HiringParserTests.part([
            ["区分", "2022年4月入庁", "2023年4月入庁", "2024年4月入庁予定"],
            ["事務系", "6うち女性2", "5うち女性2", "7うち女性3"],
            ["技術系", "11うち女性2", "12うち女性3", "10うち女性2"],
            ["合計", "17うち女性4", "17うち女性5", "17うち女性5"],
        ], header: 1))
        #expect(HiringParserTests.read(record) == ["2022 17/4 6/2 11/2", "2023 17/5 5/2 12/3", "2024p 17/5 7/3 10/2"])
        #expect(WomenBelowCount.parse("2うち女性3") == nil)
        #expect(YearLabel("2026年4月入庁予定").map { "\($0.fiscalYear) \($0.label) \($0.planned)" } == "2026 2026年4月入庁 true")
        #expect(YearLabel("R8※2").map { "\($0.fiscalYear) \($0.label) \($0.noted)" } == "2026 R8 true")
    }

    @Test("Two notes in one block are read one by one: the first's year is not planned by the second's 予定")
    func notesOneByOne() {
        let block = "※1 令和5年度は、発足時の採用者数です。※2 令和8年度は、令和8年3月1日現在の採用予定数です。"
        #expect(PlannedNote.plannedYears(in: [block]) == [2026])
        #expect(PlannedNote.split(block).count == 2)
    }

    @Test("Two tables side by side, 採用者数 and うち女性, tracks down and the same years across each")
    func womenTableBeside() {
        let rows = [
            ["採用者数", "", "", "うち女性", "", ""],
            ["区分", "令和3年度", "令和4年度（予定）", "区分", "令和3年度", "令和4年度（予定）"],
            ["事務系", "6", "7", "事務系", "2", "3"],
            ["技術系", "1", "2", "技術系", "0", "1"],
            ["計", "7", "9", "計", "2", "4"],
        ]
        #expect(HiringParserTests.read(HiringParser().parse(HiringParserTests.part(rows, header: 2))) == ["2021 7/2 6/2 1/0", "2022p 9/4 7/3 2/1"])
        // More women than people: the halves are not what they seem, and nothing is read.
        var wrong = rows
        wrong[2][4] = "8"
        #expect(HiringParser().parse(HiringParserTests.part(wrong, header: 2)) == nil)
    }

    /// A one-line text at `x`, `y` (9 pt high, 6 pt per character).
    static func line(_ text: String, x: Double, y: Double) -> TextLine {
        TextLine(text: text, box: Rect(x0: x, y0: y, x1: x + 6 * Double(text.count), y1: y + 9), fontSize: 9, isBold: false, orientation: .horizontal)
    }

    /// Three charts 200 pt apart: titles, a figure over each bar (bars 40 pt apart), the axis
    /// labels under them (two of the first chart's on one line), `（予定）` under the last.
    static func charts(_ figures: [[String]]) -> [TextLine] {
        var lines: [TextLine] = []
        for (k, title) in ["事務系", "技術系", "合計"].enumerated() {
            let x = 40 + 200 * Double(k)
            lines.append(line(title, x: x + 50, y: 100))
            for (i, figure) in figures[k].enumerated() { lines.append(line(figure, x: x + 40 * Double(i), y: 140 - 10 * Double(i))) }
            if k == 0 {
                lines.append(TextLine(text: "R5 R6", box: Rect(x0: x + 6, y0: 170, x1: x + 58, y1: 179), fontSize: 9, isBold: false, orientation: .horizontal))
            } else {
                lines += [line("R5", x: x + 6, y: 170), line("R6", x: x + 46, y: 170)]
            }
            lines += [line("R7※2", x: x + 86, y: 170), line("（予定）", x: x + 80, y: 181)]
        }
        return lines
    }

    @Test("Small multiples: a bar chart per track, each figure a label over its year; the total chart must be the sum")
    func smallMultiples() {
        let figures = [["4（2）", "5（2）", "4（1）"], ["1（0）", "1（1）", "2（1）"], ["5（2）", "6（3）", "6（2）"]]
        var part = HiringParserTests.part([["総合職の採用者数"]], header: 0)
        part.blocks = Self.charts(figures).map { (1, Block(kind: .paragraph, box: $0.box, lines: [$0])) }
        #expect(HiringParserTests.read(HiringParser().parse(part)) == ["2023 5/2 4/2 1/0", "2024 6/3 5/2 1/1", "2025p 6/2 4/1 2/1"])
        var wrong = figures
        wrong[2][1] = "7（3）"
        #expect(SmallMultipleCharts.parse(Self.charts(wrong), page: 1) == nil)
        // A figure missing from a bar: no chart.
        #expect(SmallMultipleCharts.parse(Self.charts([["4（2）", "5（2）"], figures[1], figures[2]]), page: 1) == nil)
    }

    @Test("A count kept as printed keeps its first number only: digits further on are another figure")
    func asPrintedFirstNumber() {
        #expect(HiringParser.asPrinted("11うち女性2").count == 11)
        #expect(HiringParser.asPrinted("5（6）").count == 5 && HiringParser.asPrinted("5（6）").women == 6)
    }
}
