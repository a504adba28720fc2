import Testing

@testable import BrochureKit

/// Hiring tables laid out other than one bracketed count per track and year.
@Suite("Hiring table layouts")
struct HiringLayoutsTests {
    typealias H = HiringParserTests

    /// The part of `H.part(rows)` with a note under its table.
    static func part(_ rows: [[String]], header: Int, note: String) -> SectionSegmenter.Part {
        var part = H.part(rows, header: header)
        let box = Rect(x0: 40, y0: 400, x1: 300, y1: 410)
        part.blocks.append((1, Block(kind: .paragraph, box: box, lines: [TextLine(text: note, box: box, fontSize: 9, isBold: false, orientation: .horizontal)])))
        return part
    }

    @Test("Men and women in columns of their own: the head count is their sum, the women a column")
    func menAndWomenColumns() {
        let record = HiringParser().parse(H.part([
            ["年度", "事務系男性", "女性", "技術系男性", "女性", "合計男性", "女性"],
            ["令和5年度", "4", "4", "1", "1", "5", "5"],
            ["令和6年度（採用予定）", "3", "5", "", "1", "3", "6"],
        ], header: 1))
        #expect(H.read(record) == ["2023 10/5 8/4 2/1", "2024p 9/6 8/5 1/1"])
    }

    @Test("Long format: each year a cell over one row per track, men and women summed, wherever the label sits")
    func longFormat() {
        let centred = HiringParser().parse(H.part([
            ["年度", "区分", "男性", "女性"],
            ["", "事務系", "8", "8"], ["R3", "技術系", "1", "0"], ["", "計", "9", "8"],
            ["", "事務系", "10", "9"], ["R7（予定）", "技術系", "1", "2"], ["", "計", "11", "11"],
        ], header: 1))
        #expect(H.read(centred) == ["2021 17/8 16/8 1/0", "2025p 22/11 19/9 3/2"])
        let topAligned = HiringParser().parse(H.part([
            ["年度", "区分", "人数"],
            ["R4", "事務系", "16（8）"], ["", "技術系", "2（1）"], ["", "計", "18（9）"],
            ["R5", "事務系", "18（9）"], ["", "技術系", "2（1）"], ["", "計", "20（10）"],
        ], header: 1))
        #expect(H.read(topAligned) == ["2022 18/9 16/8 2/1", "2023 20/10 18/9 2/1"])
    }

    @Test("Years in the second column, right of a strip label; labels ending in 採用 and in full-width digits")
    func yearsInSecondColumn() {
        let record = HiringParser().parse(H.part([
            ["採用デー", "総合職の採用状況", "", "", ""],
            ["", "採用年度", "総数", "事務系", "技術系"],
            ["タ", "令和３年度採用", "１８（７）", "１５（６）", "３（１）"],
            ["", "令和７年度採用（予定）", "２０（９）", "１６（７）", "４（２）"],
        ], header: 2))
        #expect(H.read(record) == ["2021 18/7 15/6 3/1", "2025p 20/9 16/7 4/2"])
    }

    @Test("A planned mark longer than the room a label has (2024年度（令和6年度）（予定）) is still a year")
    func longPlannedLabel() {
        let label = YearLabel("2024年度（令和6年度）（予定）")
        #expect(label?.fiscalYear == 2024)
        #expect(label?.planned == true)
        #expect(YearLabel("2024年度の採用者数は前年度から増えています") == nil)
    }

    @Test("A year marked ※ is planned when a ※ note names that year as 予定, and only then")
    func plannedByNote() {
        let rows = [["年度", "合計", "事務系", "技術系"], ["令和６年度", "24（11）", "21（9）", "3（2）"], ["令和７年度※", "26（12）", "22（10）", "4（2）"]]
        let planned = HiringParser().parse(Self.part(rows, header: 1, note: "※令和７年度は採用予定者数です。"))
        #expect(H.read(planned) == ["2024 24/11 21/9 3/2", "2025p 26/12 22/10 4/2"])
        // A note on something else, or one naming another year, leaves the row actual.
        let other = HiringParser().parse(Self.part(rows, header: 1, note: "※令和７年度は組織改編後の数です。"))
        #expect(H.read(other) == ["2024 24/11 21/9 3/2", "2025 26/12 22/10 4/2"])
        let otherYear = HiringParser().parse(Self.part(rows, header: 1, note: "※令和８年度は採用予定者数を掲載予定です。"))
        #expect(H.read(otherYear) == ["2024 24/11 21/9 3/2", "2025 26/12 22/10 4/2"])
    }
}
