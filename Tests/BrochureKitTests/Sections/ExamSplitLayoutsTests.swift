import Testing

@testable import BrochureKit

/// Exam breakdowns whose parts the page or the layout sets apart: two levels on one list line,
/// names and counts in cells side by side, a matrix whose labels stand above its tables.
@Suite("Exam breakdowns set apart")
struct ExamSplitLayoutsTests {
    private static func line(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double) -> TextLine {
        TextLine(text: text, box: Rect(x0: x0, y0: y0, x1: x1, y1: y0 + 8), fontSize: 8, isBold: false, orientation: .horizontal)
    }

    private static func block(_ lines: [TextLine]) -> (Int, Block) {
        (1, Block(kind: .paragraph, box: Rect.enclosing(lines.map(\.box))!, lines: lines))
    }

    private static func part(_ blocks: [(Int, Block)]) -> SectionSegmenter.Part {
        SectionSegmenter.Part(kind: .examBreakdown, heading: "試験区分", headingSize: 12, blocks: blocks, page: 1)
    }

    @Test("A list line holding both levels gives each part its own level; a ・ after N名 ends an item, one inside a name does not")
    func twoLevelsOnALine() {
        let exam = ExamBreakdownParser().parse(ExamBreakdownParserTests.prose([
            ["【事務系】大卒程度試験：法律2名・経済1名／院卒程度試験：行政1名・法務1名"],
            ["【技術系】大卒程度試験：工学1名／院卒程度試験：農業科学・水産1名"],
        ]))
        #expect(ExamBreakdownParserTests.read(exam) == [
            "administrative undergraduate 法律 2", "administrative undergraduate 経済 1",
            "administrative graduate 行政 1", "administrative graduate 法務 1",
            "technical undergraduate 工学 1", "technical graduate 農業科学・水産 1",
        ])
    }

    @Test("Names and bare counts in cells side by side pair line by line, a line the layout put in the next row too")
    func namesBesideCounts() throws {
        let xs: [ClosedRange<Double>] = [40...64, 80...112, 130...146, 160...200]
        func cell(_ c: Int, _ y0: Double, _ lines: [String], width: Double? = nil) -> Table.Cell {
            let x0 = xs[c].lowerBound
            return Table.Cell(text: lines.joined(), box: Rect(x0: x0, y0: y0, x1: x0 + (width ?? 16), y1: y0 + 11 * Double(lines.count) - 3),
                              lines: lines.count > 1 ? lines : [])
        }
        let empty = Table.Cell(text: "", box: nil)
        let rows: [[Table.Cell]] = [
            [cell(0, 100, ["区分"], width: 16), cell(1, 100, ["試験の程度"], width: 32), empty, cell(3, 100, ["区分と予定数"], width: 40)],
            // The track centred over its two level rows, so level with the last line of the first.
            [cell(0, 145, ["事務系"], width: 24), cell(1, 123, ["大卒程度", "試験"], width: 32), cell(2, 120, ["法律", "経済", "教養"]), cell(3, 120, ["３名", "１名", "１名"])],
            [empty, cell(1, 160, ["院卒程度"], width: 32), cell(2, 160, ["行政"]), cell(3, 160, ["２名"])],
            // A wide name spans into the counts' column; its second line's count went to the next row.
            [empty, cell(1, 180, ["大卒程度", "試験"], width: 32), cell(2, 180, ["農業科学・水産", "工学"], width: 56), Table.Cell(text: "２名", box: Rect(x0: 190, y0: 180, x1: 206, y1: 188))],
            [cell(0, 200, ["技術系"], width: 24), empty, empty, Table.Cell(text: "１名", box: Rect(x0: 160, y0: 191, x1: 176, y1: 199))],
        ]
        let box = Rect(x0: 40, y0: 100, x1: 206, y1: 208)
        let table = Table(box: box, columns: xs, rows: rows, headerRowCount: 1)
        let exam = try #require(ExamBreakdownParser().parse(Self.part([(1, Block(kind: .table, box: box, lines: [], table: table))])))
        #expect(ExamBreakdownParserTests.read(exam) == [
            "administrative undergraduate 法律 3", "administrative undergraduate 経済 1", "administrative undergraduate 教養 1",
            "administrative graduate 行政 2", "technical undergraduate 農業科学・水産 2", "technical undergraduate 工学 1",
        ])
    }

    @Test("A matrix whose level labels and track bars stand above its tables: columns under no level (計) and rows without a name (合計) are totals")
    func labelsAboveTables() {
        func table(_ rows: [[String]], y: Double) -> (Int, Block) {
            let xs: [ClosedRange<Double>] = [40...80, 140...148, 190...198, 230...238]
            let cells = rows.enumerated().map { r, row in
                row.enumerated().map { c, text in
                    Table.Cell(text: text, box: Rect(x0: xs[c].lowerBound, y0: y + Double(r) * 16, x1: xs[c].upperBound, y1: y + Double(r) * 16 + 8))
                }
            }
            let box = Rect(x0: 40, y0: y, x1: 238, y1: y + Double(rows.count) * 16 - 8)
            return (1, Block(kind: .table, box: box, lines: [], table: Table(box: box, columns: xs, rows: cells, headerRowCount: 0)))
        }
        let exam = ExamBreakdownParser().parse(Self.part([
            Self.block([Self.line("試験区分", 60, 105, 92)]),
            Self.block([Self.line("大卒程度", 128, 100, 160), Self.line("試験", 136, 110, 152)]),
            Self.block([Self.line("院卒程度", 178, 100, 210), Self.line("試験", 186, 110, 202)]),
            Self.block([Self.line("計", 230, 105, 238)]),
            Self.block([Self.line("事務系", 40, 126, 64)]),
            table([["法律", "３", "－", "３"], ["行政", "－", "２", "２"]], y: 142),
            Self.block([Self.line("技術系", 40, 178, 64)]),
            table([["工学", "１", "１", "２"], ["合計", "４", "３", "７"]], y: 194),
        ]))
        #expect(ExamBreakdownParserTests.read(exam) == [
            "administrative undergraduate 法律 3", "administrative graduate 行政 2",
            "technical undergraduate 工学 1", "technical graduate 工学 1",
        ])
    }

    @Test("Names and counts right-aligned far from them on the same baselines pair line by line, across blocks")
    func countsAlignedRight() {
        // Two boxes side by side, one per track; the left box's level line is level with the
        // right box's last undergraduate row.
        let exam = ExamBreakdownParser().parse(Self.part([
            Self.block([Self.line("事務系　計2名", 40, 100, 100)]),
            Self.block([Self.line("大卒程度試験", 40, 112, 88)]),
            Self.block([Self.line("法律", 48, 124, 64)]),
            Self.block([Self.line("1名", 200, 124, 212)]),
            Self.block([Self.line("院卒程度試験", 40, 140, 88)]),
            Self.block([Self.line("行政", 48, 152, 64), Self.line("1名", 200, 152, 212)]),
            Self.block([Self.line("技術系　計4名", 240, 100, 300)]),
            Self.block([Self.line("大卒程度試験", 240, 112, 288)]),
            Self.block([Self.line("工学", 248, 124, 264), Self.line("化学・生物・薬学", 248, 136, 312)]),
            Self.block([Self.line("院卒程度試験", 240, 148, 288)]),
            Self.block([Self.line("工学", 248, 160, 264)]),
            Self.block([Self.line("1名", 400, 160, 412)]),
            Self.block([Self.line("2名", 400, 124, 412), Self.line("1名", 400, 136, 412)]),
        ]))
        #expect(ExamBreakdownParserTests.read(exam) == [
            "administrative undergraduate 法律 1", "administrative graduate 行政 1",
            "technical undergraduate 工学 2", "technical undergraduate 化学・生物・薬学 1", "technical graduate 工学 1",
        ])
    }
}
