import Testing

@testable import BrochureKit

/// Running text marks a page column's edge; how loosely set it may be.
@Suite("Text flows")
struct TextFlowsTests {
    static func lines(_ texts: [String], x: Double = 30, top: Double = 100, pitch: Double, size: Double = 8.6) -> [TextLine] {
        texts.enumerated().map { i, text in
            let width = Double(text.unicodeScalars.count) * size
            let y = top + Double(i) * pitch
            return TextLine(text: text, box: Rect(x0: x, y0: y, x1: x + width, y1: y + size), fontSize: size, isBold: false, orientation: .horizontal)
        }
    }

    static let justified = [
        "入庁後は初任行政研修と観光庁独自の導入研修", "で、観光政策と統計の基礎を学びます。２年目", "以降は地方運輸局や自治体、在外公館への出向",
        "、海外大学院への留学などで視野を広げます。", "す。",
    ]

    @Test("Tight lines are prose whatever their ends; loose ones (pitch 1.6–1.9) only when justified")
    func pitchAndJustification() {
        #expect(TextFlows.find(in: Self.lines(Self.justified, pitch: 12), unit: 8.6).count == 5)
        #expect(TextFlows.find(in: Self.lines(Self.justified, pitch: 14.5), unit: 8.6).count == 5)
        // A table's name column at the same pitch: ragged ends.
        let names = ["政策統括官（経済財政運営担当）", "大臣官房総務課", "地方創生推進事務局", "男女共同参画局", "経済社会総合研究所"]
        #expect(TextFlows.find(in: Self.lines(names, pitch: 14.5), unit: 8.6).isEmpty)
        // Wider apart than line spacing ever is: not one paragraph.
        #expect(TextFlows.find(in: Self.lines(Self.justified, pitch: 18), unit: 8.6).isEmpty)
    }

    @Test("A loose sentence of Japanese whose lines break a character short is prose; figures ragged within an em are not")
    func sentenceBrokenShort() {
        // Pitch 1.6 (a gap of 0.6 em of 8.6), lines ending up to an em short of the widest.
        let sentence = ["令和8年度に予定している試験区", "分ごとの採用予定数です。各", "区分の採用予定数は、採用試験の", "合格者数とは異なります。"]
        #expect(TextFlows.find(in: Self.lines(sentence, pitch: 14.5), unit: 8.6).count == 4)
        let figures = ["172名(女性84名)", "165名(女性80名)", "78名(女性9名)", "184名(女性95名)"]
        #expect(TextFlows.find(in: Self.lines(figures, pitch: 14.5), unit: 8.6).isEmpty)
    }

    @Test("A loosely set, justified column beside a borderless table is not read into it")
    func looseColumnBesideTable() {
        var b = PageBuilder(width: 842, height: 595)
        b.text("研修制度", x: 38, y: 204, size: 11)
        for (i, text) in Self.justified.enumerated() { b.text(text, x: 30, y: 228 + Double(i) * 14, size: 8.6) }
        let rows = [["区分", "2021年度", "2022年度", "2023年度"], ["事務系", "9（4）", "10（5）", "8（4）"], ["技術系", "2（1）", "3（1）", "2（0）"],
                    ["合計", "11（5）", "13（6）", "10（4）"], ["女性の割合", "45.5%", "46.2%", "40.0%"]]
        for (r, row) in rows.enumerated() {
            for (c, cell) in row.enumerated() { b.text(cell, x: 245 + Double(c) * 62, y: 222 + Double(r) * 16, size: 8) }
        }
        let layout = LayoutEngine().layout(b.page())
        let tables = layout.blocks.compactMap(\.table)
        #expect(!tables.contains { $0.rows.joined().contains { $0.text.contains("研修") } })
        #expect(tables.contains { $0.rows.map { $0.map(\.text) } == rows })
    }
}
