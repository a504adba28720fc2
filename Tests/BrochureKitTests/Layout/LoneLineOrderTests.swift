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

    /// A title, a date right-aligned under it, the lead, and a table far down reaching under
    /// the date from the left (holdout87's beppu-suido-2026).
    static func dated(_ extra: [Block] = [], dateRow: Double = 123) -> [Block] {
        [
            C.block(.heading, "職員採用案内 2026", 40, 100, 163, 114), C.block(.paragraph, "令和8年4月現在", 483, dateRow, 555, dateRow + 10),
            C.block(.paragraph, "湯けむりのまちの水道を支える仕事です。", 40, 149, 370, 159), C.block(.heading, "採用実績", 44, 196, 90, 209),
            C.block(.paragraph, "令和3年度 2（1） 3（0） 5（1）", 76, 216, 511, 333),
        ] + extra
    }

    @Test("A table far down reaching under the date from the left, or a folio on its edge, heads no column from it")
    func tableFarBelow() {
        let blocks = Self.dated()
        #expect(ReadingOrder(vertical: false, pageHeight: 842).sort(blocks.reversed()).map { $0.lines[0].text } == blocks.map { $0.lines[0].text })
        let folio = C.block(.paragraph, "1", 550, 811, 555, 819)
        #expect(ReadingOrder(vertical: false, pageHeight: 842).sort(Self.dated([folio]).reversed()).map { $0.lines[0].text } == Self.dated([folio]).map { $0.lines[0].text })
    }

    @Test("A line starting on the date's edge further down, or right under it, makes the date a column's top")
    func columnOnItsEdge() {
        for under in [C.block(.paragraph, "※水道局の紹介", 483, 400, 555, 410), C.block(.paragraph, "※水道局の紹介", 500, 140, 560, 150)] {
            let order = ReadingOrder(vertical: false, pageHeight: 842).sort(Self.dated([under]).reversed()).map { $0.lines[0].text }
            #expect(order.firstIndex(of: "令和8年4月現在")! > order.firstIndex(of: "湯けむりのまちの水道を支える仕事です。")!, "\(order)")
        }
    }

    @Test("A date on the title's row, right of it, is read after the title; a line with others right of it on its row stays in its row")
    func titleRow() {
        let blocks = Self.dated(dateRow: 102)
        #expect(ReadingOrder(vertical: false).sort(blocks.reversed()).map { $0.lines[0].text } == blocks.map { $0.lines[0].text })
        let row = ["儀式・行事の企画と運営", "国賓・公賓の接遇", "皇室の文化と伝統の継承", "陵墓・御用邸の管理"].enumerated().map { i, text in
            C.block(.paragraph, text, 55 + Double(i) * 126, 62, 150 + Double(i) * 126, 71)
        }
        let all = row + [C.block(.heading, "両立支援制度", 262, 111, 334, 123), C.block(.paragraph, "産前・産後休暇", 58, 147, 560, 157)]
        #expect(ReadingOrder(vertical: false, pageHeight: 842).sort(all.reversed()).map { $0.lines[0].text } == all.map { $0.lines[0].text })
    }

    @Test("A date right of a title line on its row, in the top margin, is read after the title, before the lead; beside a paragraph it is not")
    func besideTitleInMargin() {
        let blocks = [
            C.block(.heading, "奈良県教育委員会", 24, 31, 200, 53), C.block(.heading, "事務局・県立学校 職員採用案内", 24, 63, 210, 76),
            C.block(.paragraph, "令和8年2月現在", 513, 67, 571, 75), C.block(.paragraph, "子どもたちの学びを支える職員を募集します。", 24, 98, 433, 107),
            C.block(.heading, "採用実績", 30, 123, 74, 134), C.block(.paragraph, "男女別の採用者数（単位：人）", 24, 150, 143, 158),
            C.block(.paragraph, "令和3年度 男8 女7", 28, 169, 483, 280), C.block(.paragraph, "※令和8年度は予定数です。", 24, 291, 201, 299),
            C.block(.heading, "配属実績", 30, 313, 74, 324), C.block(.paragraph, "配属先 事務職 技術職", 28, 358, 342, 479),
            C.block(.paragraph, "奈良県教育委員会職員採用案内", 36, 812, 136, 819), C.block(.paragraph, "1", 555, 812, 559, 819),
        ]
        let texts = blocks.map { $0.lines[0].text }
        #expect(ReadingOrder(vertical: false, pageHeight: 842).sort(blocks.reversed()).map { $0.lines[0].text } == texts)
        // (Two lines on its left are a paragraph beside it, which shares its row.)
        var beside = blocks
        beside[1] = Block(kind: .paragraph, box: beside[1].box, lines: beside[1].lines + beside[1].lines)
        #expect(ReadingOrder(vertical: false, pageHeight: 842).sort(beside.reversed()).map { $0.lines[0].text } != texts)
    }
}
