import Testing
@testable import BrochureKit

/// A bilingual page (holdout26's nho-2026): each topic a row, its Japanese column with an
/// English column beside it, headings level across the gutter.
@Suite("Bilingual rows")
struct BilingualRowsTests {
    private func page() -> PageBuilder {
        var b = PageBuilder()
        for (row, (japanese, english)) in [(("私たちについて", "国立病院機構は、全国の病院ネットワークで医療を提供しています。"), ("Overview", "NHO runs 140 hospitals across Japan.")),
                                           (("働き方", "職員が長く安心して働けるよう、次の取組を進めています。"), ("Workstyle", "Staff may work from home."))].enumerated() {
            let y = 100 + Double(row) * 120
            b.text(japanese.0, x: 40, y: y, size: 13, bold: true)
            b.text(english.0, x: 385, y: y, size: 13, bold: true)
            b.text(japanese.1, x: 40, y: y + 24, size: 9)
            b.text(english.1, x: 385, y: y + 24, size: 8)
            b.text("その内容は次のとおりです。", x: 40, y: y + 38, size: 9)
            b.text("More in the Japanese text.", x: 385, y: y + 38, size: 8)
        }
        return b
    }

    @Test("Each topic's Japanese column, then its English one, before the next topic")
    func rowByRow() throws {
        let lines = LayoutEngine().layout(page().page()).textLines
        let about = try #require(lines.firstIndex(of: "Overview"))
        let work = try #require(lines.firstIndex(of: "働き方"))
        let firstEnglish = try #require(lines.firstIndex(of: "NHO runs 140 hospitals across Japan."))
        #expect(about < work && firstEnglish < work, "\(lines)")
    }

    @Test("Only headings of different languages level across the gutter start a row")
    func languagesDiffer() {
        let boxes = [Rect(x0: 40, y0: 100, x1: 131, y1: 113), Rect(x0: 385, y0: 100, x1: 437, y1: 113), Rect(x0: 385, y0: 140, x1: 437, y1: 153)]
        #expect(ReadingOrder.startsBilingualRow([0, 1], boxes, headings: [true, true, true], latin: [false, true, true]))
        #expect(!ReadingOrder.startsBilingualRow([0, 1], boxes, headings: [true, true, true], latin: [false, false, true]))
        #expect(!ReadingOrder.startsBilingualRow([0, 2], boxes, headings: [true, true, true], latin: [false, true, true]))
        #expect(!ReadingOrder.startsBilingualRow([0, 1], boxes, headings: [true, false, true], latin: [false, true, true]))
    }
}
