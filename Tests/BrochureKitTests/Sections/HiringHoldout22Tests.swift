import Testing

@testable import BrochureKit

/// Hiring tables of the twenty-second blind set once the layout has read them whole: a
/// vertical (縦組み) table read column by column from the right, and full-width counts.
@Suite("Hiring: a vertical table read column by column, full-width counts")
struct HiringHoldout22Tests {
    typealias H = HiringParserTests

    @Test("Each column of a 縦組み table read as a row: kanji-numeral years, the planned label in two lines")
    func verticalColumnsAsRows() {
        let part = H.part([
            ["年度", "事務系", "技術系", "計"],
            ["令和三年度", "98（45）", "52（12）", "150（57）"],
            ["令和四年度", "104（50）", "55（14）", "159（64）"],
            ["令和八年度（予定）", "120", "66", "186"],
        ], header: 1)
        #expect(H.read(HiringParser().parse(part)) == ["2021 150/57 98/45 52/12", "2022 159/64 104/50 55/14", "2026p 186/- 120/- 66/-"])
    }

    @Test("Full-width counts with the women in full-width brackets")
    func fullWidthCounts() {
        let part = H.part([
            ["年度", "事務系", "技術系", "合計"],
            ["2021年度", "３０（１６）", "１２（３）", "４２（１９）"],
            ["2026年度（予定）", "３６", "１４", "５０"],
        ], header: 1)
        #expect(H.read(HiringParser().parse(part)) == ["2021 42/19 30/16 12/3", "2026p 50/- 36/- 14/-"])
    }
}
