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

    @Test("A table's column of cells of one width saying the same things again is no justified paragraph")
    func repeatedCells() {
        let levels = ["大学卒業程度", "大学卒業程度", "高校卒業程度", "大学卒業程度", "大学卒業程度", "大学卒業程度", "高校卒業程度"]
        #expect(TextFlows.find(in: Self.lines(levels, pitch: 17, size: 9), unit: 9).isEmpty)
        // The same column saying something else on each line is set as prose would be.
        let distinct = ["大学卒業程度", "高校卒業程度", "短大卒業程度", "大学院修了者", "社会人経験者", "障害者選考枠", "就職氷河期枠"]
        #expect(TextFlows.find(in: Self.lines(distinct, pitch: 17, size: 9), unit: 9).count == 7)
    }

    @Test("A loose sentence of Japanese whose lines break a character short is prose; figures ragged within an em are not")
    func sentenceBrokenShort() {
        // Pitch 1.7 (a gap of 0.7 em of 8.6), lines ending 0.6 em short of the widest.
        func lines(_ texts: [String], widths: [Double]) -> [TextLine] {
            zip(Self.lines(texts, pitch: 14.6), widths).map { line, width in
                var line = line
                line.box = Rect(x0: line.box.x0, y0: line.box.y0, x1: line.box.x0 + width, y1: line.box.y1)
                return line
            }
        }
        let widths = [129.0, 124.0, 124.0, 100.0]
        let sentence = ["令和8年度に予定している試験区", "分ごとの採用予定数です。各区", "分の採用予定数は、採用試験の", "合格者数とは異なります。"]
        #expect(TextFlows.find(in: lines(sentence, widths: widths), unit: 8.6).count == 4)
        // The same shape in figures, or without the sentence's end: a column of cells.
        let figures = ["172名(女性84名)", "165名(女性80名)", "178名(女性90名)", "184名(女性95名)"]
        #expect(TextFlows.find(in: lines(figures, widths: widths), unit: 8.6).isEmpty)
        #expect(TextFlows.find(in: lines(sentence.dropLast() + ["合格者数とは異なります"], widths: widths), unit: 8.6).isEmpty)
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
