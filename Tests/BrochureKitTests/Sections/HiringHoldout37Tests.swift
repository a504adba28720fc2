import Testing

@testable import BrochureKit

/// Hiring shapes of the thirty-seventh blind set: a table of years down whose column of year
/// labels the layout left beside it as one block of many lines (each label on two lines,
/// `令和2年度` over `(2020)`), and the planned year in a
/// callout badge beside the table (`令和8年度` over `採用予定`, then the tracks' counts), whose
/// year, set larger than the section's heading, and plan word must neither close the hiring
/// section nor open the exams'.
@Suite("Hiring: a column of year labels as one block, a plan badge beside the table")
struct HiringHoldout37Tests {
    typealias H = HiringParserTests
    typealias L = LooseLayoutsTests

    static func line(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> TextLine {
        TextLine(text: text, box: Rect(x0: x0, y0: y0, x1: x1, y1: y1), fontSize: y1 - y0, isBold: false, orientation: .horizontal)
    }

    static func block(_ lines: [TextLine], kind: Block.Kind = .paragraph) -> (page: Int, block: Block) {
        (1, Block(kind: kind, box: Rect.enclosing(lines.map(\.box))!, lines: lines))
    }

    /// The grid of figures alone (header `事務職 | うち女性 | …`, rows 25 pt apart from y 198).
    static var grid: (page: Int, block: Block) {
        ExamHoldout34Tests.table([
            ["事務職", "うち女性", "技術職", "うち女性", "合計", "うち女性"],
            ["48", "20", "30", "6", "78", "26"],
            ["50", "22", "28", "5", "78", "27"],
            ["46", "21", "33", "8", "79", "29"],
        ], xs: [125...160, 190...207, 225...255, 285...303, 320...351, 370...399], y0: 198, step: 25, header: 1)
    }

    /// Each year's label on two lines, the era's over the western year's in brackets.
    static var twoLineLabels: (page: Int, block: Block) {
        Self.block((1...3).flatMap { r -> [TextLine] in
            let y = 198 + 25 * Double(r)
            return [Self.line("令和\(r + 1)年度", 47, y, 86, y + 8), Self.line("(\(2019 + r))", 47, y + 10, 74, y + 18)]
        })
    }

    static let read = ["2020 78/26 48/20 30/6", "2021 78/27 50/22 28/5", "2022 79/29 46/21 33/8"]

    @Test("A column of two-line year labels set as one block beside the grid names its rows")
    func twoLineColumn() throws {
        let part = L.part(.hiring, "採用者数の推移", [L.block("年度", x: 70, y: 198, size: 8), Self.twoLineLabels, Self.grid])
        #expect(H.read(HiringParser().parse(part)) == Self.read)
        let labels = RowLabelsBeside.stackedLabels(of: Self.twoLineLabels.block, rows: [198...205.3, 223...230.3, 248...255.3, 273...280.3])
        #expect(labels.map(\.text) == ["令和2年度(2020)", "令和3年度(2021)", "令和4年度(2022)"])
        // The grid alone names no year: nothing read.
        #expect(H.read(HiringParser().parse(L.part(.hiring, "採用者数の推移", [Self.grid]))).isEmpty)
    }

    @Test("A paragraph beside the grid, two lines on one row or one between rows that is no part of a label, gives no labels")
    func proseGivesNoLabels() {
        // Lines of a paragraph, two on one row or one between rows that is no part of a label: no labels.
        let prose = Self.block([Self.line("採用者数は", 45, 223, 83, 231), Self.line("年々", 45, 225, 83, 233), Self.line("増えています", 45, 248, 83, 256)])
        #expect(RowLabelsBeside.stackedLabels(of: prose.block, rows: [223...230.3, 248...255.3]).isEmpty)
        let between = Self.block([Self.line("2020年度", 45, 223, 83, 231), Self.line("増えています", 45, 233, 83, 241), Self.line("2021年度", 45, 248, 83, 256)])
        #expect(RowLabelsBeside.stackedLabels(of: between.block, rows: [223...230.3, 248...255.3]).isEmpty)
    }

    /// The badge's lines: year, plan word, the tracks and total with their counts, a decoy.
    static let badge = [
        line("令和8年度", 450, 212, 515, 226), line("採用予定", 461, 235, 505, 246),
        line("事務職", 428, 265, 461, 276), line("60名", 508, 263, 537, 276),
        line("技術職", 428, 289, 461, 300), line("35名", 508, 287, 537, 300),
        line("合計", 428, 321, 450, 332), line("95名", 503, 318, 537, 333), line("前年度比＋3名", 456, 338, 509, 346),
    ]

    @Test("A year over a line saying planned heads a plan box; the year alone does not")
    func planWordBox() throws {
        let row = try #require(PlannedBox.row(in: Self.badge, after: 2025, page: 1))
        #expect(H.read(HiringRecord(rows: [row], technicalScope: nil, page: 1)) == ["2026p 95/- 60/- 35/-"])
        #expect(PlannedBox.row(in: Self.badge.filter { $0.text != "採用予定" }, after: 2025, page: 1) == nil)
        // Through the parser: the badge's lines in the section beside the table.
        let part = L.part(.hiring, "採用者数の推移", [L.block("年度", x: 70, y: 198, size: 8), Self.twoLineLabels, Self.grid] + Self.badge.map { Self.block([$0]) })
        #expect(H.read(HiringParser().parse(part)) == Self.read + ["2026p 95/- 60/- 35/-"])
    }

    /// The section's page: its heading, the labelled table, the badge (its year and plan word
    /// set as headings) and the next section's heading under the table.
    static func page(badgeYear: Bool) -> DocumentLayout {
        var blocks = [L.block("採用者数の推移", x: 52, y: 153, size: 12, kind: .heading), L.block("年度", x: 70, y: 198, size: 8), Self.twoLineLabels, Self.grid]
        if badgeYear { blocks.append(Self.block([Self.badge[0]], kind: .heading)) }
        blocks.append(Self.block([Self.badge[1]], kind: .heading))
        blocks += Self.badge[2...].map { Self.block([$0]) }
        blocks.append(L.block("令和7年度採用者の配属先", x: 52, y: 391, size: 11, kind: .heading))
        return DocumentLayout.onePage(PageLayout(number: 1, width: 595, height: 842, bodyFontSize: 8.5, isVertical: false, blocks: blocks.map(\.block)))
    }

    @Test("A badge's year and plan word beside the hiring table stay in the section; a plan word beside it with no year opens the exams")
    func badgeBesideTable() {
        let parts = SectionSegmenter().segment(Self.page(badgeYear: true))
        #expect(parts.map(\.kind) == [.hiring, .assignments])
        #expect(H.read(HiringParser().parse(parts[0])) == Self.read + ["2026p 95/- 60/- 35/-"])
        #expect(SectionSegmenter().segment(Self.page(badgeYear: false)).map(\.kind) == [.hiring, .examBreakdown, .assignments])
    }
}
