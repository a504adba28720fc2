import Testing
@testable import BrochureKit

/// A table's header row set upright, each word one glyph a line, over a body of figures.
@Suite("Upright header row over a table")
struct UprightHeaderRowTests {
    /// A hiring table of four columns whose header words hang from one top (`計`, one glyph,
    /// has no direction); `gap` is the space between the longest word's foot and the table.
    static func lines(gap: Double = 9, verticalProse: Bool = false) -> [String] {
        var b = PageBuilder()
        if verticalProse {
            for i in 0..<24 { b.vertical("厚生労働省告示第百号の改正", x: 560 - 14 * Double(i), y: 300, size: 10) }
        }
        b.text("採用実績", x: 54, y: 120, size: 11)
        let top = 160.0
        b.vertical("年度", x: 108, y: top, size: 9)
        b.vertical("事務職", x: 218, y: top, size: 9)
        b.vertical("技術職", x: 308, y: top, size: 9)
        b.text("計", x: 398, y: top, size: 9)
        let body = top + 27 + gap
        for (r, row) in [["令和3年度", "10（5）", "4（1）", "14（6）"], ["令和4年度", "11（5）", "5（2）", "16（7）"], ["令和5年度", "12（7）", "3（1）", "15（8）"]].enumerated() {
            for (c, cell) in row.enumerated() {
                b.text(cell, x: [52, 206, 298, 386][c], y: body + 18 * Double(r), size: 9)
            }
        }
        return LayoutEngine().layout(b.page()).textLines
    }

    @Test("The upright words become the table's header row, each over its column")
    func headerRow() {
        let lines = Self.lines()
        #expect(lines.contains("年度\t事務職\t技術職\t計"), "\(lines)")
        #expect(lines.firstIndex(of: "年度\t事務職\t技術職\t計")! + 1 == lines.firstIndex { $0.hasPrefix("令和3年度") }!, "\(lines)")
    }

    @Test("Words standing well clear over the table are no header of it")
    func clearOver() {
        let lines = Self.lines(gap: 40)
        #expect(!lines.contains("年度\t事務職\t技術職\t計"), "\(lines)")
    }

    @Test("On a page of vertical text the upright lines over a table are prose, not its header")
    func verticalPage() {
        let lines = Self.lines(verticalProse: true)
        #expect(!lines.contains("年度\t事務職\t技術職\t計"), "\(lines)")
        #expect(lines.contains("事務職"), "\(lines)")
    }
}
