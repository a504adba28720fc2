import Testing

@testable import BrochureKit

/// Section titles set across in a strip at the right of their sections, each level with its
/// section's first line.
@Suite("Section titles in a right-hand strip")
struct RightRailTitlesTests {
    static func page(withTextUnderStrip: Bool) -> [String] {
        var b = PageBuilder()
        b.text("◆テレワーク", x: 40, y: 54, size: 9)
        b.text("週2日まで在宅勤務ができます。", x: 50, y: 69, size: 9)
        b.text("◆メンター制度", x: 40, y: 87, size: 9)
        b.text("新規採用職員に先輩職員がつき、一年間相談にのります。", x: 50, y: 102, size: 9)
        b.text("育児休業", x: 40, y: 183, size: 9)
        b.text("期間：子が3歳に達するまで", x: 50, y: 197, size: 9)
        b.text("研修のあと、審議の運営や国際会議の準備を身につけます。", x: 40, y: 351, size: 9)
        b.text("働きやすい職場づくり", x: 420, y: 54, size: 10)
        b.text("仕事と生活の両立", x: 420, y: 183, size: 10)
        b.text("研修・育成", x: 420, y: 351, size: 10)
        if withTextUnderStrip { b.text("新規採用職員研修で基礎を学びます。", x: 420, y: 368, size: 9) }
        return LayoutEngine().layout(b.page()).textLines
    }

    @Test("Each title is read before the text level with it on its left")
    func titlesFirst() throws {
        let lines = Self.page(withTextUnderStrip: false)
        for (title, first) in [("働きやすい職場づくり", "◆テレワーク"), ("仕事と生活の両立", "育児休業"), ("研修・育成", "研修のあと、審議の運営や国際会議の準備を身につけます。")] {
            let t = try #require(lines.firstIndex(of: title), "\(lines)")
            let f = try #require(lines.firstIndex(of: first), "\(lines)")
            #expect(t + 1 == f, "\(lines)")
        }
    }

    @Test("Headings with text under them in their column are a page column's, read after the column to their left")
    func pageColumn() throws {
        let lines = Self.page(withTextUnderStrip: true)
        let title = try #require(lines.firstIndex(of: "働きやすい職場づくり"), "\(lines)")
        let first = try #require(lines.firstIndex(of: "◆テレワーク"), "\(lines)")
        #expect(title > first, "\(lines)")
    }
}
