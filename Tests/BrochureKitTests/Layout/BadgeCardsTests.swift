import Testing
@testable import BrochureKit

/// Cards with a tile at their left: a small word over a big figure (`最大` over `3年`).
@Suite("Badge cards")
struct BadgeCardsTests {
    static func page() -> PageBuilder {
        var b = PageBuilder()
        let cards = [("最大", "3年", "育児休業", "期間：子が3歳に達するまで", "男女とも取得でき、昇給にも配慮しています。"),
                     ("1日", "2時間", "部分休業", "期間：子が小学校に就学するまで", "勤務時間の始めか終わりに取得できます。"),
                     ("年", "5日", "子の看護等休暇", "期間：1年につき5日", "子が2人以上の場合は10日まで取得できます。")]
        for (r, (word, figure, name, period, text)) in cards.enumerated() {
            let y = 101 + Double(r) * 68
            b.text(word, x: 335 - 4.5 * Double(word.count), y: y + 5, size: 9)
            b.text(figure, x: 335 - 7.5 * Double(figure.count) * 0.8, y: y + 21, size: 15)
            b.text(name, x: 372, y: y, size: 10.5)
            b.text(period, x: 372, y: y + 17, size: 9)
            b.text(text, x: 372, y: y + 32, size: 8.5)
        }
        return b
    }

    @Test("A tile's word and figure are read together, then the card beside it, card by card")
    func tileThenCard() throws {
        let lines = LayoutEngine().layout(Self.page().page()).textLines
        let order = ["最大", "3年", "育児休業", "期間：子が3歳に達するまで", "男女とも取得でき、昇給にも配慮しています。", "1日", "2時間", "部分休業"]
        let at = try order.map { text in try #require(lines.firstIndex(of: text), "\(lines)") }
        #expect(at == at.sorted(), "\(lines)")
    }

    @Test("Big figures down the left beside sentences are no table; row labels set like their text are")
    func figuresBesideSentencesAreNoTable() {
        #expect(LayoutEngine().layout(Self.page().page()).blocks.allSatisfy { $0.table == nil })
        func cell(_ text: String, height: Double, lines: [String] = []) -> Table.Cell {
            Table.Cell(text: text, box: Rect(x0: 0, y0: 0, x1: 40, y1: height), lines: lines)
        }
        let badges = [[cell("最大", height: 9), cell("育児休業", height: 10.5)],
                      [cell("3年", height: 15), cell("期間：子が3歳まで。取得できます。", height: 30, lines: ["期間：子が3歳まで。", "取得できます。"])],
                      [cell("2時間", height: 15), cell("勤務を短くできます。", height: 30, lines: ["勤務を短く", "できます。"])]]
        #expect(TableDetector.badgesBesideCards(badges))
        let timeline = [[cell("2年目", height: 9), cell("フォローアップ研修で課題を共有します。", height: 9)],
                        [cell("4年目", height: 9), cell("中堅職員研修があります。", height: 9)]]
        #expect(!TableDetector.badgesBesideCards(timeline))
    }
}
