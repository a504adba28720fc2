import Testing

@testable import BrochureKit

/// A butterfly hiring table: the years in the middle, one track's counts at the ends of bars
/// growing leftwards from them, the other's rightwards.
@Suite("Butterfly hiring table")
struct ButterflyHiringTableTests {
    typealias H = HiringParserTests

    @Test("Counts left of the years are a track's, read with the rows; a caption left of them is not")
    func countsLeftOfYears() {
        let rows = [["事務職", "年度", "技術職", "合計"], ["3（1）", "令和2年度", "5（1）", "8（2）"], ["2（1）", "令和3年度", "4（0）", "6（1）"], ["3", "令和4年度（予定）", "6", "9"]]
        #expect(H.read(HiringParser().parse(H.part(rows, header: 1))) == ["2020 8/2 3/1 5/1", "2021 6/1 2/1 4/0", "2022p 9/- 3/- 6/-"])
        let captioned = [["", "年度", "事務職", "技術職"], ["採用データ", "令和2年度", "3（1）", "5（1）"], ["", "令和3年度", "2（1）", "4（0）"]]
        #expect(H.read(HiringParser().parse(H.part(captioned, header: 1))) == ["2020 8/2 3/1 5/1", "2021 6/1 2/1 4/0"])
    }

    @Test("A header between two columns goes to the free one when the nearer is taken")
    func headerInTheGap() {
        var b = PageBuilder()
        b.text("事務職", x: 173, y: 218, size: 9)
        b.text("年度", x: 245, y: 218, size: 9)
        b.text("技術職", x: 308, y: 218, size: 9)
        b.text("合計", x: 495, y: 218, size: 9)
        // Each count at the end of its bar: the longer the bar, the further from the years.
        let rows: [(Double, String, Double, String, Double, String, Double, String)] = [
            (128.87, "3（1）", 234.32, "令和2年度", 378, "5（1）", 489.44, "8（2）"), (142.87, "2（1）", 234.32, "令和3年度", 364, "4（0）", 489.44, "6（1）"),
            (128.87, "3（2）", 234.32, "令和4年度", 392, "6（1）", 489.44, "9（3）"), (142.87, "2（0）", 234.32, "令和5年度", 378, "5（2）", 489.44, "7（2）"),
            (152.44, "3", 217.32, "令和6年度（予定）", 392, "6", 501.22, "9"),
        ]
        for (i, row) in rows.enumerated() {
            let y = 240 + Double(i) * 22
            b.text(row.1, x: row.0, y: y, size: 9)
            b.text(row.3, x: row.2, y: y + 0.44, size: 8.5)
            b.text(row.5, x: row.4, y: y, size: 9)
            b.text(row.7, x: row.6, y: y, size: 9)
        }
        let table = LayoutEngine().layout(b.page()).blocks.compactMap(\.table).first
        #expect(table?.rows.first?.map(\.text) == ["事務職", "年度", "技術職", "合計"], "\(table?.rows.map { $0.map(\.text) } ?? [])")
    }
}
