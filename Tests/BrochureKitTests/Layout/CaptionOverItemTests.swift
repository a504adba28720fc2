import Testing
@testable import BrochureKit

/// A section's caption line right over its first item's name.
@Suite("Caption over an item")
struct CaptionOverItemTests {
    /// The blocks' first lines of a page laid out from `b`.
    private func firstLines(_ b: PageBuilder) -> [String] {
        LayoutEngine().layout(b.page()).blocks.compactMap { $0.lines.first?.text }
    }

    @Test("An item's name set larger and indented under the caption starts a block of its own")
    func nameUnderCaption() {
        var b = PageBuilder()
        b.text("仕事と家庭の両立を支える制度", x: 307.6, y: 301, size: 8)
        b.text("育児休業", x: 311.6, y: 316.5, size: 8.5)
        b.text("分割して2回まで取得できます。", x: 311.6, y: 330.6, size: 7.3)
        b.text("育児短時間勤務", x: 311.6, y: 348.5, size: 8.5)
        let firsts = firstLines(b)
        #expect(firsts.contains("育児休業"), "\(firsts)")
    }

    @Test("Lines of one paragraph in one size, and a line flush under its first, stay one block")
    func paragraphStaysWhole() {
        var b = PageBuilder()
        b.text("新規採用職員研修で、奨学金・留学生支援の制度と窓", x: 40, y: 100, size: 9)
        b.text("口対応を学びます。", x: 40, y: 113, size: 9)
        b.text("（入構後1か月）", x: 40, y: 126, size: 9.5)
        let firsts = firstLines(b)
        #expect(firsts == ["新規採用職員研修で、奨学金・留学生支援の制度と窓"], "\(firsts)")
    }
}
