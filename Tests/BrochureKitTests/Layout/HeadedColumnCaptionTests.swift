import Testing
@testable import BrochureKit

/// Two section headings side by side over a table on the left and a column of cards on the
/// right, the table's caption wider than its heading.
@Suite("Headed column caption")
struct HeadedColumnCaptionTests {
    /// The page: headings at 12 pt, a caption under the left one, a table of years at a
    /// 16 pt pitch beside cards (a title over two wrapped lines) at their own pitch; with
    /// `lowerBand`, notes under the table and a row of two headings over two tables below.
    private func page(caption: String = "採用者数の推移（各年度4月1日現在、単位：人）", lowerBand: Bool = false, smallGloss: Bool = false) -> Page {
        var b = PageBuilder()
        b.text("採用実績", x: 52, y: 239, size: 12)
        b.text("働きやすい職場づくり", x: 400, y: 240, size: 12)
        b.text(caption, x: 42, y: 265.6, size: 7.8)
        b.text("年度", x: 72, y: 302, size: 8.8)
        for (text, right) in [("事務系", 229.0), ("技術系", 295.0), ("計", 369.0)] {
            b.text(text, x: right - 8.8 * Double(text.count), y: 302, size: 8.8)
        }
        let rows = [
            ("平成30年度", "18（8）", "3（0）", "21（8）"), ("令和元年度", "19（9）", "2（1）", "21（10）"),
            ("令和2年度", "17（8）", "4（1）", "21（9）"), ("令和3年度", "20（10）", "3（1）", "23（11）"),
            ("令和4年度", "18（9）", "4（1）", "22（10）"), ("令和5年度", "21（11）", "3（0）", "24（11）"),
            ("令和6年度", "19（10）", "4（2）", "23（12）"), ("令和7年度", "22（12）", "4（1）", "26（13）"),
        ]
        func width(_ text: String) -> Double { text.unicodeScalars.reduce(0) { $0 + (Script.isCJK($1) ? 8.8 : 4.4) } }
        for (r, row) in rows.enumerated() {
            let y = 318 + 16 * Double(r)
            b.text(row.0, x: 45, y: y, size: 8.8)
            for (text, right) in [(row.1, 229.0), (row.2, 295.0), (row.3, 369.0)] { b.text(text, x: right - width(text), y: y, size: 8.8) }
        }
        let cards = [
            ("閉会中の計画休暇", "国会閉会中に、連続した休暇を計画的", "に取得することを勧めています。"),
            ("フレックスタイム制", "会期中・閉会中の業務に合わせて、勤", "務時間を柔軟に割り振れます。"),
            ("テレワーク", "調査・資料作成などの業務は、在宅で", "行うことができます。"),
        ]
        for (i, card) in cards.enumerated() {
            let y = 277.3 + 59 * Double(i)
            b.text(card.0, x: 398, y: y, size: 9.3, bold: true)
            b.text(card.1, x: 398, y: y + 16, size: 8.3)
            b.text(card.2, x: 398, y: y + 28.5, size: 8.3)
        }
        guard lowerBand else { return b.page() }
        b.text("※令和7年度は採用予定数（女性の内訳は未定）。", x: 42, y: 474, size: 7.3)
        b.text("配属実績", x: 52, y: 516, size: 13)
        if smallGloss {
            // The gloss in smaller type on the title's baseline: the line is no heading by its size.
            b.text("採用予定", x: 292, y: 516, size: 13)
            b.text("EXAMINATION 2026", x: 350, y: 521, size: 8)
        } else {
            b.text("採用予定 EXAMINATION 2026", x: 292, y: 516, size: 13)
        }
        for (r, (unit, count)) in [("議事部", "3"), ("委員部", "5"), ("記録部", "2"), ("警務部", "1")].enumerated() {
            b.text(unit, x: 45, y: 545 + 16 * Double(r), size: 8.6)
            b.text(count, x: 180, y: 545 + 16 * Double(r), size: 8.6)
        }
        for (r, (exam, count)) in [("行政・法律", "3名"), ("経済", "1名"), ("電気・電子", "2名"), ("機械", "1名")].enumerated() {
            b.text(exam, x: 285, y: 545 + 16 * Double(r), size: 8.4)
            b.text(count, x: 470, y: 545 + 16 * Double(r), size: 8.4)
        }
        return b.page()
    }

    @Test("A caption wider than the left heading goes on under it: the table is cut from the cards beside it at the headings' gutter")
    func tableCutFromCards() throws {
        let lines = LayoutEngine().layout(page()).textLines
        #expect(lines.contains("令和2年度\t17（8）\t4（1）\t21（9）"), "\(lines)")
        #expect(!lines.contains { $0.contains("（") && $0.contains("勤") }, "\(lines)")
        // The left column, heading to last row, is read before the right one.
        let lastRow = try #require(lines.firstIndex { $0.hasPrefix("令和7年度") })
        let rightHeading = try #require(lines.firstIndex(of: "働きやすい職場づくり"))
        #expect(lastRow < rightHeading, "\(lines)")
    }

    @Test("Headings level under a table with notes and a column of cards beside it: the heading reaching into both columns ends them, the cards are read before the band below", arguments: [false, true])
    func headingRowEndsColumns(smallGloss: Bool) throws {
        let lines = LayoutEngine().layout(page(caption: "採用者数（人）", lowerBand: true, smallGloss: smallGloss)).textLines
        let lastCard = try #require(lines.firstIndex(of: "行うことができます。"))
        let lowerHeading = try #require(lines.firstIndex(of: "配属実績"))
        let notes = try #require(lines.firstIndex { $0.hasPrefix("※令和7年度") })
        #expect(notes < lastCard && lastCard < lowerHeading, "\(lines)")
    }
}
