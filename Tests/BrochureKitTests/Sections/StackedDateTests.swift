import Testing

@testable import BrochureKit

/// A cover's issue date set on two lines, the year over the month (a seal's `2026年` / `2月発行`).
@Suite("A cover's date stacked on two lines")
struct StackedDateTests {
    static func layout(_ seal: [String]) -> DocumentLayout {
        func line(_ text: String, _ y: Double) -> TextLine {
            TextLine(text: text, box: Rect(x0: 495, y0: y, x1: 530, y1: y + 9), fontSize: 9, isBold: false, orientation: .horizontal)
        }
        let sealLines = seal.enumerated().map { line($0.element, 53 + Double($0.offset) * 13) }
        let title = TextLine(text: "量子科学技術研究開発機構 職員採用案内", box: Rect(x0: 50, y0: 57, x1: 396, y1: 79), fontSize: 20, isBold: true, orientation: .horizontal)
        let blocks = [
            Block(kind: .paragraph, box: Rect.enclosing(sealLines.map(\.box))!, lines: sealLines),
            Block(kind: .heading, box: title.box, lines: [title]),
        ]
        return DocumentLayout.onePage(PageLayout(number: 1, width: 595, height: 842, bodyFontSize: 9, isVertical: false, blocks: blocks))
    }

    @Test("The year over the month and the word for issued is the brochure's date")
    func yearOverMonth() {
        #expect(EditionFinder.find(Self.layout(["2026年", "2月発行"]))?.asOf == "2026-02")
        #expect(EditionFinder.find(Self.layout(["令和8年", "4月"]))?.asOf == "2026-04")
    }

    @Test("A year over words that are no month dates nothing")
    func yearOverWords() {
        #expect(EditionFinder.find(Self.layout(["2026年", "春の説明会"])) == nil)
        #expect(EditionFinder.find(Self.layout(["2026年度", "2月発行"])) == nil)
    }

    @Test("A bare year is a year and nothing else", arguments: [
        ("2026年", true), ("令和8年", true), ("２０２６年", true), ("2026年2月", false), ("2026年度", false), ("創立50年", false),
    ])
    func bareYear(text: String, bare: Bool) {
        #expect(EditionFinder.isBareYear(text) == bare)
    }
}
