import Testing

@testable import BrochureKit

/// A year's planned hires captioned in body type (`令和8年度 採用予定数`) over a table.
@Suite("Section segmentation: a dated plan caption over a table")
struct SectionSegmenterPlanCaptionTests {
    static func line(_ text: String, x: Double, y: Double, size: Double = 9) -> TextLine {
        TextLine(text: text, box: Rect(x0: x, y0: y, x1: x + size * Double(text.count), y1: y + size), fontSize: size, isBold: false, orientation: .horizontal)
    }

    static func block(_ lines: [TextLine], kind: Block.Kind = .paragraph) -> Block {
        Block(kind: kind, box: Rect.enclosing(lines.map(\.box))!, lines: lines, table: nil)
    }

    /// A table of `rows` from `y` down, 14 pt a row, 60 pt a column.
    static func table(_ rows: [[String]], x: Double, y: Double) -> Block {
        let cells = rows.enumerated().map { r, row in
            row.enumerated().map { c, text in
                Table.Cell(text: text, box: text.isEmpty ? nil : Rect(x0: x + 60 * Double(c), y0: y + 14 * Double(r), x1: x + 60 * Double(c) + 50, y1: y + 14 * Double(r) + 9))
            }
        }
        let width = rows.map(\.count).max()!
        let box = Rect(x0: x, y0: y, x1: x + 60 * Double(width), y1: y + 14 * Double(rows.count))
        let table = Table(box: box, columns: (0..<width).map { x + 60 * Double($0)...(x + 60 * Double($0) + 50) }, rows: cells, headerRowCount: 1)
        return Block(kind: .table, box: box, lines: [], table: table)
    }

    static func kinds(under rows: [[String]]) -> [SectionKind] {
        let blocks = [
            block([line("採用状況", x: 40, y: 60, size: 13)], kind: .heading),
            table([["年度", "事務系", "技術系"], ["令和6年度", "110", "63"], ["令和7年度", "101", "70"]], x: 40, y: 90),
            block([line("令和8年度採用予定数", x: 40, y: 150), line("（大学卒業程度）", x: 40, y: 163)]),
            table(rows, x: 40, y: 180),
        ]
        return SectionSegmenterTests.parts(blocks.map { (1, $0) }).map(\.kind)
    }

    @Test("Over a table of exam categories the caption opens the exam section")
    func overCategories() {
        #expect(Self.kinds(under: [["区分", "職種", "人数"], ["事務系", "行政", "90"], ["", "警察行政", "12"]]) == [.hiring, .examBreakdown])
    }

    @Test("Inside the exam section already, the caption over its table opens no second exam part")
    func insideExamSection() {
        let rows = [["区分", "職種", "人数"], ["事務系", "行政", "90"], ["", "警察行政", "12"]]
        let blocks = [
            Self.block([Self.line("試験区分", x: 40, y: 60, size: 13)], kind: .heading),
            Self.block([Self.line("令和8年度採用予定数", x: 40, y: 90), Self.line("（大学卒業程度）", x: 40, y: 103)]),
            Self.table(rows, x: 40, y: 120),
        ]
        let parts = SectionSegmenterTests.parts(blocks.map { (1, $0) })
        #expect(parts.map(\.kind) == [.examBreakdown])
        #expect(parts.first?.blocks.count == 2)
    }

    @Test("Over a table of years it is a caption of the hiring figures")
    func overYears() {
        #expect(Self.kinds(under: [["年度", "事務系", "技術系"], ["令和7年度", "101", "70"], ["令和8年度", "108", "72"]]) == [.hiring])
        #expect(SectionSegmenter.isDatedPlan("2026年度 採用予定数"))
        #expect(!SectionSegmenter.isDatedPlan("採用予定数"))
    }
}

extension SectionSegmenterPlanCaptionTests {
    @Test("The exam under such a caption: its level from the caption's second line, tracks spanning their rows")
    func examUnderCaption() {
        var part = ExamBreakdownParserTests.part([
            ["区分", "職種", "人数"], ["事務系", "行政", "90"], ["", "警察行政", "12"], ["技術系", "総合土木", "30"], ["", "農業", "10"],
        ], ys: [100, 116, 132, 148, 164])
        part.heading = "令和8年度採用予定数"
        part.blocks.insert((1, Self.block([Self.line("（大学卒業程度）", x: 40, y: 84)])), at: 0)
        #expect(ExamBreakdownParserTests.read(ExamBreakdownParser().parse(part)) == [
            "administrative undergraduate 行政 90", "administrative undergraduate 警察行政 12",
            "technical undergraduate 総合土木 30", "technical undergraduate 農業 10",
        ])
    }
}
