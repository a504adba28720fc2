import Testing

@testable import BrochureKit

/// Hiring shapes of the thirty-third blind set: Western years with the intake month after a
/// dot (`2021.4`, `2021.4採用`), and each track over sub-columns by sex (`男性 | 女性 | 計`).
@Suite("Hiring: dotted intake labels and sub-columns by sex")
struct HiringHoldout33Tests {
    typealias H = HiringParserTests

    @Test("A Western year and its month after a dot is an intake label; a decimal figure is not")
    func dottedLabels() {
        #expect(YearLabel("2021.4")?.fiscalYear == 2021)
        #expect(YearLabel("2021.4採用")?.fiscalYear == 2021)
        #expect(YearLabel("２０２６．４採用（予定）").map { ($0.fiscalYear, $0.planned) } ?? (0, false) == (2026, true))
        // A January intake belongs to the fiscal year before.
        #expect(YearLabel("2022.1採用")?.fiscalYear == 2021)
        #expect(YearLabel("12.5") == nil)
        #expect(YearLabel("2021.45") == nil)
        #expect(YearLabel("2021.13") == nil)
    }

    @Test("Dotted labels down the side, women after each count, a decoy difference column")
    func dottedTable() {
        let record = HiringParser().parse(H.part([
            ["年度", "事務系", "うち女性", "技術系（審査・安全）", "うち女性", "合計", "うち女性", "増減"],
            ["2024.4", "14", "8", "44", "26", "58", "34", "−2"],
            ["2025.4", "15", "9", "50", "29", "65", "38", "＋7"],
            ["2026.4（予定）", "16", "－", "50", "－", "66", "－", "＋1"],
        ], header: 1))
        #expect(H.read(record) == ["2024 58/34 14/8 44/26", "2025 65/38 15/9 50/29", "2026p 66/- 16/- 50/-"])
    }

    @Test("Each track over 男性 | 女性 | 計: the count is 計, the women 女性, wherever the track's cell sits")
    func sexSubColumns() {
        // Each track's label centred over its group, so in its middle column; stray cells at the right.
        let record = HiringParser().parse(H.part([
            ["採用年度", "", "事務系", "", "", "技術系", "", "", "合計", "", ""],
            ["", "男性", "女性", "計", "男性", "女性", "計", "男性", "女性", "計", ""],
            ["2024.4採用", "40", "38", "78", "29", "13", "42", "69", "51", "120", "、"],
            ["2025.4採用", "37", "42", "79", "31", "12", "43", "68", "54", "122", ""],
            ["2026.4採用（予定）", "－", "－", "82", "－", "－", "46", "－", "－", "128", ""],
        ], header: 2))
        #expect(H.read(record) == ["2024 120/51 78/38 42/13", "2025 122/54 79/42 43/12", "2026p 128/- 82/- 46/-"])
    }

    @Test("Sub-columns by sex under no track, or two groups under one track, are no groups")
    func notSexGroups() {
        let cell = { (text: String) in Table.Cell(text: text, box: nil) }
        #expect(SexSubColumns.columns(under: [["年度", "", "", "", "", "", ""], ["", "男性", "女性", "計", "男性", "女性", "計"]].map { $0.map(cell) }) == nil)
        #expect(SexSubColumns.columns(under: [["年度", "", "事務系", "", "", "事務系", ""], ["", "男性", "女性", "計", "男性", "女性", "計"]].map { $0.map(cell) }) == nil)
        #expect(SexSubColumns.columns(under: [["年度", "", "事務系", "", "", "技術系", ""], ["", "男性", "女性", "計", "男性", "女性", "計"]].map { $0.map(cell) })?.women == [3: 2, 6: 5])
    }

    @Test("A heading of the planned hires with the exam in brackets opens the exam section; a unit in brackets does not")
    func plannedWithExamNote() {
        #expect(SectionKind.opened(by: "2026年度採用予定（総合職）") == .examBreakdown)
        #expect(SectionKind.opened(by: "2026年度採用予定（人）") == nil)
        #expect(SectionKind.opened(by: "白抜きの点は令和8年度の採用予定数（女性の内訳は未定）") == nil)
        #expect(SectionSegmenter.isDatedPlan("令和8年度採用予定数（大学卒業程度）"))
        #expect(!SectionSegmenter.isDatedPlan("令和8年度採用予定数（単位：人）"))
    }
}
