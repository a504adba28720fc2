import Testing

@testable import BrochureKit

/// Holdout set 32's hiring shapes: a selection-results table whose hires are one column among
/// the exam's figures, its plan told in a sentence under it, and bars grouped per year.
@Suite("Hiring: selection results, planned sentence, bars grouped per year")
struct HiringHoldout32Tests {
    typealias H = HiringParserTests

    static func line(_ text: String, _ x: Double, _ y: Double) -> TextLine {
        let box = Rect(x0: x, y0: y, x1: x + 8 * Double(text.count), y1: y + 8)
        return TextLine(text: text, box: box, fontSize: 8, isBold: false, orientation: .horizontal)
    }

    /// Each year spans 事務系 / 技術系 / 計 rows; the applicants and passes come first.
    static var selection: SectionSegmenter.Part {
        H.part([
            ["年度", "区分", "申込者数", "最終合格者数", "倍率", "採用者数", "うち女性"],
            ["", "事務系", "265", "65", "4.1倍", "58", "27"],
            ["令和3年度", "技術系", "109", "34", "3.2倍", "30", "8"],
            ["", "計", "374", "99", "3.8倍", "88", "35"],
            ["", "事務系", "224", "68", "3.3倍", "61", "30"],
            ["令和4年度", "技術系", "143", "29", "4.9倍", "26", "9"],
            ["", "計", "367", "97", "3.8倍", "87", "39"],
        ], header: 1)
    }

    @Test("The hires of a selection-results table are the 採用者数 column, not the applicants")
    func selectionHires() {
        #expect(H.read(HiringParser().parse(Self.selection)) == ["2021 88/35 58/27 30/8", "2022 87/39 61/30 26/9"])
        // Without a stage column the first column of figures is the count, as before.
        #expect(SelectionColumns.hires(["年度", "区分", "人数", "採用者数"]) == nil)
        #expect(SelectionColumns.hires(["年度", "区分", "申込者数", "倍率", "採用者数", "うち女性"], excluding: [5]) == 4)
    }

    @Test("The plan told in a sentence under the table becomes the planned row")
    func plannedSentence() {
        var part = Self.selection
        let sentence = Self.line("令和5年度は、事務系52名、技術系28名、計80名の採用を予定しています。", 40, 260)
        part.blocks.append((1, Block(kind: .paragraph, box: sentence.box, lines: [sentence])))
        #expect(H.read(HiringParser().parse(part)) == ["2021 88/35 58/27 30/8", "2022 87/39 61/30 26/9", "2023p 80/- 52/- 28/-"])
        // A total that is not the tracks' sum, or a year the table has, is no plan.
        #expect(PlannedSentence.row(in: [Self.line("令和5年度は、事務系52名、技術系28名、計81名の採用を予定しています。", 40, 260)], after: 2022, page: 1) == nil)
        #expect(PlannedSentence.row(in: [sentence], after: 2023, page: 1) == nil)
        // A sentence of what was done is no plan.
        #expect(PlannedSentence.row(in: [Self.line("令和5年度は、事務系52名、技術系28名の採用でした。", 40, 260)], after: 2022, page: 1) == nil)
    }

    /// Per year a label, two bars' values (their ends at different places) and a group line.
    static func bars(_ groups: [(String, Int, Int, String)]) -> [TextLine] {
        var lines = [line("採用者数の推移（人）", 40, 170), line("事務職", 190, 170), line("技術専門職", 240, 170)]
        for (k, (label, admin, tech, summary)) in groups.enumerated() {
            let y = 187 + 53 * Double(k)
            lines += [line(label, 40, y), line("\(admin)", 100 + 6 * Double(admin), y + 13), line("\(tech)", 100 + 6 * Double(tech), y + 25)]
            // The total and the women as two pieces of one line.
            let parts = summary.split(separator: "　").map(String.init)
            lines.append(line(parts[0], 52, y + 37))
            if parts.count > 1 { lines.append(line(parts[1], 86, y + 37)) }
            // Another column's table beside the chart, its numbers level with the bars.
            lines += [line("部門", 400, y + 14), line("5", 497, y + 14), line("1", 544, y + 14)]
        }
        return lines
    }

    @Test("Bars grouped per year: the values at the bars' ends, the total and the women from the group line")
    func groupedPerYear() {
        let groups = [
            ("2021年度", 20, 7, "計27人　うち女性11人（事務職9・技術専門職2）"),
            ("2022年度", 17, 9, "計26人　うち女性11人（事務職8・技術専門職3）"),
            ("2023年度（予定）", 22, 9, "計31人"),
        ]
        #expect(H.read(YearGroupBars.parse(Self.bars(groups), page: 1, notedPlans: [])) == ["2021 27/11 20/9 7/2", "2022 26/11 17/8 9/3", "2023p 31/- 22/- 9/-"])
        // A total that is not the bars' sum: not such a chart.
        var wrong = groups
        wrong[1].3 = "計25人"
        #expect(YearGroupBars.parse(Self.bars(wrong), page: 1, notedPlans: []) == nil)
        // Women by track that do not add up to the women's total: only the total's women.
        var uneven = groups
        uneven[0].3 = "計27人　うち女性11人（事務職9・技術専門職1）"
        #expect(H.read(YearGroupBars.parse(Self.bars(uneven), page: 1, notedPlans: [])).first == "2021 27/11 20/- 7/-")
        // No legend naming the tracks: not read.
        #expect(YearGroupBars.parse(Array(Self.bars(groups).dropFirst(3)), page: 1, notedPlans: []) == nil)
    }

    @Test("A group line: the total, the women and the women of each track")
    func groupLine() {
        let line = YearGroupBars.GroupLine("計27人うち女性11人(事務職9・技術専門職2)")
        #expect(line?.total == 27 && line?.women == 11 && line?.byTrack == [.administrative: 9, .technical: 2])
        #expect(YearGroupBars.GroupLine("計31人")?.women == nil)
        #expect(YearGroupBars.GroupLine("うち女性11人") == nil)
        #expect(YearGroupBars.GroupLine("計27人 平均年齢30歳") == nil)
    }
}
