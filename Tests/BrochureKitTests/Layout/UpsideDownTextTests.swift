import Testing
@testable import BrochureKit

/// Text turned 180° (the back face of a tent-fold card) on an upright page.
@Suite("Upside-down text")
struct UpsideDownTextTests {
    /// A tent-fold card: the lower half upright, the upper half turned round, its first line
    /// nearest the fold (lowest on the page), glyphs in poppler's order.
    static func card() -> Page {
        var b = PageBuilder()
        b.text("試験区分", x: 60, y: 460, size: 12)
        b.text("事務職の採用試験は大学卒業程度と高校卒業程度の二つです。", x: 60, y: 480)
        for (i, line) in ["お問い合わせ", "人事課 採用係", "研修", "TEL 029-301-0110", "〒310-8550 水戸市笠原町978番6"].enumerated() {
            b.turnedRound(line, right: 535, y: 380 - Double(i) * 16)
        }
        return Page(number: 1, width: 595, height: 842, glyphs: b.glyphs, fonts: b.fonts)
    }

    @Test("The turned half reads right way round, line by line from the fold, after the upright half")
    func tentFold() {
        let lines = LayoutEngine().layout(Self.card()).textLines
        let heading = lines.firstIndex(of: "お問い合わせ")
        let phone = lines.firstIndex { $0.contains("TEL 029-301-0110") }
        let postal = lines.firstIndex { $0.hasPrefix("〒310-8550") }
        let upright = lines.firstIndex { $0.hasPrefix("試験区分") }
        #expect(upright != nil && heading != nil && phone != nil && postal != nil, "\(lines)")
        if let upright, let heading, let phone, let postal { #expect(upright < heading && heading < phone && phone < postal, "\(lines)") }
        // A two-glyph word alone in the turned half is turned with it.
        #expect(lines.contains("研修"), "\(lines)")
    }

    @Test("Upright text, vertical writing and vertical punctuation across columns are left as they are")
    func uprightStays() {
        var b = PageBuilder()
        b.text("採用実績の推移を示します。", x: 40, y: 100)
        b.text("令和8年4月1日現在", x: 40, y: 120)
        b.text("お問い合わせは人事課へ", x: 40, y: 140)
        b.vertical("職員採用案内", x: 560, y: 100)
        b.vertical("令和八年三月", x: 545, y: 100)
        #expect(UpsideDownText.split(b.page()) == nil)
        // Vertical writing's commas and brackets, one per column at one height, come
        // leftwards one after another: no turned line.
        var marks = PageBuilder()
        for row in 0..<4 {
            for column in 0..<5 { marks.glyphs.append(Glyph(scalar: column % 2 == 0 ? "︑" : "﹂", box: Rect(x0: 500 - Double(column) * 10.5, y0: 100 + Double(row) * 40, x1: 508 - Double(column) * 10.5, y1: 108 + Double(row) * 40), font: 0, size: 8)) }
        }
        #expect(UpsideDownText.split(Page(number: 1, width: 595, height: 842, glyphs: marks.glyphs, fonts: marks.fonts)) == nil)
    }
}
