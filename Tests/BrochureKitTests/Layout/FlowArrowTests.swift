import Testing

@testable import BrochureKit

/// A flow of numbered steps, each a box of a name over its text, with an arrow in the gap
/// between two boxes centred on their height (holdout60's `働き方改革の3ステップ`).
@Suite("Flow arrows between boxes")
struct FlowArrowTests {
    typealias L = LooseLayoutsTests

    /// Three boxes 185.6 pt apart: a 10 pt name over its 8.5 pt text, a 14 pt arrow in each gap.
    static func page() -> PageBuilder {
        var b = PageBuilder()
        b.text("働き方改革の3ステップ", x: 49, y: 334, size: 11)
        let steps = [("①テレワーク", "週2日まで在宅勤務"), ("②フレックスタイム", "始業を7時から選択"), ("③年休の計画取得", "四半期ごとに計画")]
        for (i, (name, text)) in steps.enumerated() {
            let x = 50 + 185.64 * Double(i)
            b.text(name, x: x, y: 363.2, size: 10)
            b.text(text, x: x, y: 386.5, size: 8.5)
            if i < 2 { b.text("→", x: x + 147.8, y: 373.7, size: 14) }
        }
        b.text("ここまで本文の行が続きます。", x: 49, y: 430, size: 8.5)
        return b
    }

    @Test("Each arrow is read after the box on its left, never between a step's name and its text")
    func arrowAfterItsBox() {
        let lines = LayoutEngine().layout(Self.page().page()).textLines
        #expect(Array(lines.drop { $0 != "①テレワーク" }.prefix(8)) == [
            "①テレワーク", "週2日まで在宅勤務", "→", "②フレックスタイム", "始業を7時から選択", "→", "③年休の計画取得", "四半期ごとに計画",
        ], "\(lines)")
    }

    @Test("Only arrows are connectors: a line of text, or one that holds an arrow among words, is not")
    func connectors() {
        #expect(FlowArrow.isConnector("→") && FlowArrow.isConnector(" ⇒ ") && FlowArrow.isConnector("▼"))
        #expect(!FlowArrow.isConnector("→週2日") && !FlowArrow.isConnector("") && !FlowArrow.isConnector("※"))
    }

    @Test("Every step is an initiative, its text without the arrow: the last one too, whose name sits over its text in one block")
    func stepsAreInitiatives() {
        let layout = LayoutEngine().layout(Self.page().page())
        let part = L.part(.initiatives, "働き方改革の3ステップ", layout.blocks.filter { $0.box.y0 > 350 && $0.box.y0 < 420 }.map { (1, $0) })
        let items = TitledParagraphs().split(part)
        #expect(items.map { "\($0.title)|\($0.text)" } == ["テレワーク|週2日まで在宅勤務", "フレックスタイム|始業を7時から選択", "年休の計画取得|四半期ごとに計画"])
    }
}
