import Testing
@testable import BrochureKit

/// A line alone on its row and in its column is read where it stands down the page.
@Suite("Lone lines in the reading order")
struct LoneLineOrderTests {
    typealias C = ContactTailOrderTests

    @Test("An edition date right-aligned under the title, right of every table, is read after the title")
    func dateUnderTitle() {
        let blocks = [
            C.block(.heading, "北辰市 職員採用案内", 54, 49, 220, 73), C.block(.paragraph, "令和8年4月1日現在", 474, 87, 553, 96),
            C.block(.paragraph, "市民の暮らしを支える仕事をしませんか。", 42, 103, 312, 113), C.block(.heading, "採用実績", 50, 126, 96, 137),
            C.block(.paragraph, "職員採用者数（単位：人）", 42, 146, 144, 155), C.block(.paragraph, "令和3年度 18（9） 6（1）", 46, 162, 457, 273),
        ]
        #expect(ReadingOrder(vertical: false).sort(blocks.reversed()).map { $0.lines[0].text } == blocks.map { $0.lines[0].text })
    }

    @Test("A running header in small type in the top margin over the date is no column: the date is still read after the title")
    func dateUnderRunningHeader() {
        let header = C.block(.paragraph, "北辰市 職員採用案内 2026", 411, 22, 553, 29)
        let blocks = [
            C.block(.heading, "北辰市 職員採用案内", 54, 49, 220, 73), C.block(.paragraph, "令和8年4月1日現在", 474, 87, 553, 96),
            C.block(.paragraph, "市民の暮らしを支える仕事をしませんか。", 42, 103, 312, 113), C.block(.heading, "採用実績", 50, 126, 96, 137),
            C.block(.paragraph, "令和3年度 18（9） 6（1）", 46, 162, 457, 273),
        ]
        func order(_ height: Double) -> [String] {
            ReadingOrder(vertical: false, pageHeight: height).sort([header] + blocks.reversed()).map { $0.lines[0].text }.filter { $0 != header.lines[0].text }
        }
        #expect(order(842) == blocks.map { $0.lines[0].text })
        // (Below the margin, as on a page a fifth as tall, the header line is a column's top.)
        #expect(order(200) != blocks.map { $0.lines[0].text })
    }

    @Test("A column's heading beside a gap in the other column keeps its column")
    func columnHeadingStays() {
        let blocks = [
            C.block(.paragraph, "左の段の一つ目の段落です。", 42, 100, 280, 200), C.block(.paragraph, "左の段の二つ目の段落です。", 42, 215, 280, 300),
            C.block(.heading, "研修", 316, 203, 362, 212), C.block(.paragraph, "右の段の段落です。", 316, 215, 553, 300),
        ]
        #expect(ReadingOrder(vertical: false).sort(blocks).map { $0.lines[0].text } == blocks.map { $0.lines[0].text })
    }
}
