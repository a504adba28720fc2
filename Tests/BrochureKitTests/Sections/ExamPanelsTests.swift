import Testing

@testable import BrochureKit

/// Exam breakdowns in panels side by side, one per track, each chip a name with a bare count
/// beside it, and lines of kanji-numeral items under track headings whose name and count the
/// layout sets apart.
@Suite("Exam panels")
struct ExamPanelsTests {
    static func line(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double) -> TextLine {
        TextLine(text: text, box: Rect(x0: x0, y0: y0, x1: x1, y1: y0 + 9), fontSize: 9, isBold: false, orientation: .horizontal)
    }

    static func block(_ lines: [TextLine], page: Int = 2) -> (page: Int, block: Block) {
        (page, Block(kind: .paragraph, box: Rect.enclosing(lines.map(\.box))!, lines: lines))
    }

    /// The two panels as the layout gives them: one table across both, the rows of the two
    /// shared by height, the right panel's total a line under it; `rightTotal` is its text.
    static func panels(rightTotal: String = "合計 60人") -> SectionSegmenter.Part {
        let xs: [ClosedRange<Double>] = [48...89, 102...114, 318...358, 372...384, 402...419, 453...459, 480...497, 531...537]
        func row(_ y: Double, _ texts: [String]) -> [Table.Cell] {
            texts.enumerated().map { c, text in
                Table.Cell(text: text, box: text.isEmpty ? nil : Rect(x0: xs[c].lowerBound, y0: y, x1: xs[c].upperBound, y1: y + 8))
            }
        }
        let rows = [
            row(87, ["事務系", "", "技術系", "", "", "", "", ""]),
            row(112, ["［大学卒業程度］", "", "［大学卒業程度］", "", "", "", "", ""]),
            row(136, ["行政", "68", "総合土木", "30", "建築", "6", "電気", "5"]),
            row(164, ["［社会人経験者］", "", "機械", "4", "農業", "5", "林業", "3"]),
            row(188, ["一般事務", "7", "［社会人経験者］", "", "", "", "", ""]),
            row(214, ["合計 75人", "", "土木", "7", "", "", "", ""]),
        ]
        let box = Rect(x0: 48, y0: 87, x1: 537, y1: 222)
        let table = Table(box: box, columns: xs, rows: rows, headerRowCount: 2)
        return ExamCellCountsTests.part([
            Self.block([Self.line("令和8年度採用予定数（試験区分別）", 40, 66, 192)]),
            (2, Block(kind: .table, box: box, lines: [], table: table)),
            Self.block([Self.line(rightTotal, 318, 242, 359)]),
        ], heading: "採用予定 令和8年度")
    }

    @Test("Chips with bare counts in panels per track, under bracketed exam names: read when each panel adds up to its 合計")
    func chipPanels() {
        #expect(ExamBreakdownParserTests.read(ExamBreakdownParser().parse(Self.panels())) == [
            "administrative undergraduate 行政 68", "administrative undergraduate 一般事務 7",
            "technical undergraduate 総合土木 30", "technical undergraduate 建築 6", "technical undergraduate 電気 5",
            "technical undergraduate 機械 4", "technical undergraduate 農業 5", "technical undergraduate 林業 3",
            "technical undergraduate 土木 7",
        ])
        // Bare numbers are read only on the panels' word: a total that is not the chips' sum reads nothing.
        #expect(ExamChipPanels.entries(in: Self.panels(rightTotal: "合計 61人").blocks).entries.isEmpty)
        #expect(ExamChipPanels.entries(in: Self.panels(rightTotal: "").blocks).entries.isEmpty)
    }

    @Test("A line holding a row of chips pairs its names and numbers; a year or a line with words is none")
    func chipRuns() {
        #expect(ExamChipPanels.runs(in: "総合土木 30 建築 6 電気 5").map { "\($0.0)\($0.1)" } == ["総合土木30", "建築6", "電気5"])
        #expect(ExamChipPanels.runs(in: "令和 8").isEmpty)
        #expect(ExamChipPanels.runs(in: "職員数 4600").isEmpty)
        #expect(ExamChipPanels.runs(in: "採用予定 令和8年度").isEmpty)
        #expect(ExamChipPanels.examName("［社会人経験者］") == .undergraduate)
        #expect(ExamChipPanels.examName("【大学院修了程度】") == .graduate)
        #expect(ExamChipPanels.examName("［事務系］") == nil)
    }

    @Test("Under a track heading, a track word beside a kanji count set apart is a category, and the line's next item keeps that heading")
    func trackWordUnderHeading() {
        // As laid out: the name and its count in blocks of their own, the second heading read
        // between them.
        let part = ExamCellCountsTests.part([
            Self.block([Self.line("2026年度採用予定人員（大学卒業程度）", 40, 216, 205)], page: 1),
            Self.block([Self.line("▶ 事務系", 40, 231, 81)], page: 1),
            Self.block([Self.line("事務", 54, 246, 72)], page: 1),
            Self.block([Self.line("▶ 技術系", 40, 263, 81)], page: 1),
            Self.block([Self.line("九十八名", 81, 246, 117)], page: 1),
            Self.block([Self.line("社会福祉 十二名", 159, 246, 231)], page: 1),
            Self.block([Self.line("土木 四十名", 54, 278, 108)], page: 1),
        ], heading: "採用予定")
        #expect(ExamBreakdownParserTests.read(ExamBreakdownParser().parse(part)) == [
            "administrative undergraduate 事務 98", "administrative undergraduate 社会福祉 12", "technical undergraduate 土木 40",
        ])
    }

    @Test("A grid of lines with levels over its columns: a row's later cell keeps the track at the row's left")
    func levelColumnsOfLines() {
        // As laid out: each cell a block, the track labels read before the level headers.
        let part = ExamCellCountsTests.part([
            Self.block([Self.line("令和6年度採用予定者の試験区分", 309, 398, 433)], page: 1),
            Self.block([Self.line("事務系", 312, 442, 336)], page: 1),
            Self.block([Self.line("技術系", 312, 479, 336)], page: 1),
            Self.block([Self.line("大卒程度試験", 378, 425, 426)], page: 1),
            Self.block([Self.line("法律 14名、経済 12名、", 356, 442, 444)], page: 1),
            Self.block([Self.line("院卒程度試験", 478, 425, 526)], page: 1),
            Self.block([Self.line("行政 6名、法務 2名", 455, 442, 525)], page: 1),
        ])
        #expect(ExamBreakdownParserTests.read(ExamBreakdownParser().parse(part)) == [
            "administrative undergraduate 法律 14", "administrative undergraduate 経済 12",
            "administrative graduate 行政 6", "administrative graduate 法務 2",
        ])
    }
}
