import Testing

@testable import BrochureKit

/// Titles set in two short centred lines (`採用` / `予定` in a circle), and the short paragraphs
/// and subtitles of the two-column pages that carry them.
@Suite("Stacked titles")
struct StackedTitleTests {
    static func line(_ text: String, x: Double, y: Double, size: Double = 9) -> TextLine {
        TextLine(
            text: text, box: Rect(x0: x, y0: y, x1: x + size * Double(text.count), y1: y + size), fontSize: size, isBold: false,
            orientation: .horizontal)
    }

    @Test("Two or three short centred lines naming a section when joined are one title; a heading over its first line is not")
    func findsStackedTitles() throws {
        let lines = [
            Self.line("採用", x: 49, y: 248), Self.line("予定", x: 49, y: 259.5),
            Self.line("職場の", x: 300, y: 100), Self.line("取組", x: 304.5, y: 111.5),
            // Left-aligned, not centred: two lines of a list.
            Self.line("交通", x: 400, y: 300), Self.line("アクセス", x: 400, y: 311.5),
            // The first line names a section alone: it is the heading, the rest its text.
            Self.line("採用実績", x: 100, y: 500), Self.line("2025", x: 109, y: 511.5),
        ]
        let found = StackedTitle.find(in: lines)
        #expect(Set(found.keys) == [0, 1, 2, 3])
        let box = try #require(found[0])
        #expect(box.y0 == 248 && box.y1 == 268.5 && found[1] == box)
        #expect(StackedTitle.names([lines[4], lines[5]]) == false)
    }

    /// Two columns: `採用` / `実績` in a circle over a caption and a hiring table at the left,
    /// `採用` / `予定` a little lower over a caption and an exam table at the right, the two
    /// tables' rows level.
    static func twoColumns() -> PageBuilder {
        var b = PageBuilder()
        b.text("採用", x: 49, y: 248, size: 9)
        b.text("実績", x: 49, y: 259.5, size: 9)
        b.text("採用", x: 320, y: 267, size: 9)
        b.text("予定", x: 320, y: 278.5, size: 9)
        b.text("新規採用者数（人）", x: 36, y: 288.2, size: 8.5)
        b.text("令和8年度採用予定数", x: 307, y: 298, size: 8.5)
        GlossedHeadingsTests.tablesSideBySide(
            &b, y: 312, pitch: 15, unit: ("年度", 44), left: (150, 220), category: 318, right: (450, 520),
            rows: [("2021", "法律"), ("2022", "経済"), ("2023", "工学"), ("2024", "情報")])
        return b
    }

    @Test("Tables under two stacked titles side by side are two tables, not one across the gap")
    func tablesUnderStackedTitles() {
        let tables = TableGeometryTests.tables(Self.twoColumns())
        #expect(tables.count == 2, "\(tables)")
        #expect(tables.first?.first?.contains("試験区分") == false, "\(tables)")
    }

    @Test("A caption naming a section right under a stacked title is its subtitle: the column is read to its end first")
    func captionUnderStackedTitle() throws {
        let text = LayoutEngine().layout(Self.twoColumns().page()).textLines
        let caption = try #require(text.firstIndex(of: "新規採用者数（人）"))
        let right = try #require(text.lastIndex(of: "予定"))
        #expect(caption < right, "\(text)")
        #expect(text.firstIndex { $0.hasPrefix("2024") }.map { $0 < right } == true, "\(text)")
    }

    @Test("Three wide lines ending a sentence are running text; three narrow ones, or wide ones without a full stop, are not")
    func shortParagraph() {
        let wide = ["職員は国家公務員（特別職）として、調査、資料の収集・整", "理、利用者サービス、デジタルアーカイブの構築などに携わりま", "す。"]
        #expect(TextFlows.find(in: TextFlowsTests.lines(wide, pitch: 14, size: 8.5), unit: 8.5).count == 3)
        let cells = ["調査及び立法考査局", "利用者サービス部", "電子情報部です。"]
        #expect(TextFlows.find(in: TextFlowsTests.lines(cells, pitch: 14, size: 8.5), unit: 8.5).isEmpty)
        let unfinished = ["職員は国家公務員（特別職）として、調査、資料の収集・整", "理、利用者サービス、デジタルアーカイブの構築などに携わりま", "す"]
        #expect(TextFlows.find(in: TextFlowsTests.lines(unfinished, pitch: 14, size: 8.5), unit: 8.5).isEmpty)
    }
}
