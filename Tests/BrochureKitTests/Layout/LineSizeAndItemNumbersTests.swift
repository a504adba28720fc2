import Testing

@testable import BrochureKit

/// A line's size where two sizes mix (a heading with a small English word after it), and
/// bare numbers in the top margin that number items rather than pages.
@Suite("Line sizes and item numbers")
struct LineSizeAndItemNumbersTests {
    @Test("The size covering most of a line's length is its size", arguments: [
        ([12.0, 12, 12, 12, 7, 7, 7, 7, 7, 7, 7], [12.0, 12, 12, 12, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5], 12.0),
        ([9.0, 9, 9], [9.0, 9, 9], 9.0),
        ([9.0, 7, 7, 7, 7], [9.0, 7, 7, 7, 7], 7.0),
        ([], [], 10.0),
    ])
    func weightedSize(_ sizes: [Double], _ widths: [Double], _ expected: Double) {
        #expect(Median.weighted(sizes, by: widths, or: 10) == expected)
    }

    @Test("A heading of four kanji with a longer small English word after it keeps the heading's size")
    func headingWithEnglishWord() throws {
        var b = PageBuilder()
        b.text("採用実績", x: 52, y: 100, size: 12, bold: true)
        b.text("RECRUITMENT", x: 104, y: 105, size: 7, bold: true)
        let line = try #require(LayoutEngine().layout(b.page()).blocks.first?.lines.first)
        #expect(line.text == "採用実績 RECRUITMENT" && line.fontSize == 12)
    }

    @Test("Three bare numbers side by side in the top margin number items, not pages; one alone is a page number")
    func itemNumbers() {
        var pages: [PageLayout] = []
        for n in 1...2 {
            var b = PageBuilder()
            for (i, x) in [50.0, 224, 398].enumerated() where n == 1 || i == 0 {
                b.text("0\(i + 1)", x: x, y: 68, size: 14)
            }
            b.text("本文です。採用情報をお知らせします。", x: 50, y: 300)
            pages.append(LayoutEngine().layout(b.page(number: n)))
        }
        RunningFurniture.mark(&pages)
        #expect(pages[0].blocks.filter { $0.lines[0].text.hasPrefix("0") }.allSatisfy { !$0.isFurniture })
        #expect(pages[1].blocks.first { $0.lines[0].text == "01" }?.isFurniture == true)
    }
}
