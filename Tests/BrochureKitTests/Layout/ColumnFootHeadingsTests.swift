import Testing
@testable import BrochureKit

/// A section heading at the foot of one column over the block across both columns that is
/// its body; items whose text is indented under their titles, under a side heading's tall box.
@Suite("Column-foot headings and indented items")
struct ColumnFootHeadingsTests {
    /// The page's lines in reading order, and where the first starting with a text stands (−1 if none).
    static func read(_ b: PageBuilder) -> (lines: [String], index: (String) -> Int) {
        let lines = LayoutEngine().layout(b.page()).textLines
        return (lines, { text in lines.firstIndex { $0.hasPrefix(text) } ?? -1 })
    }

    @Test("A heading and its caption at the foot of the left column, over the table across both columns, are read with that table, after the right column")
    func headingOverWideBlock() {
        var b = PageBuilder()
        b.text("センターは、水俣病に関する調査・研究を行う環境省の研究機関です。研究を支える職員を募集", x: 52, y: 119, size: 9)
        b.text("しています。", x: 52, y: 136, size: 9)
        b.text("採用実績", x: 61, y: 165, size: 12)
        b.text("採用者数（単位：人）", x: 52, y: 190, size: 9)
        for r in 0..<6 {
            let y = 210 + Double(r) * 18
            b.text("令和\(r + 3)年度", x: 56, y: y, size: 9)
            b.text("\(r % 3 + 1)", x: 160, y: y, size: 9)
            b.text("\(r % 2 + 1)", x: 230, y: y, size: 9)
            b.text("\(r % 3 + r % 2 + 2)", x: 300, y: y, size: 9)
        }
        b.text("※上段は採用者数、下段はそのうち女性の数です。", x: 52, y: 330, size: 8)
        b.text("採用予定", x: 61, y: 350, size: 12)
        b.text("令和8年度の採用予定", x: 52, y: 375, size: 9)
        b.text("配属実績", x: 361, y: 165, size: 12)
        b.text("令和7年度採用者の配属先", x: 352, y: 190, size: 9)
        for (r, unit) in ["総務課", "基礎研究部", "環境・保健研究部"].enumerated() {
            b.text(unit, x: 356, y: 224 + Double(r) * 18, size: 9)
            b.text("1", x: 470, y: 224 + Double(r) * 18, size: 9)
            b.text("－", x: 510, y: 224 + Double(r) * 18, size: 9)
        }
        for (r, row) in [["区分", "試験", "試験区分", "予定数"], ["事務系", "一般職試験", "行政", "1"], ["技術系", "一般職試験", "化学", "1"]].enumerated() {
            for (c, cell) in row.enumerated() { b.text(cell, x: [78.0, 200, 380, 480][c], y: 398 + Double(r) * 18, size: 9) }
        }
        let (lines, index) = Self.read(b)
        #expect(index("配属実績") < index("採用予定"), "\(lines)")
        #expect(index("採用予定") < index("令和8年度の採用予定") && index("令和8年度の採用予定") < index("区分"), "\(lines)")
        #expect(index("令和3年度") < index("配属実績"), "\(lines)")
    }

    @Test("A heading with a paragraph of its own at the foot of its column stays in it")
    func headingWithBodyStays() {
        var b = PageBuilder()
        b.text("採用実績", x: 61, y: 165, size: 12)
        for r in 0..<6 { b.text("令和\(r + 3)年度の採用者は事務系\(r % 3 + 1)名です。", x: 52, y: 190 + Double(r) * 14, size: 9) }
        b.text("研修", x: 61, y: 290, size: 12)
        for r in 0..<3 { b.text("新規採用職員研修を\(r + 1)週間行います。", x: 52, y: 312 + Double(r) * 14, size: 9) }
        b.text("配属実績", x: 361, y: 165, size: 12)
        for r in 0..<3 { b.text("研究部門に\(r + 1)名を配属しました。", x: 352, y: 190 + Double(r) * 14, size: 9) }
        b.text("一般職試験（大卒程度試験）の行政区分から1名、化学区分から1名を採用する予定です。", x: 52, y: 372, size: 9)
        let (lines, index) = Self.read(b)
        #expect(index("研修") < index("配属実績"), "\(lines)")
    }

    @Test("Items whose text is indented under their titles go on down their column under a side heading's tall box")
    func indentedItemsUnderSideHeading() {
        var b = PageBuilder()
        b.vertical("両立支援", x: 62, y: 192, size: 12)
        b.text("両立支援制度", x: 92, y: 190, size: 11)
        b.text("●育児休業（子が3歳に達するまで）", x: 92, y: 214, size: 9.5)
        b.text("男女とも取得できます。", x: 102, y: 229, size: 8.5)
        b.text("●介護休暇（通算6か月）", x: 92, y: 250, size: 9.5)
        b.text("3回まで分割して取得できます。", x: 102, y: 265, size: 8.5)
        b.text("お問い合わせ", x: 360, y: 150, size: 11)
        b.text("西郷村総務課人事係", x: 360, y: 172, size: 9)
        b.text("TEL 0248-25-1115", x: 360, y: 186, size: 9)
        b.text("JR東北本線新白河駅から車で約10分", x: 360, y: 204, size: 9)
        let (lines, index) = Self.read(b)
        #expect(index("男女とも") < index("●介護休暇") && index("●介護休暇") < index("3回まで"), "\(lines)")
        #expect(index("3回まで") < index("お問い合わせ"), "\(lines)")
    }

    @Test("A line far under the last item, at its title's edge, is no next item of the column: it is read after the column beside")
    func farLineAtTitleEdge() {
        var b = PageBuilder()
        b.text("働き方改革", x: 40, y: 100, size: 12)
        b.text("●病院間の人事交流", x: 40, y: 130, size: 9.5)
        b.text("全国の病院で経験を積めます。", x: 51, y: 144, size: 8.5)
        b.text("Work style", x: 386, y: 100, size: 10)
        for r in 0..<5 { b.text("Telework up to \(r + 2) days a week at headquarters.", x: 382, y: 124 + Double(r) * 12, size: 8.5) }
        b.text("病院の設備更新を担当する技術職の職員", x: 40, y: 250, size: 7)
        let (lines, index) = Self.read(b)
        #expect(index("Telework up to 6") < index("病院の設備更新"), "\(lines)")
    }
}
