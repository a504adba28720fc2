import Testing

@testable import BrochureKit

/// A message set in 縦書き beside horizontal text, drawn glyph by glyph with a horizontal
/// font's `、` and `。` moved into the upper right of their cells.
@Suite("Vertical passages on a horizontal page")
struct VerticalPassageTests {
    static let columns = [
        ["三重県は南北に長く", "、", "山と海の恵みに満"],
        ["ちた県です", "。", "私たちは県民一人ひとりの"],
        ["暮らしに寄り添い", "、", "地域の未来をともに"],
        ["つくる仲間を求めています", "。"],
    ]

    /// Each column from one top, right to left at a pitch of 19 pt, its marks shifted 6 pt right
    /// and 4 pt up in their cells; horizontal text left of it, more of it than the passage.
    static func page() -> PageBuilder {
        var b = PageBuilder()
        b.text("採用実績", x: 40, y: 100, size: 12, bold: true)
        for k in 0..<14 { b.text("三重県庁では、県民の暮らしを支える行政事務から現場まで働いています。", x: 40, y: 124 + Double(k) * 16, size: 9) }
        for (c, column) in columns.enumerated() {
            let x = 531 - Double(c) * 19
            var y = 124.0
            for piece in column {
                if LineBuilder.verticalStops.contains(piece.unicodeScalars.first!) {
                    b.text(piece, x: x + 6, y: y - 4, size: 10)
                    y += 10
                } else {
                    b.vertical(piece, x: x, y: y, size: 10)
                    y += Double(piece.count) * 10
                }
            }
        }
        return b
    }

    @Test("A comma or full stop in the upper right of its cell stays in its column, which goes on after it")
    func marksInTheirColumns() {
        let lines = LineBuilder(page: Self.page().page()).build().filter { $0.orientation == .vertical }.map(\.text)
        for column in Self.columns { #expect(lines.contains(column.joined()), "\(lines)") }
        let horizontal = LineBuilder(page: Self.page().page()).build().filter { $0.orientation == .horizontal }.map(\.text)
        #expect(!horizontal.contains("、") && !horizontal.contains("。"), "\(horizontal)")
    }

    @Test("Columns side by side from one top are one paragraph, read right to left")
    func passageReadRightToLeft() throws {
        let layout = LayoutEngine().layout(Self.page().page())
        let block = try #require(layout.blocks.first { $0.lines.first?.orientation == .vertical })
        #expect(block.lines.map(\.text) == Self.columns.map { $0.joined() })
    }
}
