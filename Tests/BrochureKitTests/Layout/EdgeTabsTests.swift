import Testing
@testable import BrochureKit

/// Tabs down the page's right edge, read after the page's text once the document has shown
/// them to be furniture (holdout28's hamamatsu-2026 page 3, at its geometry).
@Suite("Tabs down the page's edge")
struct EdgeTabsTests {
    static let tabs: [(String, Double)] = [("はじめに", 172), ("はたらく", 268), ("データ", 369.5)]

    static func page() -> Page {
        var b = PageBuilder()
        for (text, x, y, size) in SectionWordHeadingsTests.examBesideAssignments { b.text(text, x: x, y: y, size: size) }
        for (tab, y) in tabs { b.vertical(tab, x: 566.5, y: y, size: 9) }
        return b.page(number: 3)
    }

    @Test("With the tabs set aside, each of two headings side by side is followed by its own column, and the tabs come last")
    func headingsKeepTheirColumns() throws {
        let tabs = Self.tabs.map { Rect(x0: 566.5, y0: $0.1, x1: 575.5, y1: $0.1 + 9 * Double($0.0.count)) }
        let texts = LayoutEngine().layout(Self.page(), tabs: tabs).blocks.map { $0.lines[0].text }
        let exams = try #require(texts.firstIndex(of: "2026年度採用予定数（試験区分別）"))
        let assignments = try #require(texts.firstIndex(of: "配属先"))
        #expect(texts[exams + 1] == "職種" && assignments > exams + 1, "\(texts)")
        #expect(texts.suffix(3) == Self.tabs.map(\.0), "\(texts)")
    }

    @Test("Only furniture set vertically at the page's edge is a tab")
    func boxes() {
        func block(_ text: String, x: Double, y: Double, kind: Block.Kind, vertical: Bool) -> Block {
            let box = vertical ? Rect(x0: x, y0: y, x1: x + 9, y1: y + 9 * Double(text.count)) : Rect(x0: x, y0: y, x1: x + 9 * Double(text.count), y1: y + 9)
            return Block(kind: kind, box: box, lines: [TextLine(text: text, box: box, fontSize: 9, isBold: false, orientation: vertical ? .vertical : .horizontal)])
        }
        let page = PageLayout(number: 1, width: 595, height: 842, bodyFontSize: 9, isVertical: false, blocks: [
            block("はじめに", x: 566.5, y: 172, kind: .header, vertical: true),
            block("採用実績", x: 566.5, y: 300, kind: .heading, vertical: true),
            block("浜松市職員採用案内", x: 36, y: 812, kind: .footer, vertical: false),
        ])
        #expect(EdgeTabs.boxes(on: page) == [page.blocks[0].box])
    }
}
