import Testing

@testable import BrochureKit

/// Hiring tables drawn unusually: the header row under the years, a misprinted cell corrected
/// by a note, the women in a table of their own in the other orientation, years running right to left.
@Suite("Hiring tables apart")
struct HiringTablesApartTests {
    static let counts = [
        ["令和3年度", "48（22）", "40（8）", "88（30）", "", "88"],
        ["令和4年度", "51（24）", "42（9）", "93（33）", "", "181"],
        ["令和5年度", "50（23）", "40（10）", "91（33）", "", "272"],
        ["令和6年度（予定）", "58", "47", "105", "", "377"],
        ["年度", "事務系", "技術系", "計", "累計※2", ""],
    ]

    /// `part` with a one-line note block under its table.
    static func withNote(_ part: SectionSegmenter.Part, _ text: String) -> SectionSegmenter.Part {
        var part = part
        part.blocks.append(AssignmentSplitTablesTests.line(text, x: 40, y: 300))
        return part
    }

    @Test("The header row drawn under the years labels the columns; the 累計 column is no count")
    func headerRowBelow() {
        let record = HiringParser().parse(HiringParserTests.part(Self.counts, header: 0))
        #expect(HiringParserTests.read(record) == ["2021 88/30 48/22 40/8", "2022 93/33 51/24 42/9", "2023 91/33 50/23 40/10", "2024p 105/- 58/- 47/-"])
        // A closing 合計 row names one count column only: no header.
        #expect(HeaderRowBelow.rows([["令和3年度", "1"].map { Table.Cell(text: $0, box: nil) }, ["合計", "1"].map { Table.Cell(text: $0, box: nil) }], years: [YearLabel("令和3年度"), nil]) == nil)
    }

    @Test("A ※修正 note's corrected value replaces the misprinted cell when it makes the row add up")
    func correctionNote() {
        let note = "※修正：令和5年度の技術系「40（10）」は「41（10）」の誤りです。計の「91（33）」は正しい数値です。"
        let record = HiringParser().parse(Self.withNote(HiringParserTests.part(Self.counts, header: 0), note))
        #expect(HiringParserTests.read(record)[2] == "2023 91/33 50/23 41/10")
        #expect(CorrectionNote.corrections(in: [note]) == [.init(fiscalYear: 2023, track: .technical, printed: "40（10）", corrected: "41（10）")])
        // A correction that would break a row adding up is not applied.
        let wrong = "※修正：令和4年度の技術系「42（9）」は「44（9）」の誤りです。"
        #expect(HiringParserTests.read(HiringParser().parse(Self.withNote(HiringParserTests.part(Self.counts, header: 0), wrong)))[1] == "2022 93/33 51/24 42/9")
    }

    @Test("The women in a table of their own, years across, beside head counts with years down")
    func womenTableApart() {
        var part = HiringParserTests.part([
            ["年度", "事務系", "技術系", "合計"],
            ["令和3年度", "22", "68", "90"],
            ["令和4年度", "24", "72", "96"],
            ["令和5年度（予定）", "25", "75", "100"],
        ], header: 1)
        part.blocks.append(AssignmentSplitTablesTests.line("うち女性（人）", x: 400, y: 80))
        part.blocks.append((1, AssignmentSplitTablesTests.grid([
            ["区分", "令和3年度", "令和4年度"], ["事務系", "10", "11"], ["技術系", "12", "14"], ["合計", "22", "25"],
        ], top: 100, header: 1)))
        #expect(HiringParserTests.read(HiringParser().parse(part)) == ["2021 90/22 22/10 68/12", "2022 96/25 24/11 72/14", "2023p 100/- 25/- 75/-"])
        // More women than people: not the women of these counts.
        var wrong = part
        wrong.blocks[2] = (1, AssignmentSplitTablesTests.grid([
            ["区分", "令和3年度", "令和4年度"], ["事務系", "30", "11"], ["技術系", "12", "14"], ["合計", "42", "25"],
        ], top: 100, header: 1))
        #expect(HiringParserTests.read(HiringParser().parse(wrong)) == ["2021 90/- 22/- 68/-", "2022 96/- 24/- 72/-", "2023p 100/- 25/- 75/-"])
    }

    @Test("Years across running right to left, the planned year first; a 前年比 row under 計 is no count")
    func yearsRightToLeft() {
        let record = HiringParser().parse(HiringParserTests.part([
            ["区分", "令和8年度（予定）", "令和7年度", "令和6年度"],
            ["事務系", "75", "72（36）", "68（33）"],
            ["技術系", "55", "53（14）", "51（13）"],
            ["計", "130", "125（50）", "119（46）"],
            ["前年比（計）", "＋5", "＋6", "－"],
        ], header: 1))
        #expect(Set(HiringParserTests.read(record)) == ["2026p 130/- 75/- 55/-", "2025 125/50 72/36 53/14", "2024 119/46 68/33 51/13"])
    }
}
