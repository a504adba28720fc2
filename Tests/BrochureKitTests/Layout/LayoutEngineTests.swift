import Testing
@testable import BrochureKit

@Suite("Blocks, tables and reading order")
struct LayoutEngineTests {
    @Test("Columns are read one after the other, below a full-width title")
    func columnsInOrder() {
        var b = PageBuilder()
        b.text("採用情報", x: 40, y: 50, size: 18)
        for row in 0..<3 {
            b.text("左段の\(row + 1)行目の文章です", x: 40, y: 100 + Double(row) * 14)
            b.text("右段の\(row + 1)行目の文章です", x: 300, y: 100 + Double(row) * 14)
        }
        b.text("全幅の見出しが二つの段にまたがってあります", x: 40, y: 170, size: 16)
        b.text("下段の左側の文", x: 40, y: 200)
        b.text("下段の右側の文", x: 300, y: 200)
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(lines == [
            "採用情報",
            "左段の1行目の文章です", "左段の2行目の文章です", "左段の3行目の文章です",
            "右段の1行目の文章です", "右段の2行目の文章です", "右段の3行目の文章です",
            "全幅の見出しが二つの段にまたがってあります",
            "下段の左側の文", "下段の右側の文",
        ])
    }

    @Test("A heading is found by size and by 【】 brackets")
    func headings() {
        var b = PageBuilder()
        b.text("【採用窓口】", x: 40, y: 50)
        b.text("総合職事務系 大臣官房秘書課", x: 40, y: 64)
        b.text("研修制度", x: 40, y: 120, size: 16)
        b.text("入省直後に研修を行っています。", x: 40, y: 140)
        let blocks = LayoutEngine().layout(b.page()).blocks
        #expect(blocks.map(\.kind) == [.heading, .paragraph, .heading, .paragraph])
    }

    @Test("A table without rules: rows, columns, a two-line cell and an empty cell")
    func borderlessTable() throws {
        var b = PageBuilder()
        b.text("入省年度", x: 40, y: 100)
        b.text("合計", x: 120, y: 100)
        b.text("事務系", x: 180, y: 100)
        b.text("技術系", x: 250, y: 95)
        b.text("（うち情報通信行政）", x: 230, y: 106, size: 6)
        let rows: [(String, String, String, String)] = [
            ("R2", "55（20）", "49（17）", "6（3）"),
            ("R3", "52（17）", "47（14）", "5（3）"),
            ("R4", "56（21）", "46（16）", ""),
        ]
        for (i, row) in rows.enumerated() {
            let y = 125 + Double(i) * 20
            b.text(row.0, x: 40, y: y)
            b.text(row.1, x: 120, y: y)
            b.text(row.2, x: 180, y: y)
            if !row.3.isEmpty { b.text(row.3, x: 250, y: y) }
        }
        b.text("R6", x: 40, y: 185)
        b.text("（予定数）", x: 40, y: 196)
        b.text("55（17）", x: 120, y: 190)
        b.text("48（16）", x: 180, y: 190)
        b.text("7（1）", x: 250, y: 190)
        let layout = LayoutEngine().layout(b.page())
        let table = try #require(layout.blocks.first { $0.kind == .table }?.table)
        #expect(table.rows.map { $0.map(\.text) } == [
            ["入省年度", "合計", "事務系", "技術系（うち情報通信行政）"],
            ["R2", "55（20）", "49（17）", "6（3）"],
            ["R3", "52（17）", "47（14）", "5（3）"],
            ["R4", "56（21）", "46（16）", ""],
            ["R6（予定数）", "55（17）", "48（16）", "7（1）"],
        ])
        #expect(table.headerRowCount == 1)
    }

    @Test("Two columns of prose are not a table")
    func proseColumnsAreNotATable() {
        var b = PageBuilder()
        for row in 0..<6 {
            b.text("左段の本文がここに入ります", x: 40, y: 100 + Double(row) * 15)
            b.text("右段の本文がここに入ります", x: 300, y: 100 + Double(row) * 15)
        }
        let layout = LayoutEngine().layout(b.page())
        #expect(!layout.blocks.contains { $0.kind == .table })
    }

    @Test("Running headers and page numbers are marked on every page", arguments: [2, 3])
    func runningFurniture(pageCount: Int) {
        var pages: [PageLayout] = []
        for n in 1...pageCount {
            var b = PageBuilder()
            b.text("総務省 採用パンフレット 2025", x: 40, y: 20, size: 8)
            b.text("本文\(n)ページ目の内容です。採用情報をお知らせします。", x: 40, y: 300)
            b.text("職員一人一人の人生が充実してこそ、よりよい政策立案が可能です。", x: 40, y: 314)
            b.text("- \(n) -", x: 290, y: 810, size: 8)
            pages.append(LayoutEngine().layout(b.page(number: n)))
        }
        RunningFurniture.mark(&pages)
        for page in pages {
            #expect(page.blocks.map(\.kind) == [.header, .paragraph, .footer])
        }
    }

    @Test("A line in the margin that does not repeat is content")
    func singleMarginLineIsContent() {
        var pages: [PageLayout] = []
        for n in 1...2 {
            var b = PageBuilder()
            b.text(n == 1 ? "ワークライフバランス" : "研修制度について", x: 40, y: 20, size: 8)
            b.text("本文です", x: 40, y: 300)
            pages.append(LayoutEngine().layout(b.page(number: n)))
        }
        RunningFurniture.mark(&pages)
        #expect(pages.allSatisfy { !$0.blocks.contains(where: \.isFurniture) })
    }

    @Test("A vertical page is read right to left")
    func verticalPageOrder() {
        var b = PageBuilder()
        b.vertical("わたくしといふ現象は", x: 500, y: 100)
        b.vertical("假定された有機交流電燈の", x: 484, y: 100)
        b.vertical("ひとつの青い照明です", x: 468, y: 100)
        let layout = LayoutEngine().layout(b.page())
        #expect(layout.isVertical)
        #expect(layout.textLines == ["わたくしといふ現象は", "假定された有機交流電燈の", "ひとつの青い照明です"])
    }

    @Test("A table of names and what they are, with no figures, is a table; names are narrower")
    func labelTable() throws {
        var b = PageBuilder()
        b.text("制度", x: 40, y: 100)
        b.text("内容", x: 200, y: 100)
        let rows = [("育児休業", "子が3歳に達する日まで、男女を問わず取得できます。"),
                    ("育児短時間勤務", "勤務時間を短縮して勤務できます。"),
                    ("介護休暇", "通算6月以内の期間で取得できます。")]
        for (i, row) in rows.enumerated() {
            b.text(row.0, x: 40, y: 122 + Double(i) * 20)
            b.text(row.1, x: 120, y: 122 + Double(i) * 20)
        }
        let table = try #require(LayoutEngine().layout(b.page()).blocks.first { $0.kind == .table }?.table)
        #expect(table.rows.map { $0.map(\.text) } == [["制度", "内容"]] + rows.map { [$0.0, $0.1] })
    }

    @Test("Group labels centred between two rows keep a grid table whole; a narrow header still heads its column")
    func groupLabelsBetweenRows() throws {
        var b = PageBuilder()
        b.text("区分", x: 40, y: 100)
        b.text("試験", x: 120, y: 100)
        b.text("内訳", x: 300, y: 100)
        let rows = [("大卒程度試験", "法律7名、経済4名、政治・国際4名"), ("院卒程度試験", "行政4名、法務1名"),
                    ("大卒程度試験", "工学4名、化学・生物・薬学2名"), ("院卒程度試験", "工学2名、デジタル2名")]
        for (i, row) in rows.enumerated() {
            b.text(row.0, x: 100, y: 120 + Double(i) * 24)
            b.text(row.1, x: 200, y: 120 + Double(i) * 24)
        }
        // Each group label sits in the gap between its two rows, touching neither.
        b.text("事務系", x: 40, y: 132)
        b.text("技術系", x: 40, y: 180)
        let table = try #require(LayoutEngine().layout(b.page()).blocks.first { $0.kind == .table }?.table)
        #expect(table.columns.count == 3)
        #expect(table.rows.map { $0[2].text } == ["内訳"] + rows.map(\.1))
        #expect(table.rows.map { $0[0].text } == ["区分", "事務系", "", "技術系", ""])
    }

    @Test("A heading centred over its section is read before the section's first line at the column edge")
    func centredHeading() {
        var b = PageBuilder()
        b.text("お問い合わせ先", x: 120, y: 100, size: 14)
        b.text("総合職事務系", x: 40, y: 125)
        b.text("大臣官房秘書課（本館11階）電話03-1234-5678", x: 40, y: 140)
        b.text("総合職技術系", x: 40, y: 160)
        b.text("技術総括課（本館15階）電話03-1234-5679", x: 40, y: 175)
        #expect(LayoutEngine().layout(b.page()).textLines.first == "お問い合わせ先")
    }

    @Test("One header run over two columns of figures, with as many words as columns, heads each")
    func splitHeaderRun() throws {
        var b = PageBuilder()
        b.text("部局", x: 40, y: 100)
        b.text("事務系 技術系", x: 180, y: 100)
        let rows = [("総務部", "3名", ""), ("審査業務部", "1名", "2名"), ("審査第一部", "", "12名"), ("審査第二部", "", "13名")]
        for (i, row) in rows.enumerated() {
            let y = 120 + Double(i) * 18
            b.text(row.0, x: 40, y: y)
            if !row.1.isEmpty { b.text(row.1, x: 188, y: y) }
            if !row.2.isEmpty { b.text(row.2, x: 228, y: y) }
        }
        let table = try #require(LayoutEngine().layout(b.page()).blocks.first { $0.kind == .table }?.table)
        #expect(table.rows.map { $0.map(\.text) } == [["部局", "事務系", "技術系"]] + rows.map { [$0.0, $0.1, $0.2] })
    }

    @Test("A section name in the body font, alone under two columns, ends them before the wide section it opens")
    func sectionNameEndsColumns() {
        var b = PageBuilder()
        for k in 0..<3 { b.text("左の段の本文です\(k)", x: 40, y: 100 + Double(k) * 14) }
        for k in 0..<4 { b.text("右の段の本文です\(k)", x: 300, y: 100 + Double(k) * 14) }
        b.text("8 仕事と家庭の両立支援", x: 40, y: 200)
        b.text("育児休業は、子が3歳に達する日まで、男女を問わず取得できます。介護休暇もあります。", x: 40, y: 220)
        let lines = LayoutEngine().layout(b.page()).textLines
        let heading = lines.firstIndex(of: "8 仕事と家庭の両立支援")
        let right = lines.firstIndex(of: "右の段の本文です3")
        #expect(heading != nil && right != nil && right! < heading!)
    }
}
