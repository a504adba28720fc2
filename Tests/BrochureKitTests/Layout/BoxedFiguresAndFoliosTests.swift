import Testing
@testable import BrochureKit

/// Counts printed one figure to a box, and page numbers set large in the outer margin.
@Suite("Boxed figures and edge folios")
struct BoxedFiguresAndFoliosTests {
    /// Draws `text` one glyph to a box of `pitch`, each glyph centred in its box.
    static func boxed(_ b: inout PageBuilder, _ text: String, x: Double, y: Double, pitch: Double = 10.6, size: Double = 8.5) {
        for (k, scalar) in text.unicodeScalars.enumerated() where scalar != " " {
            let width = Script.isCJK(scalar) ? size : 0.62 * size
            let x0 = x + Double(k) * pitch + (pitch - width) / 2
            b.glyphs.append(Glyph(scalar: scalar, box: Rect(x0: x0, y0: y, x1: x0 + width, y1: y + size), font: 0, size: size))
        }
    }

    @Test("A count printed a figure to a box is one cell, with no spaces, though every row's boxes line up")
    func boxedCounts() {
        var b = PageBuilder()
        for (word, x) in zip(["事務系", "技術系", "年度"], [120.0, 220, 320]) { b.text(word, x: x, y: 200, size: 8.5) }
        for (r, row) in [["12（5）", "15（3）"], ["10（4）", "14（4）"], ["13（6）", "16（5）"]].enumerated() {
            let y = 218 + 18 * Double(r)
            Self.boxed(&b, row[0], x: 115, y: y)
            Self.boxed(&b, row[1], x: 215, y: y)
            b.text("令和\(r + 3)年度", x: 320, y: y, size: 8.5)
        }
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(lines.contains("12（5）\t15（3）\t令和3年度"), "\(lines)")
        #expect(lines.contains("13（6）\t16（5）\t令和5年度"), "\(lines)")
        // Figures of running text keep their spaces.
        var text = PageBuilder()
        text.text("Hiring: 2023 70 (23), 2024 55 (17)", x: 40, y: 100, size: 10)
        #expect(LayoutEngine().layout(text.page()).textLines == ["Hiring: 2023 70 (23), 2024 55 (17)"])
    }

    @Test("A large number alone in the outer margin is no text; one opening a heading, set less large, is")
    func edgeFolio() {
        var b = PageBuilder()
        b.text("02", x: 22, y: 391, size: 34)
        b.text("●育児休業（子が3歳に達するまで）", x: 72, y: 393.5, size: 8.5)
        b.text("取得した職員の復帰を係全体で支えています。", x: 80, y: 405, size: 8.5)
        b.text("●育児時間（1日2時間まで）", x: 72, y: 418.5, size: 8.5)
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(lines.first == "●育児休業（子が3歳に達するまで）", "\(lines)")
        #expect(!lines.contains { $0.contains("02") }, "\(lines)")
        var heading = PageBuilder()
        heading.text("01", x: 40, y: 128, size: 20)
        heading.text("採用実績", x: 70, y: 129.4, size: 12.5)
        heading.text("令和8年度の採用予定者数は次のとおりです。", x: 40, y: 160, size: 8.5)
        heading.text("配属先は本局と各事務所です。", x: 40, y: 174, size: 8.5)
        let headed = LayoutEngine().layout(heading.page()).textLines
        #expect(headed.contains { $0.hasPrefix("01") }, "\(headed)")
    }

    @Test("A title letter-spaced in display type is one word, however its letters line up with what lies below")
    func spacedTitle() {
        var b = PageBuilder()
        for (k, letter) in ["仙", "台", "市", "交", "通", "局"].enumerated() { b.text(letter, x: 72 + 72 * Double(k), y: 41, size: 24) }
        b.text("職員採用案内 2026", x: 72, y: 84, size: 14)
        b.text("令和8年4月1日現在", x: 448, y: 133, size: 8.5)
        b.text("地下鉄とバスで杜の都の毎日の移動を支える、公営企業の職員を募集します。", x: 72, y: 149, size: 8.5)
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(lines.first == "仙台市交通局", "\(lines)")
    }
}
