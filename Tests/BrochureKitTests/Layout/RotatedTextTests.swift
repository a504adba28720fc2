import Testing
@testable import BrochureKit

/// Text set sideways (turned 90° counter-clockwise, read bottom to top) on an upright page.
@Suite("Rotated text")
struct RotatedTextTests {
    /// An upright paragraph and, in a strip at `stripX`, a turned table of three rows (one
    /// line of the table per column of the page, left to right), glyphs in poppler's order.
    static func page(stripX: Double, uprightX: Double) -> Page {
        var b = PageBuilder()
        b.text("仙台市は、東北の中枢都市として多くの仕事を担っています。", x: uprightX, y: 100, size: 9)
        b.text("区役所の窓口から大規模プロジェクトまで取り組んでいます。", x: uprightX, y: 113, size: 9)
        for (r, row) in [["年度", "事務系", "計"], ["2021年度", "95（45）", "155（59）"], ["2022年度", "98（47）", "161（63）"]].enumerated() {
            for (c, cell) in row.enumerated() {
                b.climbing(cell, x: stripX + Double(r) * 16, bottom: 700 - Double(c) * 90)
            }
        }
        return Page(number: 1, width: 595, height: 842, glyphs: b.glyphs, fonts: b.fonts)
    }

    @Test("A table turned on its side in a right-hand strip reads row by row, after the upright text")
    func turnedTableAtRight() {
        let lines = LayoutEngine().layout(Self.page(stripX: 480, uprightX: 40)).textLines
        #expect(lines.contains("2021年度\t95（45）\t155（59）"), "\(lines)")
        #expect(lines.contains("2022年度\t98（47）\t161（63）"), "\(lines)")
        let table = lines.firstIndex { $0.hasPrefix("年度") }
        let prose = lines.firstIndex { $0.hasPrefix("仙台市は") }
        #expect(table != nil && prose != nil && prose! < table!, "\(lines)")
    }

    @Test("Sideways text in a left-hand strip is read before the upright text; upright and vertical text never climbs")
    func turnedStripAtLeft() {
        let lines = LayoutEngine().layout(Self.page(stripX: 30, uprightX: 120)).textLines
        let table = lines.firstIndex { $0.hasPrefix("年度") }
        let prose = lines.firstIndex { $0.hasPrefix("仙台市は") }
        #expect(table != nil && prose != nil && table! < prose!, "\(lines)")
        var upright = PageBuilder()
        upright.text("採用実績の推移を示します。", x: 40, y: 100)
        upright.vertical("職員採用案内", x: 560, y: 100)
        upright.vertical("令和八年三月", x: 545, y: 100)
        upright.vertical("総務部人事課", x: 530, y: 100)
        #expect(RotatedText.split(Page(number: 1, width: 595, height: 842, glyphs: upright.glyphs, fonts: upright.fonts)) == nil)
    }

    @Test("A table turned into a strip under a heading and its lead is read after them, before the column beside it")
    func turnedTableUnderItsHeading() {
        var b = PageBuilder()
        b.text("採用実績", x: 50, y: 41, size: 12)
        b.text("毎年、事務系・技術系あわせて数名を採用しています。", x: 40, y: 68, size: 9)
        b.text("右の表は横向きに組んでいます。", x: 40, y: 81, size: 9)
        b.text("配属先", x: 340, y: 289, size: 12)
        b.text("各部では参事官の下で審査事務を分担します。", x: 330, y: 315, size: 9)
        for (r, row) in [["年度", "事務系", "計"], ["2021年度", "95（45）", "155（59）"], ["2022年度", "98（47）", "161（63）"]].enumerated() {
            for (c, cell) in row.enumerated() {
                b.climbing(cell, x: 60 + Double(r) * 16, bottom: 700 - Double(c) * 90)
            }
        }
        let lines = LayoutEngine().layout(Page(number: 1, width: 595, height: 842, glyphs: b.glyphs, fonts: b.fonts)).textLines
        let lead = lines.firstIndex { $0.hasPrefix("右の表は") }, table = lines.firstIndex { $0.hasPrefix("2022年度") }
        let beside = lines.firstIndex { $0.hasPrefix("配属先") }
        #expect(lead != nil && table != nil && beside != nil && lead! < table! && table! < beside!, "\(lines)")
    }
}
