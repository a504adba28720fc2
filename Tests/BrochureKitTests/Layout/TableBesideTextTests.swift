import Testing
@testable import BrochureKit

/// Tables whose neighbours (a column of text, headings under them, a note beside them) used
/// to be cut into the table or cut the table apart.
@Suite("Table beside text")
struct TableBesideTextTests {
    /// Names on the left, right-aligned counts, at a padded row pitch.
    private func assignmentRows(_ b: inout PageBuilder, top: Double) {
        b.text("配属先", x: 112, y: top, size: 8.5)
        b.text("人数", x: 236, y: top, size: 8.5)
        let rows = [("本社", "10名"), ("東京支社", "14名"), ("大阪支社", "12名"), ("北海道新幹線建設局", "22名"), ("九州新幹線建設局", "11名"), ("北陸新幹線建設局", "15名")]
        for (r, (name, count)) in rows.enumerated() {
            let y = top + 17.5 * Double(r + 1)
            b.text(name, x: 43, y: y, size: 8.5)
            let width = count.unicodeScalars.reduce(0.0) { $0 + (Script.isCJK($1) ? 8.5 : 4.25) }
            b.text(count, x: 277 - width, y: y, size: 8.5)
        }
    }

    @Test("A table beside a column of text wrapped around a picture is cut from the text at the gutter nearest it")
    func besideWrappedText() {
        var b = PageBuilder()
        assignmentRows(&b, top: 80)
        // The column's paragraph stands right of a picture; its last lines run under the
        // picture to the gutter, too few to make a paragraph of their own.
        let para = ["入社4年目、トンネル工事の監理を担当してい", "ます。同期は技術系72名で、全国の建設局に", "散らばっていますが、今も連絡を取り合う仲", "間です。第一子の誕生時には育児休業を10か"]
        for (i, line) in para.enumerated() { b.text(line, x: 378, y: 94.5 + 13 * Double(i), size: 8.5) }
        b.text("月取得し、職場の理解に支えられました。延長約212kmの路線を", x: 300, y: 152.5, size: 8.5)
        b.text("開業まで見届けるのが目標です。", x: 300, y: 165.5, size: 8.5)
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(lines.contains("本社\t10名"), "\(lines)")
        #expect(lines.contains("北陸新幹線建設局\t15名"), "\(lines)")
    }

    @Test("Headings side by side under a table end it: the table's columns across the page gutter stay whole")
    func headingsUnderTableAcrossGutter() {
        var b = PageBuilder()
        b.text("職種", x: 43, y: 80, size: 8.5)
        b.text("試験区分", x: 123, y: 80, size: 8.5)
        b.text("予定数", x: 307, y: 80, size: 8.5)
        let rows = [("事務系", "一般行政（社会人）", "13名"), ("技術系", "総合土木（社会人）", "5名"), ("", "建築（社会人）", "2名")]
        for (r, (kind, exam, count)) in rows.enumerated() {
            let y = 98 + 17.5 * Double(r)
            if !kind.isEmpty { b.text(kind, x: 43, y: y, size: 8.5) }
            b.text(exam, x: 123, y: y, size: 8.5)
            b.text(count, x: 338, y: y, size: 8.5)
        }
        // Two page columns below, headed at 12 pt; the right one's text starts at its edge.
        b.text("働き方改革", x: 50, y: 155, size: 12)
        b.text("新規採用職員の1年間の流れ", x: 320, y: 155, size: 12)
        let left = ["◆テレワーク", "本庁・地域機関のどこからでもリモートアクセスで業", "◆フレックスタイム制", "1日の勤務時間を柔軟に割り振ることができます。"]
        for (i, line) in left.enumerated() { b.text(line, x: 40, y: 178 + 17 * Double(i), size: 8.5) }
        let right = ["新規採用職員研修から階層別研修、専門研修まで、職員の成", "段階に応じた研修を用意しています。国や市町村への派遣、", "大学院への派遣研修など、視野を広げる機会もあります。各", "職場での実務を通じて専門性を高めることができます。"]
        for (i, line) in right.enumerated() { b.text(line, x: 310, y: 178 + 13 * Double(i), size: 8.5) }
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(lines.contains("事務系\t一般行政（社会人）\t13名"), "\(lines)")
        #expect(lines.contains("\t建築（社会人）\t2名"), "\(lines)")
    }

    @Test("A note in smaller type beside a table is no column of it")
    func noteBesideTable() {
        var b = PageBuilder()
        b.text("職種", x: 43, y: 80, size: 8.5)
        b.text("試験区分", x: 123, y: 80, size: 8.5)
        b.text("予定数", x: 307, y: 80, size: 8.5)
        let rows = [("事務系", "一般行政（社会人）", "13名"), ("技術系", "総合土木（社会人）", "5名"), ("", "建築（社会人）", "2名")]
        for (r, (kind, exam, count)) in rows.enumerated() {
            let y = 98 + 17.5 * Double(r)
            if !kind.isEmpty { b.text(kind, x: 43, y: y, size: 8.5) }
            b.text(exam, x: 123, y: y, size: 8.5)
            b.text(count, x: 338, y: y, size: 8.5)
        }
        b.text("※大学卒業程度試験の", x: 380, y: 99.3, size: 7.5)
        b.text("採用予定は1ページに掲載しています。", x: 380, y: 110.3, size: 7.5)
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(lines.contains("事務系\t一般行政（社会人）\t13名"), "\(lines)")
        #expect(!lines.contains { $0.contains("13名") && $0.contains("※") }, "\(lines)")
    }
    @Test("A list whose items wrap at the gutter is a page column, not a table's first column")
    func wrappedItemsBesideTable() {
        var b = PageBuilder()
        // Routes on the left, each item broken where the column ends and continued under its
        // text, the first item's end level with the heading of the column on the right.
        b.text("出口徒歩約５分", x: 51.5, y: 498.6, size: 9)
        b.text("・東京メトロ銀座線・南北線『溜池山王』駅８番出口徒歩", x: 42, y: 515.1, size: 9)
        b.text("約５分", x: 51.5, y: 529.6, size: 9)
        b.text("・東京メトロ有楽町線・半蔵門線・南北線『永田町』駅３", x: 42, y: 546.1, size: 9)
        b.text("番出口徒歩約７分", x: 51.5, y: 560.6, size: 9)
        // An exam table on the right, its rows level with the items by chance.
        b.text("04 試験区分", x: 310.7, y: 496.7, size: 12)
        b.text("令和6年度採用予定者の試験区分", x: 308.6, y: 519.9, size: 8.8)
        b.text("区分", x: 319.4, y: 538.1, size: 8.2)
        b.text("試験", x: 368.4, y: 538.1, size: 8.2)
        b.text("内訳", x: 410, y: 538.1, size: 8.2)
        // Each track's cell centred on its two rows; the first row's breakdown wraps.
        b.text("事務系", x: 315.3, y: 566.4, size: 8.2)
        b.text("大卒程度試験", x: 352, y: 558.9, size: 8.2)
        b.text("法律：12名、経済：10名、政治・国", x: 410, y: 553.1, size: 8.2)
        b.text("際：6名、教養：5名", x: 410, y: 564.6, size: 8.2)
        b.text("院卒程度試験", x: 352, y: 579.6, size: 8.2)
        b.text("行政：8名、法務：2名", x: 410, y: 579.6, size: 8.2)
        b.text("技術系", x: 315.3, y: 607.9, size: 8.2)
        b.text("大卒程度試験", x: 352, y: 600.4, size: 8.2)
        b.text("工学：2名、数理科学・物理・地球科", x: 410, y: 594.6, size: 8.2)
        b.text("学：1名、デジタル：1名", x: 410, y: 606.1, size: 8.2)
        b.text("院卒程度試験", x: 352, y: 621.1, size: 8.2)
        b.text("工学：2名、デジタル：1名", x: 410, y: 621.1, size: 8.2)
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(lines.contains("区分\t試験\t内訳"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("事務系\t大卒程度試験\t法律") }, "\(lines)")
        #expect(!lines.contains { $0.contains("約５分") && $0.contains("区分") }, "\(lines)")
        #expect(!lines.contains { $0.contains("『永田町』") && $0.contains("法律") }, "\(lines)")
    }
}
