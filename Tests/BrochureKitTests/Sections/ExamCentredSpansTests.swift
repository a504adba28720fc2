import Testing

@testable import BrochureKit

/// Exam tables whose track and exam cells span rows, each label centred on its run of rows,
/// and a dated planned-hires title with its year in Western figures.
@Suite("Exam centred spans")
struct ExamCentredSpansTests {
    typealias L = LooseLayoutsTests

    /// The middle height of row `r` of the table below (rows 16 pt apart from 80).
    static func row(_ r: Double) -> Double { 84.25 + 16 * r }

    /// A cell or line of 8.5 pt type centred at height `y`, `lines` lines tall.
    static func box(_ x: ClosedRange<Double>, at y: Double, lines: Double = 1) -> Rect {
        Rect(x0: x.lowerBound, y0: y - 4.25 * lines, x1: x.upperBound, y1: y + 4.25 * lines)
    }

    @Test("Track cells set vertically beside four and six rows, exam cells over three, one and six: each label holds every row of its run")
    func centredRuns() throws {
        let categories = ["行政A", "行政B（教養型）", "社会福祉", "行政", "土木", "建築", "電気", "機械", "化学", "造園"]
        let counts = [40, 14, 10, 6, 18, 9, 6, 5, 3, 4]
        // The exam cells stand level with the middle of their runs: rows 0–2, 3, 4–9.
        let exams: [Int: (String, Double)] = [1: ("上級試験", 1), 3: ("大学院卒業程度試験", 3), 6: ("上級試験", 6.5)]
        let rows = categories.indices.map { r in
            [
                exams[r].map { Table.Cell(text: $0.0, box: Self.box(86...124, at: Self.row($0.1))) } ?? Table.Cell(text: "", box: nil),
                Table.Cell(text: categories[r], box: Self.box(147...212, at: Self.row(Double(r)))),
                Table.Cell(text: "\(counts[r])名", box: Self.box(278...297, at: Self.row(Double(r)))),
            ]
        }
        let box = Rect(x0: 86, y0: 80, x1: 297, y1: 242.5)
        let table = (page: 2, block: Block(kind: .table, box: box, lines: [], table: Table(box: box, columns: [86...124, 147...212, 278...297], rows: rows, headerRowCount: 0)))
        // The track cells, set vertically, stand apart from the ruled cells: centred on rows 0–3 and 4–9.
        func track(_ text: String, at r: Double) -> (page: Int, block: Block) {
            let box = Self.box(44.5...53.5, at: Self.row(r), lines: 3.3)
            return (2, Block(kind: .heading, box: box, lines: [TextLine(text: text, box: box, fontSize: 9, isBold: false, orientation: .vertical)]))
        }
        let exam = try #require(ExamBreakdownParser().parse(ExamCellCountsTests.part([track("事務職", at: 1.5), track("技術職", at: 6.5), table])))
        #expect(ExamBreakdownParserTests.read(exam) == [
            "administrative undergraduate 行政A 40", "administrative undergraduate 行政B(教養型) 14", "administrative undergraduate 社会福祉 10",
            "administrative graduate 行政 6", "technical undergraduate 土木 18", "technical undergraduate 建築 9", "technical undergraduate 電気 6",
            "technical undergraduate 機械 5", "technical undergraduate 化学 3", "technical undergraduate 造園 4",
        ])
    }

    @Test("Two-line exam cells centred on their rows, near enough their tops to look top-aligned: each holds its own run, not the row below it")
    func twoLineExamCells() throws {
        func cell(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, _ lines: [String] = []) -> Table.Cell {
            Table.Cell(text: text, box: Rect(x0: x0, y0: y0, x1: x1, y1: y1), lines: lines)
        }
        let blank = Table.Cell(text: "", box: nil)
        let rows: [[Table.Cell]] = [
            [cell("職種", 61.5, 73.75, 78.5, 82.25), cell("試験", 186.5, 73.75, 203.5, 82.25), cell("区分", 366.5, 73.75, 383.5, 82.25), cell("予定数", 494.9, 73.75, 520.4, 82.25)],
            [blank, cell("事務職採用試験（大学卒業程度）", 103, 92.01, 171, 111.99, ["事務職採用試験", "（大学卒業程度）"]), cell("研究推進・研究支援", 293, 89.75, 369.5, 98.25), cell("12名", 533.3, 89.75, 552.3, 98.25)],
            [cell("事務職", 57.25, 110.75, 82.75, 119.25), blank, cell("経営管理", 293, 105.75, 327, 114.25), cell("8名", 538.5, 105.75, 552.3, 114.25)],
            [blank, cell("事務職採用試験（大学院修士課程修了程度）", 103, 121.01, 213.5, 140.99, ["事務職採用試験", "（大学院修士課程修了程度）"]), cell("研究推進・研究支援", 293, 126.75, 369.5, 135.25), cell("2名", 538.5, 126.75, 552.3, 135.25)],
            [blank, blank, cell("施設（建築・設備）", 293, 147.75, 369.5, 156.25), cell("5名", 538.5, 147.75, 552.3, 156.25)],
            [cell("技術職", 57.25, 163.75, 82.75, 172.25), cell("技術職採用試験（大学卒業程度）", 103, 158.01, 171, 177.99, ["技術職採用試験", "（大学卒業程度）"]), cell("情報システム", 293, 163.75, 344, 172.25), cell("6名", 538.5, 163.75, 552.3, 172.25)],
            [blank, blank, cell("安全管理", 293, 179.75, 327, 188.25), cell("3名", 538.5, 179.75, 552.3, 188.25)],
        ]
        let box = Rect(x0: 57.25, y0: 73.75, x1: 552.3, y1: 188.25)
        let table = (page: 2, block: Block(kind: .table, box: box, lines: [], table: Table(
            box: box, columns: [57.25...82.75, 103...213.5, 293...369.5, 533.3...552.3], rows: rows, headerRowCount: 1)))
        let exam = try #require(ExamBreakdownParser().parse(ExamCellCountsTests.part([table], heading: "2026年度 採用予定数")))
        #expect(ExamBreakdownParserTests.read(exam) == [
            "administrative undergraduate 研究推進・研究支援 12", "administrative undergraduate 経営管理 8", "administrative graduate 研究推進・研究支援 2",
            "technical undergraduate 施設(建築・設備) 5", "technical undergraduate 情報システム 6", "technical undergraduate 安全管理 3",
        ])
    }

    @Test("Exam cells of two lines read apart (`大卒程度` over `試験`), each pair centred on its rows: the second line belongs to the first")
    func cellLinesReadApart() throws {
        let level = 417.0...449.0, name = 463.5...479.5, count = 487.5...503.5
        // (text, column, top, lines): the cells at their heights, 8 pt type; the 大卒 exams in
        // one cell of two lines, the 院卒 ones read apart, `試験` a row of its own.
        let lines: [(String, ClosedRange<Double>, Double, Double)] = [
            ("法律", name, 430, 1), ("3名", count, 430, 1), ("大卒程度試験", level, 435.5, 2.4), ("経済", name, 441, 1), ("1名", count, 441, 1),
            ("教養", name, 452, 1), ("1名", count, 452, 1), ("院卒程度", level, 470, 1), ("行政", name, 470, 1), ("2名", count, 470, 1),
            ("試験", level, 481, 1), ("法務", name, 481, 1), ("1名", count, 481, 1), ("大卒程度試験", level, 499, 2.4), ("農業", name, 499, 1), ("2名", count, 499, 1),
            ("工学", name, 510, 1), ("1名", count, 510, 1), ("院卒程度", level, 528, 1), ("水産", name, 528, 1), ("1名", count, 528, 1),
            ("試験", level, 539, 1), ("工学", name, 539, 1), ("1名", count, 539, 1),
        ]
        let columns = [level, name, count]
        let rows: [[Table.Cell]] = Dictionary(grouping: lines, by: \.2).sorted { $0.key < $1.key }.map { top, cells in
            columns.map { column in
                cells.first { $0.1 == column }.map { Table.Cell(text: $0.0, box: Rect(x0: column.lowerBound, y0: top, x1: column.upperBound, y1: top + 8 * $0.3)) }
                    ?? Table.Cell(text: "", box: nil)
            }
        }
        let box = Rect(x0: 417, y0: 430, x1: 503.5, y1: 547)
        let table = (page: 1, block: Block(kind: .table, box: box, lines: [], table: Table(box: box, columns: columns, rows: rows, headerRowCount: 0)))
        let tracks = [L.block("事務系", x: 376, y: 455.5, size: 8), L.block("技術系", x: 376, y: 519, size: 8)]
        let exam = try #require(ExamBreakdownParser().parse(ExamCellCountsTests.part(tracks + [table])))
        // (As a set: this synthetic grid, a row per cell height, also reads its first rows twice.)
        #expect(Set(ExamBreakdownParserTests.read(exam)) == [
            "administrative undergraduate 法律 3", "administrative undergraduate 経済 1", "administrative undergraduate 教養 1",
            "administrative graduate 行政 2", "administrative graduate 法務 1", "technical undergraduate 農業 2", "technical undergraduate 工学 1",
            "technical graduate 水産 1", "technical graduate 工学 1",
        ])
    }

    @Test("Runs: labels centred on them are found; labels level with the top of their rows, or more labels than rows, are none")
    func runs() {
        let centres = [10.0, 26, 42, 58, 74]
        #expect(ExamCentredSpans.runs(of: centres, marks: [18, 58], tolerance: 16.0 / 3) == [0...1, 2...4])
        #expect(ExamCentredSpans.runs(of: centres, marks: [10, 26, 42, 58, 74], tolerance: 16.0 / 3) == [0...0, 1...1, 2...2, 3...3, 4...4])
        // Set at the top of rows 0–1 and 2–4: the second is no run's middle.
        #expect(ExamCentredSpans.runs(of: centres, marks: [10, 42], tolerance: 16.0 / 3) == nil)
        #expect(ExamCentredSpans.runs(of: [10, 26], marks: [10, 18, 26], tolerance: 16.0 / 3) == nil)
        // Track cells level with the top of the first of their rows, the second two lines tall:
        // runs 0 and 1–3 are near centred on them (within a third of the pitch), not centred.
        let rows = [Rect(x0: 315, y0: 584.6, x1: 487, y1: 604.3), Rect(x0: 315, y0: 613.3, x1: 401, y1: 621.7),
                    Rect(x0: 315, y0: 630.6, x1: 354, y1: 639), Rect(x0: 315, y0: 648, x1: 480, y1: 656.4)]
        let tracks = [Rect(x0: 80, y0: 584.6, x1: 164, y1: 593), Rect(x0: 80, y0: 630.6, x1: 164, y1: 650.4)]
        #expect(ExamCentredSpans.label(holding: rows[1], rows: rows, labels: tracks) == nil)
        // Level labels beside rows 0 and 2 of four: the second also stands at the middle of
        // rows 1–3, but set at the top of rows 0–1 and 2–3 they read as well; neither is taken.
        let levels = [Rect(x0: 80, y0: 584.6, x1: 130, y1: 593), Rect(x0: 80, y0: 616.6, x1: 130, y1: 625)]
        let even = (0..<4).map { Rect(x0: 315, y0: 584.6 + 16 * Double($0), x1: 400, y1: 593 + 16 * Double($0)) }
        #expect(ExamCentredSpans.label(holding: even[1], rows: even, labels: levels) == nil)
        // Centred on runs 0–1 and 2–3 they hold them.
        let centred = [Rect(x0: 80, y0: 599, x1: 164, y1: 608), Rect(x0: 80, y0: 636, x1: 164, y1: 645)]
        #expect(ExamCentredSpans.label(holding: rows[1], rows: rows, labels: centred) == 0)
    }

    @Test("A planned-hires title dated in Western figures opens the exam section: the year is no numbering")
    func westernYearTitle() {
        let found = SectionSegmenterTests.parts([
            L.block("2026年度 採用予定数", x: 46, y: 48, size: 10.5, kind: .heading),
            L.block("事務職採用試験（大学卒業程度）", x: 40, y: 70, size: 8.5),
        ])
        #expect(found.map(\.kind) == [.examBreakdown])
    }
}
