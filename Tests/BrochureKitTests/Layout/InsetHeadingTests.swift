import Testing
@testable import BrochureKit

/// Column headings set in from their column's edge by an icon the text layer does not hold
/// (the landscape page of holdout26's saikosai-2026).
@Suite("Headings inset by an icon")
struct InsetHeadingTests {
    /// Three columns, each under its heading set 22 pt in from the column's left edge, and
    /// neither at the column's edge nor centred over the column's first paragraph.
    private func page() -> PageBuilder {
        var b = PageBuilder(width: 842, height: 595)
        for (column, (heading, lines)) in [
            (30.0, ("採用実績", ["採用した職員の数の推移を年度別に示します。", "令和3年度は裁判所事務官を二十四名採用し、", "令和4年度は裁判所事務官を二十六名採用し、"])),
            (292.0, ("試験の区分", ["本年度の試験区分別の採用予定数を示します。", "総合職試験の法律・経済区分は二名となり、", "一般職試験の事務区分は十六名となります。"])),
            (574.0, ("全国の裁判所", ["全国の裁判所の数を種類ごとに示しています。", "地方裁判所は全国に五十庁が置かれています。", "簡易裁判所は全国の各地に置かれています。"])),
        ] {
            b.text(heading, x: column + 22, y: 29, size: 14, bold: true)
            // Paragraphs of two lines apart, the second line shorter.
            for (i, line) in lines.enumerated() {
                b.text(line, x: column, y: 56 + Double(i) * 36, size: 9.5)
                b.text("しました。", x: column, y: 56 + Double(i) * 36 + 14, size: 9.5)
            }
        }
        return b
    }

    @Test("Each heading is read with its column, not the three of them first as a row")
    func headingsReadWithTheirColumns() throws {
        let lines = LayoutEngine().layout(page().page()).textLines
        let second = try #require(lines.firstIndex(of: "試験の区分"))
        let firstColumnEnd = try #require(lines.firstIndex(of: "令和4年度は裁判所事務官を二十六名採用し、"))
        let third = try #require(lines.firstIndex(of: "全国の裁判所"))
        let secondColumnEnd = try #require(lines.firstIndex(of: "一般職試験の事務区分は十六名となります。"))
        #expect(firstColumnEnd < second && secondColumnEnd < third, "\(lines)")
    }

    @Test("Inset by an icon's width, ending inside the text right under it; not further in, past it, further above, nor a body line")
    func bounds() {
        let lower = Rect(x0: 30, y0: 56, x1: 270, y1: 120)
        #expect(ReadingOrder.isInsetHeading(Rect(x0: 52, y0: 29, x1: 108, y1: 43), heading: true, over: lower))
        #expect(!ReadingOrder.isInsetHeading(Rect(x0: 52, y0: 29, x1: 108, y1: 43), heading: false, over: lower))
        #expect(!ReadingOrder.isInsetHeading(Rect(x0: 90, y0: 29, x1: 146, y1: 43), heading: true, over: lower))
        #expect(!ReadingOrder.isInsetHeading(Rect(x0: 52, y0: 29, x1: 300, y1: 43), heading: true, over: lower))
        #expect(!ReadingOrder.isInsetHeading(Rect(x0: 20, y0: 29, x1: 108, y1: 43), heading: true, over: lower))
        #expect(!ReadingOrder.isInsetHeading(Rect(x0: 52, y0: 10, x1: 108, y1: 24), heading: true, over: lower))
    }
}
