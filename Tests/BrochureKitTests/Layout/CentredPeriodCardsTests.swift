import Testing

@testable import BrochureKit

/// Support cards in a row, each a name flush left with its period centred in a drawn circle
/// beside it and a sentence under both (holdout36's matsuyama p2): read card by card.
@Suite("Cards with a centred period")
struct CentredPeriodCardsTests {
    static func page() -> PageBuilder {
        var b = PageBuilder()
        b.text("両立支援制度", x: 44, y: 40, size: 12, bold: true)
        for (k, (name, period, text)) in [("育児休業", "３歳まで", "男性職員の取得率は８割を超えて"), ("育児短時間勤務", "就学前まで", "勤務時間を短縮して働けます。"),
                                          ("子の看護休暇", "年５日", "子が２人以上なら年１０日です。")].enumerated() {
            let x = 36 + Double(k) * 178.4
            b.text(name, x: x + 4, y: 64, size: 8.5)
            // The period centred on a circle whose centre keeps the pitch.
            let centre = x + 145.4
            b.text(period, x: centre - Double(period.count) * 6.5 / 2, y: 71, size: 6.5)
            b.text(text, x: x, y: 82, size: 7.5)
        }
        return b
    }

    @Test("Each card's name, period and sentence are read together, card after card")
    func cardByCard() {
        let lines = LayoutEngine().layout(Self.page().page()).textLines
        let order = ["育児休業", "３歳まで", "男性職員の取得率は８割を超えて", "育児短時間勤務", "就学前まで", "勤務時間を短縮して働けます。", "子の看護休暇", "年５日", "子が２人以上なら年１０日です。"]
        let positions = order.compactMap { lines.firstIndex(of: $0) }
        #expect(positions.count == order.count && positions == positions.sorted(), "\(lines)")
    }

    @Test("Periods centred at one pitch keep it by their middles only; a sentence ending 。 is no count")
    func helpers() {
        let columns: [ClosedRange<Double>] = [36...148.5, 168.42...194.42, 214.42...319.42, 343.6...376.1, 392.85...505.35, 528.52...548.02]
        #expect(CardColumns.placesKeepPitch(columns, width: 2, em: 8))
        var uneven = columns
        uneven[3] = 330...376.1
        #expect(!CardColumns.placesKeepPitch(uneven, width: 2, em: 8))
    }
}
