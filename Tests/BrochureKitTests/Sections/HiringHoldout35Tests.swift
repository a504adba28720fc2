import Testing

@testable import BrochureKit

/// Hiring shapes of the thirty-fifth blind set: a year marked `※` glossed by a note `※予定数`,
/// a 職種別 table whose tracks are set vertically beside their `小計` rows, and the women in a
/// table of their own with no header, standing under the counts' year columns.
@Suite("Hiring: glossed marks, vertical track groups, women under the year columns")
struct HiringHoldout35Tests {
    typealias H = HiringParserTests

    static let marked = [
        ["採用年度", "事務", "うち女性", "技術", "うち女性", "合計", "うち女性"],
        ["令和6年度", "105", "50", "57", "15", "162", "65"],
        ["令和7年度", "110", "52", "63", "19", "173", "71"],
        ["令和8年度※", "112", "－", "66", "－", "178", "－"],
    ]

    @Test("A label marked ※ is planned when a note glosses the mark alone as 予定")
    func glossedMark() {
        let record = HiringParser().parse(HiringTablesApartTests.withNote(H.part(Self.marked, header: 1), "※予定数"))
        #expect(H.read(record).last == "2026p 178/- 112/- 66/-")
        // No gloss, or a sentence about the plan rather than a gloss of the mark: not planned.
        #expect(H.read(HiringParser().parse(H.part(Self.marked, header: 1))).last?.hasPrefix("2026 ") == true)
        let sentence = HiringTablesApartTests.withNote(H.part(Self.marked, header: 1), "※予定数は変更になる場合があります。")
        #expect(H.read(HiringParser().parse(sentence)).last?.hasPrefix("2026 ") == true)
        #expect(MarkedPlanLabels.plannedReference("※ 採用予定数") == "※")
        #expect(MarkedPlanLabels.plannedReference("※1：予定") == "※1")
        #expect(MarkedPlanLabels.plannedReference("※令和8年度は予定") == nil)
        #expect(MarkedPlanLabels.plannedReference("※数字は人数") == nil)
        #expect(MarkedPlanLabels.year(of: "令和8年度※1", reference: "※") == nil)
        #expect(MarkedPlanLabels.year(of: "2026年度※", reference: "※") == 2026)
    }

    @Test("Marks on two years glossed as 予定 single out neither")
    func glossedMarkOnTwoYears() {
        var rows = Self.marked
        rows[1][0] = "令和6年度※"
        let record = HiringParser().parse(HiringTablesApartTests.withNote(H.part(rows, header: 1), "※予定数"))
        #expect(!(record?.rows.contains(where: \.planned) ?? true))
    }

    /// A 職種別 table, years across, with the tracks `事務職` / `技術職` as vertical lines left of
    /// their groups (rows 1–3 and 4–6 at 20 pt a row from y 100).
    static func categories(tracks: [(String, Double, Double)]) -> SectionSegmenter.Part {
        var part = H.part([
            ["区分", "令和6年度", "令和7年度", "令和8年度（予定）"],
            ["行政", "42", "44", "45"],
            ["学校事務", "4", "5", "4"],
            ["小計", "46（20）", "49（22）", "49"],
            ["土木", "13", "14", "15"],
            ["建築", "4", "5", "5"],
            ["小計", "17（5）", "19（6）", "20"],
            ["合計", "63（25）", "68（28）", "69"],
        ], header: 1)
        for (text, top, bottom) in tracks {
            let box = Rect(x0: 22, y0: top, x1: 31, y1: bottom)
            part.blocks.insert((1, Block(kind: .heading, box: box, lines: [TextLine(text: text, box: box, fontSize: 9, isBold: false, orientation: .vertical)])), at: 0)
        }
        return part
    }

    @Test("Each bare 小計 row is the track set vertically beside its group")
    func verticalTrackSubtotals() {
        let record = HiringParser().parse(Self.categories(tracks: [("事務職", 115, 145), ("技術職", 175, 205)]))
        #expect(H.read(record) == ["2024 63/25 46/20 17/5", "2025 68/28 49/22 19/6", "2026p 69/- 49/- 20/-"])
        // Without the vertical labels no row is a track's: 学校事務 passes for 事務, as before.
        #expect(H.read(HiringParser().parse(Self.categories(tracks: []))).first == "2024 63/25 4/- nil")
        // A vertical line beside no 小計 group, or far from the table, names none.
        let far = SubtotalRows.namedByVerticalTracks(
            Self.categories(tracks: []).blocks[0].block.table!,
            from: [Block(kind: .heading, box: Rect(x0: 0, y0: 115, x1: 2, y1: 145), lines: [
                TextLine(text: "事務職", box: Rect(x0: -20, y0: 115, x1: -11, y1: 145), fontSize: 9, isBold: false, orientation: .vertical)
            ])])
        #expect(far.rows[3][0].text == "小計")
    }

    /// Head counts with years across (planned last) and, under a caption, the women's table with
    /// the same row labels and no header, its columns under the actual years only.
    static func womenUnder(_ women: [[String]], caption: String = "うち女性") -> SectionSegmenter.Part {
        var part = H.part([
            ["区分", "2023年度", "2024年度", "2025年度", "2026年度予定"],
            ["事務系職員", "7", "6", "8", "8"],
            ["技術系職員", "8", "10", "12", "13"],
            ["計", "15", "16", "20", "21"],
        ], header: 1)
        part.blocks.append(AssignmentSplitTablesTests.line(caption, x: 40, y: 185))
        part.blocks.append((1, AssignmentSplitTablesTests.grid(women, top: 200)))
        return part
    }

    @Test("The women's table without a header takes the years of the columns it stands under; a dash is none")
    func womenUnderYearColumns() {
        let women = [["事務系職員", "4", "3", "5"], ["技術系職員", "1", "—", "3"], ["計", "5", "3", "8"]]
        let record = HiringParser().parse(Self.womenUnder(women))
        #expect(H.read(record) == ["2023 15/5 7/4 8/1", "2024 16/3 6/3 10/0", "2025 20/8 8/5 12/3", "2026p 21/- 8/- 13/-"])
        // Rows that are not the counts' (another table under the same years) are no women.
        let other = [["研究職", "4", "3", "5"], ["船員", "1", "2", "3"], ["計", "5", "5", "8"]]
        #expect(H.read(HiringParser().parse(Self.womenUnder(other))).first == "2023 15/- 7/- 8/-")
        // Without a caption naming the women, nor is it.
        #expect(H.read(HiringParser().parse(Self.womenUnder(women, caption: "参考"))).first == "2023 15/- 7/- 8/-")
    }
}
