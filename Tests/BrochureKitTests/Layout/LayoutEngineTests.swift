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
}
