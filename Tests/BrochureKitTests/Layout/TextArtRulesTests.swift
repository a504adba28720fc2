import Testing

@testable import BrochureKit

/// A table typed in box-drawing characters, read without its frame.
@Suite("Text-art tables")
struct TextArtRulesTests {
    /// `年度 | 事務系 | 技術系 | 計` over three years, each row one line of text between `│` bars,
    /// rule rows of `─` with corners and junctions between them.
    static func page(frame: Bool = true) -> PageBuilder {
        var b = PageBuilder()
        b.text("採用実績", x: 40, y: 60, size: 12)
        let bars: [Double] = [40, 150, 210, 270, 330]
        let rows = [["年度", "事務系", "技術系", "計"], ["令和３年度", "８（３）", "１２（２）", "２０（５）"],
                    ["令和４年度", "７（４）", "１４（３）", "２１（７）"], ["令和５年度", "９（４）", "１３（２）", "２２（６）"]]
        var y = 90.0
        func rule(_ left: String, _ joint: String, _ right: String) {
            guard frame else { return }
            for (i, x) in bars.enumerated() {
                b.text(i == 0 ? left : i == bars.count - 1 ? right : joint, x: x, y: y, size: 10)
                if i < bars.count - 1 { b.text(String(repeating: "─", count: Int((bars[i + 1] - x - 5) / 5)), x: x + 5, y: y, size: 10) }
            }
            y += 12
        }
        rule("┌", "┬", "┐")
        for (r, cells) in rows.enumerated() {
            for (i, x) in bars.enumerated() {
                if frame { b.text("│", x: x, y: y, size: 10) }
                if i < cells.count { b.text(cells[i], x: x + 8, y: y, size: 10) }
            }
            y += 12
            if r == 0 { rule("├", "┼", "┤") }
        }
        rule("└", "┴", "┘")
        return b
    }

    @Test("The frame set aside, the cells make a table of rows and columns")
    func cellsInColumns() throws {
        let blocks = LayoutEngine().layout(Self.page().page()).blocks
        let table = try #require(blocks.compactMap(\.table).first)
        #expect(table.rows.map { $0.map(\.text) }.contains(["令和４年度", "７（４）", "１４（３）", "２１（７）"]), "\(table.rows.map { $0.map(\.text) })")
        #expect(!blocks.flatMap(\.lines).contains { $0.text.unicodeScalars.contains(where: TextArtRules.isBoxDrawing) })
    }

    @Test("A dash or a bar alone, with no corner or junction, stays text")
    func loneRulesStay() {
        var b = PageBuilder()
        b.text("東京─大阪間の移動", x: 40, y: 100)
        #expect(TextArtRules.removed(from: b.page()) == nil)
        #expect(TextArtRules.removed(from: Self.page().page()) != nil)
    }
}
