import Testing

@testable import BrochureKit

/// Support items set upright in a panel beside horizontal text: each item a name in larger
/// type, its period and its text, three columns read right to left, with figures set across a
/// column (縦中横: `子が` / `3` / `歳に達するまで`).
@Suite("Upright panels")
struct UprightPanelTests {
    /// A column pieced from vertical runs and upright figures, top to bottom from `y`.
    static func column(_ b: inout PageBuilder, _ pieces: [String], x: Double, y: Double, size: Double) {
        var top = y
        for piece in pieces {
            if piece.unicodeScalars.allSatisfy(\.isASCII) {
                // Half-width figures centred across the column on one row.
                let width = Double(piece.count) * size * 0.5
                b.text(piece, x: x + (size - width) / 2, y: top, size: size)
                top += size
            } else {
                b.vertical(piece, x: x, y: top, size: size)
                top += Double(piece.count) * size
            }
        }
    }

    /// Two items right to left from x 338, each name 12 pt, period 10 pt, text 9 pt, 4 to 6 pt
    /// apart, 18 pt between the items; horizontal text left and right of the panel.
    static func page() -> PageBuilder {
        var b = PageBuilder()
        b.text("両立支援制度", x: 230, y: 60, size: 12, bold: true)
        for k in 0..<8 { b.text("研修では資料の扱いを学びます。", x: 40, y: 90 + Double(k) * 14, size: 9) }
        for k in 0..<5 { b.text("人事係へお問い合わせください。", x: 380, y: 90 + Double(k) * 14, size: 9) }
        column(&b, ["育児休業"], x: 338, y: 94, size: 12)
        column(&b, ["子が", "3", "歳に達するまで"], x: 322, y: 94, size: 10)
        column(&b, ["男女とも取得できます"], x: 308, y: 94, size: 9)
        column(&b, ["介護休暇"], x: 278, y: 94, size: 12)
        column(&b, ["通算", "12", "か月"], x: 262, y: 94, size: 10)
        column(&b, ["3", "回まで分割できます"], x: 248, y: 94, size: 9)
        return b
    }

    @Test("Figures set across a vertical column, before, inside or after its letters, are read in it")
    func figuresInTheirColumns() {
        let lines = LineBuilder(page: Self.page().page()).build()
        let vertical = lines.filter { $0.orientation == .vertical }.map(\.text)
        for text in ["子が3歳に達するまで", "通算12か月", "3回まで分割できます"] { #expect(vertical.contains(text), "\(vertical)") }
        #expect(!lines.contains { $0.orientation == .horizontal && ["3", "12"].contains($0.text) })
    }

    @Test("Figures starting a horizontal line under a vertical heading stay in their line")
    func figuresOfALinePassingUnder() {
        var b = PageBuilder()
        b.vertical("採用実績", x: 40, y: 100, size: 10)
        b.text("2026年度の採用", x: 40, y: 142, size: 10)
        // (A letter over the column's top, the start of a line running on beside it.)
        b.text("X", x: 42.5, y: 88, size: 10)
        b.text("任期付職員", x: 52, y: 88, size: 10)
        let lines = LineBuilder(page: b.page()).build()
        #expect(lines.contains { $0.orientation == .vertical && $0.text == "採用実績" })
        #expect(lines.contains { $0.orientation == .horizontal && $0.text == "2026年度の採用" })
        #expect(lines.contains { $0.orientation == .horizontal && $0.text.hasPrefix("X") })
    }

    @Test("Short columns of mixed type side by side from one top are one block, read right to left")
    func panelReadRightToLeft() throws {
        let layout = LayoutEngine().layout(Self.page().page())
        let block = try #require(layout.blocks.first { $0.lines.first?.orientation == .vertical })
        #expect(block.lines.map(\.text) == ["育児休業", "子が3歳に達するまで", "男女とも取得できます", "介護休暇", "通算12か月", "3回まで分割できます"])
    }

    @Test("Vertical heads standing apart, or from different tops, stay blocks of their own")
    func apartStayApart() {
        var b = PageBuilder()
        // (Horizontal text beside, more of it than vertical: a horizontal page.)
        for k in 0..<6 { b.text("採用者数は、毎年度の計画に基づいて決めています。", x: 40, y: 300 + Double(k) * 14, size: 9) }
        for (k, head) in ["事務系", "技術系", "研究系"].enumerated() { b.vertical(head, x: 100 + Double(k) * 40, y: 100, size: 10) }
        b.vertical("採用実績", x: 300, y: 100, size: 12)
        b.vertical("令和8年度", x: 286, y: 120, size: 10)
        b.vertical("予定者数", x: 272, y: 100, size: 9)
        // Column heads set upright close side by side from one top, in one type: no panel.
        for (k, head) in ["事務系", "技術系", "合計"].enumerated() { b.vertical(head, x: 400 + Double(k) * 14, y: 100, size: 10) }
        let layout = LayoutEngine().layout(b.page())
        let vertical = layout.blocks.filter { $0.lines.first?.orientation == .vertical }
        #expect(vertical.allSatisfy { $0.lines.count == 1 }, "\(vertical.map { $0.lines.map(\.text) })")
    }

    @Test("In such a block, each line in larger type than the block's opens an item")
    func largerTypeOpensItems() throws {
        let parts = KeyedAndBoxedContactsTests.segmented(Self.page())
        let part = try #require(parts.first { $0.kind == .supportSystems })
        guard case .supportSystems(let systems) = ParsedPart(part) else {
            Issue.record("not read as support systems")
            return
        }
        #expect(systems.map(\.name) == ["育児休業", "介護休暇"])
    }

    @Test("A period set large under its name in one block is the name's, no title of its own")
    func largePeriodIsNoTitle() {
        func line(_ text: String, y: Double, size: Double) -> TextLine {
            TextLine(text: text, box: Rect(x0: 40, y0: y, x1: 40 + Double(text.count) * size, y1: y + size), fontSize: size, isBold: false, orientation: .horizontal)
        }
        let lines = [line("育児休業", y: 100, size: 10), line("3年", y: 114, size: 14), line("子が3歳になるまで", y: 132, size: 9)]
        let block = Block(kind: .paragraph, box: Rect.enclosing(lines.map(\.box))!, lines: lines)
        let items = TitledParagraphs().split(LooseLayoutsTests.part(.supportSystems, "両立支援制度", [(1, block)]))
        #expect(items.map(\.title) == ["育児休業"], "\(items.map(\.title))")
    }
}
