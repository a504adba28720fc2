import Testing

@testable import BrochureKit

/// Hiring shapes of the thirtieth blind set: years across on a two-row header (`2021` over
/// `R3`) with `総数／女性` cells explained by a legend quoting one, a women's share after the
/// women's column, and an exam heading naming the planned hires by category.
@Suite("Hiring: two-row year headers, quoted legends, women's shares")
struct HiringHoldout30Tests {
    typealias H = HiringParserTests

    static func legend(_ text: String) -> (Int, Block) {
        let line = TextLine(text: text, box: Rect(x0: 40, y0: 300, x1: 400, y1: 310), fontSize: 9, isBold: false, orientation: .horizontal)
        return (1, Block(kind: .paragraph, box: line.box, lines: [line], table: nil))
    }

    @Test("Years across on two rows, Western over era: one label per year, the era row's 予定 marks the plan")
    func twoRowYearHeader() {
        var part = H.part([
            ["区分", "2021", "2022", "2023"],
            ["", "R3", "R4", "R5予定"],
            ["事務系", "112／58", "118／61", "130"],
            ["技術系", "64／15", "70／18", "75"],
            ["計", "176／73", "188／79", "205"],
            ["女性比率", "41.5%", "42.0%", "－"],
        ], header: 2)
        part.blocks.append(Self.legend("※「112／58」は「採用者数／うち女性」を表します。"))
        #expect(H.read(HiringParser().parse(part)) == ["2021 176/73 112/58 64/15", "2022 188/79 118/61 70/18", "2023p 205/- 130/- 75/-"])
    }

    @Test("A column holding one year in two spellings is no column of years")
    func oneYearTwice() {
        let table = H.part([["2021", "x"], ["R3", "y"], ["10", "z"]], header: 0).blocks[0].block.table!
        #expect(HiringParser.fromYearColumn(table) == nil)
    }

    @Test("A row under the years naming other years, or none, is no second spelling of them")
    func notSpelledAgain() {
        let rows: [[Table.Cell]] = [["区分", "2021", "2022"], ["", "R4", "R5"], ["事務系", "10", "12"]].map { $0.map { Table.Cell(text: $0, box: nil) } }
        let years = YearLabel.carryingEra(rows[0].map(\.text))
        #expect(HiringParser.yearsSpelledAgain(years, below: rows, header: 0) == nil)
        #expect(HiringParser.yearsSpelledAgain(years, below: rows, header: 1) == nil)
    }

    @Test("A legend quoting a cell before naming its parts still explains the pairs")
    func quotedLegend() {
        #expect(SlashedWomen.isLegend("※「112／58」は「採用者数／うち女性」を表します。"))
        #expect(!SlashedWomen.isLegend("※「112／58」は令和3年度の数です。"))
    }

    @Test("A women's share after the women's column pairs with nothing: the tracks keep their women")
    func shareAfterWomen() {
        let record = HiringParser().parse(H.part([
            ["年度", "事務系採用数", "事務系うち女性", "技術系採用数", "技術系うち女性", "合計", "うち女性", "女性比率"],
            ["2021年度", "18", "10", "3", "1", "21", "11", "52.4%"],
            ["2022年度", "20", "11", "2", "0", "22", "11", "50.0%"],
            ["2023年度（予定）", "21", "－", "4", "－", "25", "－", "－"],
        ], header: 1))
        #expect(H.read(record) == ["2021 21/11 18/10 3/1", "2022 22/11 20/11 2/0", "2023p 25/- 21/- 4/-"])
    }

    @Test("A heading naming the planned hires by category opens the exam breakdown")
    func plannedByCategory() {
        #expect(SectionKind.opened(by: "2026年度採用予定数（区分別）") == .examBreakdown)
        #expect(SectionKind.opened(by: "区分別の採用予定") == .examBreakdown)
        #expect(SectionKind.opened(by: "2026年度採用予定数") == nil)
    }
}
