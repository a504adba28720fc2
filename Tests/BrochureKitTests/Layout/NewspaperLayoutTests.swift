import Foundation
import Testing

@testable import BrochureKit

/// Newspaper and slide layouts: headlines set upright at the right of their articles, a
/// slide's title set large beside a table, a list of terms and sentences beside a table.
@Suite("Newspaper and slide layouts")
struct NewspaperLayoutTests {
    /// A hiring article between two columns: a lead on the left, the article's caption and
    /// table, its vertical headline at its right, and the next article's heading beyond.
    static func articlePage(headlineGap: Double = 27) -> PageBuilder {
        var b = PageBuilder(width: 842, height: 1191)
        for (i, line) in ["万葉のふるさと、ものづくりのまち。", "高岡の暮らしを支える仲間を", "募集しています。", "説明会は5月に開きます。", "ぜひご参加ください。"].enumerated() {
            b.text(line, x: 32, y: 203 + Double(i) * 12, size: 8.4)
        }
        b.text("採用者数の推移（単位：人）", x: 190, y: 205, size: 8.2)
        for (r, row) in [["年度", "事務", "技術", "計"], ["令和5年度", "10（4）", "4（1）", "14（5）"], ["令和6年度", "9（3）", "6（1）", "15（4）"],
                         ["令和7年度", "11（5）", "5（1）", "16（6）"]].enumerated() {
            for (c, cell) in row.enumerated() { b.text(cell, x: 198 + Double(c) * 62, y: 224 + Double(r) * 20, size: 8.4) }
        }
        let right = 198 + 3 * 62 + 34.0
        b.vertical("採用実績", x: right + headlineGap, y: 206, size: 12)
        b.text("配属実績", x: right + headlineGap + 40, y: 203, size: 10.5)
        b.text("令和7年度採用者の配属先（単位：人）", x: right + headlineGap + 31, y: 223, size: 7.7)
        for (r, row) in [["配属先", "事務", "技術"], ["総務課", "3", "－"], ["税務課", "3", "－"], ["市民課", "2", "－"], ["道路課", "－", "2"]].enumerated() {
            for (c, cell) in row.enumerated() { b.text(cell, x: right + headlineGap + 35 + Double(c) * 55, y: 241 + Double(r) * 16, size: 8) }
        }
        return b
    }

    @Test("A vertical headline at the right of its article is read before the article, after the column on its left; the next column's heading after both")
    func headlineRightOfArticle() throws {
        let lines = LayoutEngine().layout(Self.articlePage().page()).textLines
        let headline = try #require(lines.firstIndex(of: "採用実績"), "\(lines)")
        let caption = try #require(lines.firstIndex(of: "採用者数の推移（単位：人）"))
        let lead = try #require(lines.firstIndex(of: "高岡の暮らしを支える仲間を"))
        let next = try #require(lines.firstIndex(of: "配属実績"))
        #expect(lead < headline && headline < caption && caption < next, "\(lines)")
    }

    @Test("A headline with the next column's text tight beside it heads nothing on its left")
    func headlineWithTextBeside() {
        let block = Block(kind: .heading, box: Rect(x0: 340, y0: 206, x1: 352, y1: 254),
                          lines: [TextLine(text: "採用実績", box: Rect(x0: 340, y0: 206, x1: 352, y1: 254), fontSize: 12, isBold: false, orientation: .vertical)])
        let boxes = [block.box, Rect(x0: 190, y0: 205, x1: 315, y1: 213), Rect(x0: 356, y0: 206, x1: 460, y1: 214)]
        #expect(ReadingOrder.articleArea(of: block, boxes: boxes, others: [1, 2]) == nil)
        #expect(ReadingOrder.articleArea(of: block, boxes: boxes, others: [1]) != nil, "with nothing beside it, the article on its left")
    }

    @Test("At the right of all, a headline heads the article of its column however narrow the article, not the columns further left")
    func headlineFarRight() throws {
        var b = PageBuilder(width: 842, height: 1191)
        b.text("先輩職員の声", x: 28, y: 447, size: 13)
        for (i, line) in ["観光振興課（令和5年度採用）", "「鳥海山の登山口で観光客に", "道を聞かれ、自分で作った", "案内板が役に立ちました。」"].enumerated() {
            b.text(line, x: 28, y: 471 + Double(i) * 12.5, size: 8)
        }
        b.text("研修", x: 328, y: 449, size: 10)
        for (i, line) in ["採用後は秋田県の市町村職員", "研修で基礎を学びます。", "2年目からは専門の研修で", "実務の力をつけます。"].enumerated() {
            b.text(line, x: 319, y: 470 + Double(i) * 12.7, size: 7.9)
        }
        b.text("試験：由利本荘市職員採用試験（大学卒業程度）", x: 465, y: 451, size: 8)
        for (r, row) in [["区分", "職種", "予定数"], ["事務", "一般事務", "12"], ["", "保健福祉", "2"], ["技術", "土木", "3"]].enumerated() {
            for (c, cell) in row.enumerated() { b.text(cell, x: 479 + Double(c) * 68, y: 470 + Double(r) * 20, size: 8.2) }
        }
        b.vertical("試験区分", x: 730, y: 450, size: 12)
        let lines = LayoutEngine().layout(b.page()).textLines
        let headline = try #require(lines.firstIndex(of: "試験区分"), "\(lines)")
        let exam = try #require(lines.firstIndex { $0.hasPrefix("試験：") })
        let training = try #require(lines.firstIndex(of: "採用後は秋田県の市町村職員"))
        #expect(training < headline && headline < exam, "\(lines)")
    }

    @Test("A slide's title set large beside a table is cut off before the table is read: the unit column stays in the table")
    func titleBesideTable() throws {
        var b = PageBuilder(width: 960, height: 540)
        for (i, line) in ["空港の現場から", "キャリアが", "始まります"].enumerated() { b.text(line, x: 26, y: 106 + Double(i) * 27, size: 18.5) }
        b.text("配属先", x: 351, y: 85, size: 12.5)
        b.text("事務", x: 508, y: 85, size: 12.5)
        b.text("技術", x: 588, y: 85, size: 12.5)
        for (r, row) in [("那覇空港事務所", "1", "1"), ("鹿児島空港事務所", "1", "－"), ("広島空港事務所", "－", "2"), ("松山空港事務所", "1", "－")].enumerated() {
            let y = 115 + Double(r) * 30
            b.text(row.0, x: 268, y: y, size: 12.5)
            b.text(row.1, x: 516, y: y, size: 12.5)
            b.text(row.2, x: 596, y: y, size: 12.5)
        }
        let tables = LayoutEngine().layout(b.page()).blocks.compactMap(\.table)
        let table = try #require(tables.first, "no table")
        #expect(table.rows.map { $0.first?.text ?? "" } == ["配属先", "那覇空港事務所", "鹿児島空港事務所", "広島空港事務所", "松山空港事務所"])
        #expect(!table.rows.joined().contains { $0.text.contains("キャリア") })
    }

    @Test("Big figures beside their labels are a table's cells set large, no title beside it")
    func bigFiguresStay() throws {
        var b = PageBuilder(width: 595, height: 842)
        for (r, (label, figure)) in [("採用者数", "15人"), ("うち女性", "6人"), ("平均年齢", "24歳"), ("内定者数", "18人"), ("説明会参加者", "320人")].enumerated() {
            b.text(label, x: 40, y: 100 + Double(r) * 26, size: 10)
            b.text(figure, x: 200, y: 96 + Double(r) * 26, size: 18)
        }
        let lines = LineBuilder(page: b.page()).build()
        let reading = GutterReading(page: PageLines(lines: lines, flows: [:], sectionNames: []))
        #expect(!reading.partsTitle(Array(lines.indices), at: 150...195))
        // Words set so large beside the same labels are a title.
        var titled = PageBuilder(width: 595, height: 842)
        for (r, label) in ["採用者数", "うち女性", "平均年齢", "内定者数", "説明会参加者"].enumerated() { titled.text(label, x: 200, y: 100 + Double(r) * 26, size: 10) }
        for (r, word) in ["空港の現場から", "キャリアが"].enumerated() { titled.text(word, x: 20, y: 96 + Double(r) * 26, size: 18) }
        let titleLines = LineBuilder(page: titled.page()).build()
        #expect(GutterReading(page: PageLines(lines: titleLines, flows: [:], sectionNames: [])).partsTitle(Array(titleLines.indices), at: 150...195))
    }

    @Test("Items whose lines under them are sentences make a list beside the table, not its first column (由利本荘市's 2面)")
    func termsBesideTable() throws {
        let pdf = try PDFDocument(path: FixtureFiles.root.appendingPathComponent("holdout109/yurihonjo-2026.pdf").path)
        let tables = LayoutEngine().layout(try pdf.page(2)).blocks.compactMap(\.table)
        let units = try #require(tables.first { $0.rows.joined().contains { $0.text == "農山漁村振興課" } })
        #expect(!units.rows.joined().contains { $0.text.hasPrefix("●") || $0.text.hasSuffix("。") }, "\(units.rows.map { $0.map(\.text) })")
    }
}
