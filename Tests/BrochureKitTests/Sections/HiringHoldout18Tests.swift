import Testing

@testable import BrochureKit

/// Hiring shapes of the eighteenth blind set: the women as a second group of the same years
/// (row labels shared), labels that print the era once, and `heads／women` pairs.
@Suite("Hiring: column groups, carried eras, slashed pairs")
struct HiringHoldout18Tests {
    typealias H = HiringParserTests

    @Test("Tracks down, years across twice — 採用者数 then うち女性 with no labels of its own: the second group gives each year's women")
    func womenColumnGroup() {
        let record = HiringParser().parse(H.part([
            ["", "", "", "採用者数（人）", "", "", "", "うち女性（人）", ""],
            ["区分", "2021 (R3)", "2022 (R4)", "2023 (R5)", "2024 (R6)見込み", "2021 (R3)", "2022 (R4)", "2023 (R5)", "2024 (R6)見込み"],
            ["事務系", "34", "36", "35", "42", "15", "17", "16", "－"],
            ["技術系", "78", "82", "85", "95", "14", "17", "19", "－"],
            ["合計", "112", "118", "120", "137", "29", "34", "35", "－"],
        ], header: 2))
        #expect(H.read(record) == ["2021 112/29 34/15 78/14", "2022 118/34 36/17 82/17", "2023 120/35 35/16 85/19", "2024p 137/- 42/- 95/-"])
    }

    @Test("The same years twice with no caption naming women are no column group")
    func repeatedYearsWithoutWomen() {
        let table = H.part([
            ["", "", "", "総合職", "", "", "", "一般職", ""],
            ["区分", "2021", "2022", "2023", "2024", "2021", "2022", "2023", "2024"],
            ["事務系", "34", "36", "35", "42", "15", "17", "16", "3"],
        ], header: 2).blocks[0].block.table!
        #expect(WomenColumnGroup.columns(table, header: 1, years: YearLabel.carryingEra(table.rows[1].map(\.text))) == nil)
    }

    @Test("令和元年度 then 2年度 … : a bare era year after an era's label is in that era")
    func carriedEra() {
        let labels = YearLabel.carryingEra(["年度", "令和元年度", "2年度", "3年度", "8年度（見込み）"])
        #expect(labels.map { $0?.fiscalYear } == [nil, 2019, 2020, 2021, 2026])
        #expect(labels.map { $0?.label } == [nil, "令和元年度", "2年度", "3年度", "8年度"])
        #expect(labels.last??.planned == true)
        // Without an era before them, or going backwards, they are no labels.
        #expect(YearLabel.carryingEra(["2年度", "3年度"]).allSatisfy { $0 == nil })
        #expect(YearLabel.carryingEra(["令和5年度", "2年度"]).map { $0?.fiscalYear } == [2023, nil])
        #expect(YearLabel.carryingEra(["2020年度", "3年度"]).map { $0?.fiscalYear } == [2020, nil])
    }

    @Test("Cells 48／24 explained by a line (採用者数／うち女性) are heads and women; a planned 60 has no women")
    func slashedPairs() {
        var part = H.part([
            ["年度", "事務職", "技術職", "計"],
            ["令和元年度", "48／24", "62／15", "110／39"],
            ["2年度", "45／22", "58／14", "103／36"],
            ["8年度（見込み）", "60", "80", "140"],
        ], header: 1)
        let bare = HiringParser().parse(part)
        #expect(H.read(bare).first == "2019 110/- 48/- 62/-")
        let line = TextLine(text: "表中の数字は「採用者数／うち女性」です。", box: Rect(x0: 40, y0: 80, x1: 300, y1: 90), fontSize: 9, isBold: false, orientation: .horizontal)
        part.blocks.insert((1, Block(kind: .paragraph, box: line.box, lines: [line], table: nil)), at: 0)
        #expect(H.read(HiringParser().parse(part)) == ["2019 110/39 48/24 62/15", "2020 103/36 45/22 58/14", "2026p 140/- 60/- 80/-"])
    }

    @Test("A header cell saying 採用者数／うち女性 explains the pairs too")
    func slashedHeader() {
        var part = H.part([
            ["年度", "事務職", "技術職"],
            ["令和5年度", "48／24", "62／15"],
            ["令和6年度", "45／22", "58／14"],
        ], header: 1)
        let header = TextLine(text: "採用者数／うち女性", box: Rect(x0: 40, y0: 80, x1: 200, y1: 90), fontSize: 9, isBold: false, orientation: .horizontal)
        part.blocks[0].block.lines = [header]
        #expect(H.read(HiringParser().parse(part)) == ["2023 110/39 48/24 62/15", "2024 103/36 45/22 58/14"])
    }

    @Test(arguments: [("48／24", 48, 24 as Int?), ("12名/5名", 12, 5), ("14／－", 14, nil)])
    func slashed(_ text: String, _ count: Int, _ women: Int?) {
        #expect(SlashedWomen.parse(text) == CountWithWomen(count: count, women: women))
    }

    @Test func slashedRefused() {
        #expect(SlashedWomen.parse("5／8") == nil)
        #expect(SlashedWomen.parse("60") == nil)
        #expect(SlashedWomen.isLegend("表中の数字は「採用者数／うち女性」です。"))
        #expect(!SlashedWomen.isLegend("令和7年度入社者の配属先（事務職／技術職）"))
    }
}
