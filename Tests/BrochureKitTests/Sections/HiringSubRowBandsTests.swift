import Testing

@testable import BrochureKit

/// Hiring tables whose years span bands of sub-rows, and notes whose marks stand apart.
@Suite("Hiring sub-row bands")
struct HiringSubRowBandsTests {
    @Test("Each year spans 総合職 / 一般職 / 計 sub-rows, its label on any one of them: the 計 row is the year's figure")
    func sumRowOfEachBand() {
        let record = HiringParser().parse(HiringParserTests.part([
            ["年度", "区分", "事務系", "技術系", "合計"],
            ["", "総合職", "3（1）", "－", "3（1）"],
            ["2021", "一般職", "10（6）", "1（0）", "11（6）"],
            ["", "計", "13（7）", "1（0）", "14（7）"],
            ["2022", "総合職", "2（1）", "1（0）", "3（1）"],
            ["", "一般職", "12（7）", "1（1）", "13（8）"],
            ["", "計", "14（8）", "2（1）", "16（9）"],
            ["", "総合職", "2", "1", "3"],
            ["2023（予定）", "一般職", "9", "2", "11"],
            ["", "計", "11", "3", "14"],
        ], header: 1))
        #expect(HiringParserTests.read(record) == ["2021 14/7 13/7 1/0", "2022 16/9 14/8 2/1", "2023p 14/- 11/- 3/-"])
    }

    @Test("Each year spans 学部卒 / 大学院修了＊1 / 小計 sub-rows, the totals not printed: the 小計 row is the year's figure")
    func subtotalRowOfEachBand() {
        let record = HiringParser().parse(HiringParserTests.part([
            ["年度", "区分", "事務職", "技術職"],
            ["", "学部卒", "9（5）", "3（1）"],
            ["2021年度", "大学院修了＊1", "2（1）", "6（1）"],
            ["", "小計", "11（6）", "9（2）"],
            ["", "学部卒", "10（6）", "2（0）"],
            ["2022年度", "大学院修了＊1", "1（0）", "7（2）"],
            ["", "小計", "11（6）", "9（2）"],
            ["", "学部卒", "12", "4"],
            ["2023年度（予定）＊2", "大学院修了＊1", "3", "8"],
            ["", "小計", "15", "12"],
        ], header: 1))
        #expect(HiringParserTests.read(record) == ["2021 20/8 11/6 9/2", "2022 20/8 11/6 9/2", "2023p 27/- 15/- 12/-"])
    }

    @Test("A 計 row that is not its band's sum is no band; sub-rows naming the tracks are the long format")
    func bandsNeedTheirSums() {
        func table(_ rows: [[String]]) -> (Table, [YearLabel?]) {
            let table = HiringParserTests.part(rows, header: 1).blocks[0].block.table!
            return (table, table.rows.map { YearLabel($0[0].text) })
        }
        let wrongSum = table([
            ["年度", "区分", "事務系", "技術系", "合計"],
            ["2021", "総合職", "3", "－", "3"], ["", "一般職", "10", "1", "11"], ["", "計", "13", "1", "15"],
            ["2022", "総合職", "2", "1", "3"], ["", "一般職", "12", "1", "13"], ["", "計", "14", "2", "16"],
        ])
        #expect(SumSubRows.collapse(wrongSum.0, years: wrongSum.1) == nil)
        let tracks = table([
            ["年度", "区分", "男性", "女性", "計"],
            ["2021", "事務系", "8", "8", "16"], ["", "技術系", "1", "0", "1"], ["", "計", "9", "8", "17"],
            ["2022", "事務系", "8", "9", "17"], ["", "技術系", "1", "1", "2"], ["", "計", "9", "10", "19"],
        ])
        #expect(SumSubRows.collapse(tracks.0, years: tracks.1) == nil)
    }

    /// A one-line block of `texts` stacked at `x`, one line every 14 pt from y 300.
    static func column(_ texts: [String], x: Double, kind: Block.Kind = .paragraph) -> Block {
        let lines = texts.enumerated().map { i, text in
            TextLine(
                text: text, box: Rect(x0: x, y0: 300 + Double(i) * 14, x1: x + 9 * Double(text.count), y1: 309 + Double(i) * 14),
                fontSize: 9, isBold: false, orientation: .horizontal)
        }
        let box = lines.dropFirst().reduce(lines[0].box) { $0.union($1.box) }
        return Block(kind: kind, box: box, lines: lines)
    }

    @Test("Note marks in a column of their own beside the notes' texts: the marked label's year is planned")
    func noteMarksBeside() {
        var part = HiringParserTests.part([
            ["採用年度", "事務系", "技術系", "計"],
            ["令和6年度", "10", "2", "12"],
            ["令和7年度※1", "11", "3", "14"],
        ], header: 1)
        part.blocks.append((1, Self.column(["※1", "※2"], x: 40, kind: .list)))
        part.blocks.append((1, Self.column(["令和7年度は採用予定数です。", "経験者採用を含みます。"], x: 58)))
        #expect(HiringParserTests.read(HiringParser().parse(part)) == ["2024 12/- 10/- 2/-", "2025p 14/- 11/- 3/-"])
        let notes = NoteMarksBeside.notes([Self.column(["※1", "※2"], x: 40, kind: .list), Self.column(["予定です。", "含みます。"], x: 58)])
        #expect(notes == ["※1予定です。", "※2含みます。"])
    }
}
