import Testing
@testable import BrochureKit

/// Tables whose geometry invites a wrong cut: a column gap that runs on below the table,
/// a count with its women on a second line beside a label centred on both.
@Suite("Table geometry")
struct TableGeometryTests {
    static func tables(_ page: PageBuilder) -> [[[String]]] {
        LayoutEngine().layout(page.page()).blocks.compactMap(\.table).map { $0.rows.map { $0.map(\.text) } }
    }

    @Test("Section words as a table's header cells (`採用実績` over five years, `採用予定` over the sixth), tight over the year row in the table's type, do not cut the table")
    func sectionWordsAsHeaderCells() {
        var b = PageBuilder()
        b.text("採用実績", x: 287, y: 229.2, size: 8.5)
        b.text("採用予定", x: 491, y: 229.2, size: 8.5)
        b.text("区分", x: 78.5, y: 237.7, size: 8.5)
        let years = ["令和3年度", "令和4年度", "令和5年度", "令和6年度", "令和7年度", "令和8年度"]
        for (c, year) in years.enumerated() {
            b.text(year, x: 148.3 + Double(c) * 68, y: 246.2, size: 8.5)
        }
        for (r, row) in [("採用者", ["６２", "６５", "７０", "６８", "７２", "７５"]), ("うち女性", ["２８", "３０", "３３", "３１", "３５", "－"]),
                         ("採用者", ["４８", "５０", "５２", "５５", "５８", "６０"]), ("うち女性", ["１０", "１２", "１３", "１５", "１６", "－"])].enumerated() {
            let y = 263.2 + Double(r) * 17
            b.text(row.0, x: 87, y: y, size: 8.5)
            for (c, cell) in row.1.enumerated() {
                b.text(cell, x: (cell == "－" ? 190.5 : 182) + Double(c) * 68, y: y, size: 8.5)
            }
        }
        b.text("事務系", x: 43, y: 271.7, size: 8.5)
        b.text("技術系", x: 43, y: 305.7, size: 8.5)
        let tables = Self.tables(b)
        #expect(tables.count == 1, "\(tables)")
        #expect(tables.first?.contains { $0.contains("令和8年度") && $0.contains("令和3年度") } == true, "\(tables)")
    }

    @Test("A header row set under the figures, its labels centred left of right-aligned figures, heads the figures' columns and adds none")
    func headerRowUnderFigures() {
        var b = PageBuilder()
        let figureRight = [210.0, 264, 318, 372, 456, 541]
        let rows = [["58", "27", "34", "8", "92", "35"], ["61", "30", "31", "7", "92", "37"], ["66", "－", "40", "－", "106", "－"]]
        for (r, row) in rows.enumerated() {
            let y = 250 + Double(r) * 17
            b.text(["令和2年度", "令和3年度", "令和8年度（予定）"][r], x: 53, y: y, size: 9)
            for (cell, right) in zip(row, figureRight) {
                b.text(cell, x: right - Double(cell.unicodeScalars.count) * (cell == "－" ? 9 : 4.5), y: y, size: 9)
            }
        }
        for (label, x) in [("年度", 96.0), ("事務職", 174), ("うち女性", 223), ("技術職", 282), ("うち女性", 331), ("合計", 409), ("うち女性", 484)] {
            b.text(label, x: x, y: 302, size: 9)
        }
        let tables = Self.tables(b)
        #expect(tables.count == 1, "\(tables)")
        #expect(tables.first?.map(\.count) == [7, 7, 7, 7], "\(tables)")
        #expect(tables.first?.last == ["年度", "事務職", "うち女性", "技術職", "うち女性", "合計", "うち女性"], "\(tables)")
    }

    @Test("A unit column headed by a section word (`配属先`) beside column-group titles carrying a year (`令和6年度採用者`) is the table's header, not a section heading caught in its body")
    func sectionWordBesideYearGroupTitles() {
        var b = PageBuilder()
        b.text("配属先", x: 105, y: 549, size: 8.5)
        b.text("令和6年度採用者", x: 252, y: 540, size: 8.5)
        b.text("令和7年度採用者", x: 432, y: 540, size: 8.5)
        for (c, track) in ["事務系", "技術系", "事務系", "技術系"].enumerated() {
            b.text(track, x: 227 + Double(c) * 90, y: 557.5, size: 8.5)
        }
        for (r, unit) in ["総務部", "健康福祉部", "商工労働部", "農林水産部", "県土整備部", "計"].enumerated() {
            let y = 573 + Double(r) * 15.6
            b.text(unit, x: 43, y: y, size: 8.5)
            for c in 0..<4 { b.text("\(r + 2 * c + 1)", x: 235 + Double(c) * 90, y: y, size: 8.5) }
        }
        let tables = Self.tables(b)
        #expect(tables.count == 1, "\(tables)")
        #expect(tables.first?.contains { $0.first == "総務部" && $0.count == 5 } == true, "\(tables)")
    }

    @Test("A gap between a table's columns that runs down to two headings side by side does not cut the table")
    func columnGapDownToHeadings() {
        var b = PageBuilder(width: 842, height: 595)
        // A panel of running text at the left, the whole height, so no full-width gap slices the page.
        for row in 0..<26 {
            b.text("消費者の安全と安心に関わる行政を一元的に担う組織です。", x: 30, y: 40 + Double(row) * 14, size: 8)
        }
        b.text("事務系", x: 410, y: 40)
        b.text("技術系", x: 540, y: 40)
        b.text("年度", x: 310, y: 50)
        for (x, word) in zip([400.0, 450, 530, 580], ["男性", "女性", "男性", "女性"]) { b.text(word, x: x, y: 60) }
        for (r, counts) in [["3", "3", "1", "0"], ["3", "4", "0", "1"], ["4", "4", "1", "1"]].enumerated() {
            let y = 80 + Double(r) * 20
            b.text("令和\(r + 3)年度", x: 300, y: y)
            for (x, count) in zip([405.0, 455, 535, 585], counts) { b.text(count, x: x, y: y) }
        }
        // Two columns below, headed side by side, leave the gap between 女性 and 男性 open.
        b.text("配属先", x: 300, y: 160, size: 12)
        b.text("試験区分", x: 530, y: 160, size: 12)
        for r in 0..<4 {
            b.text("総務課", x: 300, y: 190 + Double(r) * 18)
            b.text("\(r + 1)名", x: 440, y: 190 + Double(r) * 18)
            b.text("法律：\(r + 2)名", x: 530, y: 190 + Double(r) * 18)
        }
        let hiring = Self.tables(b).first { $0.contains { $0.first == "令和3年度" } }
        #expect(hiring?.last == ["令和5年度", "4", "4", "1", "1"])
    }

    @Test("Counts over a bracketed second line (20名 / （うち女性7名）) beside year labels centred on both stay one table")
    func bracketedSecondLines() {
        var b = PageBuilder()
        for (x, word) in zip([40.0, 140, 240, 340], ["年度", "合計", "事務系", "技術系"]) { b.text(word, x: x, y: 100, size: 8) }
        for r in 0..<3 {
            // The label centred on the two lines meets each by a third of its height.
            let y = 120 + Double(r) * 27
            b.text("令和\(r + 3)年度", x: 40, y: y + 5.2, size: 8)
            for (x, count) in zip([145.0, 245, 345], ["2\(r)名", "1\(r)名", "\(r + 1)名"]) { b.text(count, x: x, y: y, size: 8) }
            for x in [125.0, 225, 325] { b.text("（うち女性\(r)名）", x: x, y: y + 10.4, size: 8) }
        }
        let tables = Self.tables(b)
        #expect(tables.count == 1)
        #expect(tables.first?.last == ["令和5年度", "22名（うち女性2名）", "12名（うち女性2名）", "3名（うち女性2名）"])
    }

    @Test("Two headings side by side are not split at a gap inside the left table: its last column (計) stays with it")
    func lastColumnStaysWithItsTable() {
        var b = PageBuilder()
        b.text("採用実績", x: 40, y: 100, size: 12)
        b.text("配属実績", x: 330, y: 100, size: 12)
        for (x, word) in zip([40.0, 100, 180, 225, 288], ["年度", "区分", "男性", "女性", "計"]) { b.text(word, x: x, y: 130) }
        for (r, row) in [["事務系", "8", "8", "16"], ["技術系", "1", "0", "1"], ["計", "9", "8", "17"]].enumerated() {
            let y = 148 + Double(r) * 18
            if r == 1 { b.text("R3", x: 40, y: y) }
            b.text(row[0], x: 100, y: y)
            b.text(row[1], x: 185, y: y)
            b.text(row[2], x: 230, y: y)
            // Right-aligned at 298.
            b.text(row[3], x: 298 - 5 * Double(row[3].count), y: y)
        }
        for (r, unit) in ["配属先", "事務総局総務課", "人材局", "給与局"].enumerated() {
            b.text(unit, x: 316, y: 126 + Double(r) * 21)
            b.text(r == 0 ? "事務系" : "\(r + 2)", x: 470, y: 126 + Double(r) * 21)
        }
        let hiring = Self.tables(b).first { $0.contains { $0.contains("R3") } }
        #expect(hiring?.first?.last == "計", "\(Self.tables(b))")
        #expect(hiring?.last?.last == "17")
    }

    @Test("A row of framed boxes, a name over two wrapped lines each, is read box by box, not as a table")
    func boxesOfWrappedText() {
        var b = PageBuilder()
        let boxes = [("育児休業", "子が３歳に達するまで", "取得可能"), ("育児短時間勤務", "小学校就学前まで、勤", "務時間を短縮可能"),
                     ("介護休暇", "通算６月以内、３回ま", "で分割可能")]
        for (i, box) in boxes.enumerated() {
            let x = 40 + Double(i) * 110
            b.text(box.0, x: x + 10, y: 300, size: 8.5)
            b.text(box.1, x: x, y: 318, size: 8)
            b.text(box.2, x: x, y: 330, size: 8)
        }
        let layout = LayoutEngine().layout(b.page())
        #expect(!layout.blocks.contains { $0.table != nil })
        #expect(layout.textLines == ["育児休業", "子が３歳に達するまで", "取得可能", "育児短時間勤務", "小学校就学前まで、勤", "務時間を短縮可能",
                                     "介護休暇", "通算６月以内、３回ま", "で分割可能"])
        // A table whose cells end where their content does stays a table.
        var t = PageBuilder()
        for (i, word) in ["制度", "期間", "対象"].enumerated() { t.text(word, x: 40 + Double(i) * 110, y: 300, size: 8.5) }
        for (r, row) in [["育児休業", "３歳まで", "職員"], ["介護休暇", "６月以内", "職員"]].enumerated() {
            for (i, word) in row.enumerated() { t.text(word, x: 40 + Double(i) * 110, y: 318 + Double(r) * 12, size: 8) }
        }
        #expect(LayoutEngine().layout(t.page()).blocks.contains { $0.table != nil })
    }

    @Test("Two track headers over one column of right-aligned figures: the far one heads a blank column of its own")
    func headerOverBlankColumn() {
        var b = PageBuilder()
        for (x, word) in zip([90.0, 270, 437, 507], ["部署", "主な業務", "事務系", "技術系"]) { b.text(word, x: x, y: 100, size: 8.5) }
        for (r, unit) in ["総務課", "予防課", "防災課"].enumerated() {
            let y = 116 + Double(r) * 16
            b.text(unit, x: 43, y: y, size: 8.5)
            b.text("火災予防制度の企画立案", x: 163, y: y, size: 8.5)
            b.text("1", x: 476.75, y: y, size: 8.5)
        }
        let table = Self.tables(b).first
        #expect(table?.first == ["部署", "主な業務", "事務系", "技術系"])
        #expect(table?.last == ["防災課", "火災予防制度の企画立案", "1", ""])
    }

    @Test("Level cells centred over the rows they head are a column of their own, not part of the category beside them")
    func cellsSpanningRows() {
        var b = PageBuilder()
        for (x, word) in zip([84.0, 172, 252, 476], ["系統", "試験の程度", "試験区分", "採用予定数"]) { b.text(word, x: x, y: 100, size: 8.5) }
        for (r, (category, count)) in [("法律", "2名"), ("経済", "1名"), ("行政", "1名"), ("法務", "1名")].enumerated() {
            let y = 119 + Double(r) * 19.5
            b.text(category, x: 252, y: y, size: 8.5)
            b.text(count, x: 529, y: y, size: 8.5)
        }
        b.text("大卒程度試験", x: 168, y: 128.75, size: 8.5)
        b.text("院卒程度試験", x: 168, y: 167.75, size: 8.5)
        b.text("事務系", x: 80, y: 148, size: 8.5)
        let table = Self.tables(b).first
        #expect(table?.contains { $0.contains("大卒程度試験") && $0.contains("法律") } == true)
        #expect(table?.contains { $0.contains { $0.contains("法律") && $0.contains("大卒") } } == false)
    }

    @Test("A section heading set larger below a table's first row marks two columns side by side; a header cell does not")
    func headingPartwayDownBesideProse() {
        func cell(_ text: String, _ x: Double, _ y: Double) -> Table.Cell {
            Table.Cell(text: text, box: Rect(x0: x, y0: y, x1: x + 60, y1: y + 9))
        }
        func line(_ text: String, _ x: Double, _ y: Double, _ size: Double) -> TextLine {
            TextLine(text: text, box: Rect(x0: x, y0: y, x1: x + 60, y1: y + size), fontSize: size, isBold: false, orientation: .horizontal)
        }
        let rows = [[cell("▶国内関係", 56, 382), cell("・東京公安調査局", 315, 391)], [cell("▶国際関係", 56, 427), cell("試験区分", 324, 425)],
                    [cell("を収集・分析しています。", 65, 455), cell("令和7年度採用予定者の試験区分", 315, 449)]]
        let table = Table(box: Rect(x0: 56, y0: 382, x1: 400, y1: 464), columns: [56...294, 315...400], rows: rows, headerRowCount: 0)
        let small = [line("▶国内関係", 56, 382, 9), line("・東京公安調査局", 315, 391, 8.5), line("▶国際関係", 56, 427, 9),
                     line("を収集・分析しています。", 65, 455, 8.5), line("令和7年度採用予定者の試験区分", 315, 449, 9)]
        #expect(RegionSegmenter.headingBelowFirstRow(table, lines: small + [line("試験区分", 324, 425, 11)], sectionNames: ["試験区分"]))
        #expect(!RegionSegmenter.headingBelowFirstRow(table, lines: small + [line("試験区分", 324, 425, 8.5)], sectionNames: ["試験区分"]))
    }

    @Test("Track labels left of every column, each centred beside a row of exam names over a row of counts, are a column of their own")
    func trackLabelsBesideTransposedBlocks() {
        var b = PageBuilder()
        for (block, (track, names, counts)) in [("事務職", ["一般事務", "福祉", "学校事務"], ["60名", "10名", "6名"]),
                                                 ("技術職", ["土木", "建築", "電気", "機械"], ["14名", "6名", "4名", "4名"])].enumerated() {
            let top = 444 + Double(block) * 38
            b.text(track, x: 48, y: top + 8, size: 9.5)
            for (c, (name, count)) in zip(names, counts).enumerated() {
                b.text(name, x: 100 + Double(c) * 49, y: top, size: 9.5)
                b.text(count, x: 104 + Double(c) * 49, y: top + 16, size: 9.5)
            }
        }
        let table = Self.tables(b).first
        #expect(table?.contains { $0.first == "事務職" && $0.contains("一般事務") } == true, "\(String(describing: table))")
        #expect(table?.contains { $0.first == "技術職" && $0.contains("土木") } == true, "\(String(describing: table))")
        #expect(table?.contains { $0.contains { $0.contains("一般事務") && $0.contains("事務職") } } == false, "\(String(describing: table))")
    }

    @Test("Station lines beside their exits and walking times are the first column of the table, not a caption beside its first row")
    func stationLinesBesideExits() {
        var b = PageBuilder()
        for (r, (station, exit, time)) in [("JR中央線・総武線四ツ谷駅", "四ツ谷口", "徒歩2分"), ("東京メトロ南北線四ツ谷駅", "2番出口", "徒歩3分"),
                                            ("東京メトロ丸ノ内線四谷三丁目駅", "1番出口", "徒歩10分")].enumerated() {
            let y = 539 + Double(r) * 17
            b.text(station, x: 307, y: y, size: 8.6)
            b.text(exit, x: 468, y: y, size: 8)
            b.text(time, x: 555 - 8.6 * Double(time.count) * 0.8, y: y, size: 8.6)
        }
        let table = Self.tables(b).first
        #expect(table?.first?.first == "JR中央線・総武線四ツ谷駅", "\(String(describing: table))")
        #expect(table?.count == 3, "\(String(describing: table))")
    }
}
