import Testing
@testable import BrochureKit

@Suite("Lines from glyph geometry")
struct LineBuilderTests {
    @Test("Shuffled glyphs come back as whole lines")
    func shuffledGlyphsFormLines() {
        var b = PageBuilder()
        b.text("令和5年度入省者の配属状況は以下の", x: 50, y: 100)
        b.text("とおりです。（令和6年3月現在）", x: 50, y: 115)
        let lines = LineBuilder(page: b.page()).build().sorted { $0.box.y0 < $1.box.y0 }
        #expect(lines.map(\.text) == ["令和5年度入省者の配属状況は以下の", "とおりです。（令和6年3月現在）"])
        #expect(lines.allSatisfy { $0.orientation == .horizontal })
    }

    @Test("Brackets with nothing inside keep their blank; kanji half an em apart take none")
    func emptyBrackets() {
        var b = PageBuilder()
        b.text("※（ ）内は女性の数で内数です。", x: 50, y: 100)
        b.text("全 体の採用者数", x: 50, y: 130)
        let lines = LineBuilder(page: b.page()).build().sorted { $0.box.y0 < $1.box.y0 }
        #expect(lines.map(\.text) == ["※（ ）内は女性の数で内数です。", "全体の採用者数"])
    }

    @Test("A letter-spaced tab of three kanji down a card's edge (1.45 em apart) is one vertical line; two so set, or kanji beside others on their rows, are not")
    func letterSpacedTab() {
        var b = PageBuilder()
        for (i, scalar) in ["事", "務", "系"].enumerated() {
            b.text(scalar, x: 45, y: 418 + Double(i) * 16, size: 11)
        }
        // A side tab at the page's edge, 1.6 em apart.
        for (i, scalar) in ["広", "島", "県"].enumerated() {
            b.text(scalar, x: 570, y: 310 + Double(i) * 19, size: 12)
        }
        for (i, scalar) in ["男", "女"].enumerated() {
            b.text(scalar, x: 300, y: 418 + Double(i) * 16, size: 11)
        }
        b.text("総務部人事課", x: 70, y: 414, size: 9)
        b.text("本社 21階", x: 70, y: 429, size: 8)
        let lines = LineBuilder(page: b.page()).build()
        #expect(lines.contains { $0.text == "事務系" && $0.orientation == .vertical }, "\(lines.map(\.text))")
        #expect(lines.contains { $0.text == "広島県" && $0.orientation == .vertical }, "\(lines.map(\.text))")
        #expect(lines.filter { $0.orientation == .vertical }.count == 2, "\(lines.map(\.text))")
    }

    @Test("A header row of labels spaced wide apart keeps its widest label apart from its neighbour, though a figure below crosses the gap; a form's spaced single glyphs stay one line")
    func spacedLabelRow() {
        var b = PageBuilder()
        b.text("区分", x: 63, y: 170, size: 8)
        for (i, year) in ["2021年度", "2022年度", "2023年度", "2024年度", "2025年度"].enumerated() {
            b.text(year, x: 128 + Double(i) * 75.5, y: 170, size: 8)
        }
        // The planned year's label, twice as long, set 2.5 em after its neighbour.
        b.text("2026年度（計画）", x: 482, y: 170, size: 8)
        b.text("事務系職員", x: 39, y: 185, size: 8)
        b.text("13（7）", x: 454, y: 185, size: 8)
        b.text("14", x: 538, y: 185, size: 8)
        // A form's blanks over a sentence that crosses them.
        b.text("期間", x: 50, y: 300)
        for (i, unit) in ["年", "月", "日"].enumerated() {
            b.text(unit, x: 95 + Double(i) * 35, y: 300)
        }
        b.text("記入例：令和６年４月１日から令和７年３月３１日まで", x: 50, y: 312)
        let texts = LineBuilder(page: b.page()).build().map(\.text)
        #expect(texts.contains("2025年度") && texts.contains("2026年度（計画）"), "\(texts)")
        #expect(texts.contains("期間 年 月 日"), "\(texts)")
    }

    @Test("A space only where a Latin word gap is")
    func spacesBetweenLatinWordsOnly() {
        var b = PageBuilder()
        b.text("Work life balance", x: 50, y: 100)
        b.text("ワーク ライフ", x: 50, y: 130)
        let lines = LineBuilder(page: b.page()).build().sorted { $0.box.y0 < $1.box.y0 }
        #expect(lines.map(\.text) == ["Work life balance", "ワークライフ"])
    }

    @Test("A third of an em between a title and its text in other type is a space; between two words in one type it is not")
    func titleThenTextInOtherType() {
        var b = PageBuilder()
        b.text("お問い合わせ", x: 40, y: 100, size: 10, bold: true)
        b.text("採用に関するご質問は、各担当までどうぞ。", x: 106, y: 101, size: 8)
        b.text("採用窓口", x: 40, y: 140, size: 10)
        b.text("総務部人事課", x: 86, y: 140, size: 10)
        // A support name at 9.5 pt, its period at 8.5 pt four points on.
        b.text("育児休業", x: 342, y: 180, size: 9.5, bold: true)
        b.text("子が3歳に達するまで", x: 384, y: 181, size: 8.5)
        let lines = LineBuilder(page: b.page()).build().sorted { $0.box.y0 < $1.box.y0 }
        #expect(lines.map(\.text) == ["お問い合わせ 採用に関するご質問は、各担当までどうぞ。", "採用窓口総務部人事課", "育児休業 子が3歳に達するまで"])
    }

    @Test("A vertical heading is one line read top to bottom")
    func verticalHeading() {
        var b = PageBuilder()
        b.vertical("研修制度", x: 30, y: 100, size: 14)
        b.text("入省直後に、全省庁合同の初任行政研修の他", x: 60, y: 100)
        b.text("新規採用職員研修を約１ヶ月にわたり行っています。", x: 60, y: 115)
        let lines = LineBuilder(page: b.page()).build()
        let vertical = lines.filter { $0.orientation == .vertical }
        #expect(vertical.map(\.text) == ["研修制度"])
        #expect(lines.filter { $0.orientation == .horizontal }.count == 2)
    }

    @Test("A column poppler reads from the bottom up is a label turned to run upwards; in text order top down it is 縦書き")
    func upwardLabel() {
        var b = PageBuilder()
        b.text("総務部人事課人事第一係", x: 60, y: 100)
        b.text("本局管理棟2階", x: 60, y: 115)
        // The label's glyphs as poppler gives them: 事 at the bottom first, then upwards.
        var upward = b
        upward.vertical("系務事", x: 30, y: 100)
        let turned = LineBuilder(page: Page(number: 1, width: 595, height: 842, glyphs: upward.glyphs.reversed(), fonts: upward.fonts)).build()
        #expect(turned.filter { $0.orientation == .vertical }.map(\.text) == ["事務系"])
        var upright = b
        upright.vertical("事務系", x: 30, y: 100)
        let read = LineBuilder(page: Page(number: 1, width: 595, height: 842, glyphs: upright.glyphs, fonts: upright.fonts)).build()
        #expect(read.filter { $0.orientation == .vertical }.map(\.text) == ["事務系"])
    }

    @Test("Vertical body text is read as whole vertical lines")
    func verticalBody() {
        var b = PageBuilder()
        b.vertical("わたくしといふ現象は", x: 500, y: 100)
        b.vertical("假定された有機交流電燈の", x: 484, y: 100)
        b.vertical("ひとつの青い照明です", x: 468, y: 100)
        let lines = LineBuilder(page: b.page()).build()
        #expect(Set(lines.map(\.text)) == ["わたくしといふ現象は", "假定された有機交流電燈の", "ひとつの青い照明です"])
        #expect(lines.allSatisfy { $0.orientation == .vertical })
    }

    @Test("Two columns are never joined across the gutter")
    func gutterSplitsColumns() {
        var b = PageBuilder()
        for row in 0..<5 {
            b.text("左の段の本文がここに入ります", x: 40, y: 100 + Double(row) * 15)
            b.text("右の段の本文がここに入ります", x: 200, y: 100 + Double(row) * 15)
        }
        let lines = LineBuilder(page: b.page()).build()
        #expect(lines.count == 10)
        #expect(lines.allSatisfy { $0.text == "左の段の本文がここに入ります" || $0.text == "右の段の本文がここに入ります" })
    }

    @Test("A full-width space inside a line does not split it")
    func fullWidthSpaceKeepsLine() {
        var b = PageBuilder()
        b.text("東京都千代田区霞が関２-１-２　合同庁舎２号館", x: 40, y: 100)
        b.text("地下鉄丸ノ内線・日比谷線・千代田線『霞ヶ関』駅下車", x: 40, y: 115)
        let lines = LineBuilder(page: b.page()).build().sorted { $0.box.y0 < $1.box.y0 }
        #expect(lines.count == 2)
        #expect(lines.first?.text == "東京都千代田区霞が関２-１-２ 合同庁舎２号館")
    }

    /// Header cells of a selection-results table, each broken over two lines centred on each
    /// other, over right-aligned figures (positions of a real page, `brochure layout`; its
    /// figures, wider than these, reach under the gap after `申込`).
    @Test("Header words centred each on its own word of the line set tight under them are cells, however narrow the columns")
    func centredHeaderCellsStayApart() {
        var b = PageBuilder()
        let cells: [(String, Double, Double)] = [
            ("申込", 138, 172.15), ("1次合格", 176.48, 172.15), ("最終合格", 222, 172.15), ("年度", 58, 177.4), ("区分", 100, 177.4),
            ("者数", 138, 182.65), ("者数", 183, 182.65), ("者数", 230, 182.65),
            ("事務系", 96, 198.35), ("265", 153.5, 198.35), ("124", 196.56, 198.35), ("65", 249.51, 198.35),
            ("令和3年度", 47.53, 214.05), ("技術系", 96, 214.05), ("109", 153.5, 214.05), ("65", 201.51, 214.05), ("34", 249.51, 214.05),
        ]
        for (text, x, y) in cells { b.text(text, x: x, y: y, size: 8) }
        // The table's caption, close over the header: it crosses every gap of the header's first line.
        b.text("大学卒業程度試験の選考結果と採用者数（人）", x: 40, y: 154.92, size: 8.5)
        let texts = LineBuilder(page: b.page()).build().map(\.text)
        #expect(texts.contains("申込") && texts.contains("1次合格") && texts.contains("最終合格"), "\(texts)")
    }

    @Test("Names spread 均等割り over their column's width are one word each; single-letter header cells and vertical columns are not")
    func justifiedNamesInTheirColumn() {
        var b = PageBuilder()
        // Each name spread from x 43 to 155 (letters 8.5 pt wide), as wide as the longest.
        func spread(_ name: String, y: Double) {
            let letters = Array(name)
            let pitch = (155 - 43 - 8.5) / Double(letters.count - 1)
            for (k, letter) in letters.enumerated() { b.text(String(letter), x: 43 + Double(k) * pitch, y: y, size: 8.5) }
        }
        b.text("配属先", x: 86, y: 406, size: 8.5)
        b.text("事務系", x: 200, y: 406, size: 8.5)
        spread("総務部", y: 422)
        spread("政策企画部", y: 438)
        b.text("地域防災総合事務所等", x: 43, y: 454, size: 11.2)
        spread("警察本部", y: 470)
        for (k, count) in ["6", "5", "7", "5"].enumerated() { b.text(count, x: 210, y: 422 + Double(k) * 16, size: 8.5) }
        // A header of single letters, one per column, over figures: cells, whatever their pitch.
        for (k, letter) in ["男", "女", "計"].enumerated() { b.text(letter, x: 300 + Double(k) * 30, y: 406, size: 8.5) }
        for (k, count) in ["38", "29", "67"].enumerated() { b.text(count, x: 300 + Double(k) * 30, y: 422, size: 8.5) }
        // Vertical columns at one pitch: their letters are no spread words across the columns.
        for (k, column) in ["暮らしに寄り添い", "山と海の恵みに満", "三重県は南北に長く"].enumerated() {
            b.vertical(column, x: 520 - Double(k) * 20, y: 420, size: 9)
        }
        let texts = LineBuilder(page: b.page()).build().map { $0.text.filter { $0 != " " } }
        for name in ["総務部", "政策企画部", "警察本部"] { #expect(texts.contains(name), "\(texts)") }
        #expect(texts.contains("男") && texts.contains("女") && texts.contains("計"), "\(texts)")
        #expect(texts.contains("暮らしに寄り添い") && texts.contains("三重県は南北に長く"), "\(texts)")
    }
}
