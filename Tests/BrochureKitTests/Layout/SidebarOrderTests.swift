import Testing
@testable import BrochureKit

/// A sidebar running the page's height beside a main column.
@Suite("Sidebar reading order")
struct SidebarOrderTests {
    @Test("A main-column heading level with the end of a sidebar block does not end the sidebar: the main column is read first")
    func headingBesideSidebar() {
        var b = PageBuilder()
        b.text("国税庁総合職採用案内", x: 34, y: 30, size: 20)
        b.text("税で、社会の土台をつくる。", x: 34, y: 114, size: 12)
        for (i, line) in ["国税庁は内国税の適正かつ公平な賦課と徴収を実現し国の財政を支えています", "全国の国税局と税務署と一体となって申告のデジタル化に取り組んでいます",
                          "国際的な課税逃れへの対応にも取り組んでいます"].enumerated() {
            b.text(line, x: 34, y: 136 + Double(i) * 13, size: 9)
        }
        b.text("▶採用に関するお問い合わせ", x: 411, y: 114, size: 11)
        for (i, line) in ["総合職事務系", "長官官房人事課", "（財務省庁舎５階）", "☎03-3581-4161（代表）", "nta-saiyo@nta.go.jp"].enumerated() {
            b.text(line, x: 411, y: 136 + Double(i) * 12, size: 8)
        }
        // The main column's next heading starts just where the sidebar's first block ends.
        b.text("▶採用実績", x: 34, y: 193, size: 11)
        b.text("総合職の採用者数は年々増えています", x: 34, y: 215, size: 9)
        for (i, line) in ["令和３年度は二十名、令和４年度は二十一名を採用しました", "令和５年度は二十三名、令和６年度は二十四名を採用しました"].enumerated() {
            b.text(line, x: 34, y: 234 + Double(i) * 13, size: 9)
        }
        for (i, line) in ["総合職技術系（デジタル）", "長官官房デジタル化室", "（財務省庁舎４階）", "☎03-3581-4237（直通）"].enumerated() {
            b.text(line, x: 411, y: 204 + Double(i) * 12, size: 8)
        }
        let lines = LayoutEngine().layout(b.page()).textLines
        let lastMain = lines.lastIndex { $0.hasPrefix("令和５年度") }
        let firstSidebar = lines.firstIndex { $0 == "総合職事務系" }
        #expect(lastMain != nil && firstSidebar != nil && lastMain! < firstSidebar!, "\(lines)")
    }

    @Test("A section heading set a marker's width in from its column's edge still heads that column, before the column beside")
    func headingAfterMarker() {
        var b = PageBuilder(width: 842, height: 595)
        // Marker squares are graphics: each heading's text starts 14 pt in from its column.
        b.text("働き方改革", x: 44, y: 32, size: 11)
        b.text("主な両立支援制度", x: 310, y: 32, size: 11)
        b.text("少人数の組織ならではの風通しのよさを生かしています。", x: 30, y: 57, size: 9)
        for (i, title) in ["長官との車座ミーティング", "徳島オフィスとのオンライン連携", "定時退庁日"].enumerated() {
            b.text(title, x: 30, y: 84 + Double(i) * 44, size: 9)
            b.text("若手職員が幹部と直接意見交換する場を毎月設けています。", x: 30, y: 99 + Double(i) * 44, size: 9)
        }
        b.text("育児休業は子が３歳に達するまで取得できます。", x: 300, y: 66, size: 9)
        b.text("介護休暇は通算６月以内で取得できます。", x: 300, y: 84, size: 9)
        let lines = LayoutEngine().layout(b.page()).textLines
        let support = lines.firstIndex(of: "主な両立支援制度")
        let lastInitiative = lines.firstIndex(of: "定時退庁日")
        #expect(support != nil && lastInitiative != nil && lastInitiative! < support!, "\(lines)")
    }

    @Test("A heading in a left panel is not widened over the panel beside it when only the block above it is short")
    func headingInPanel() {
        var b = PageBuilder(width: 842, height: 595)
        b.text("消費者庁", x: 30, y: 32, size: 12)
        for i in 0..<4 { b.text("消費者の安全と安心に関わる行政を一元的に担います。", x: 30, y: 60 + Double(i) * 13, size: 9) }
        b.text("採用窓口", x: 44, y: 130, size: 11)
        for (i, line) in ["【総合職事務系】", "総務課人事担当（第４号館６階）", "TEL：03-3507-8800（代表）", "Mail：saiyo@caa.go.jp"].enumerated() {
            b.text(line, x: 36, y: 152 + Double(i) * 12, size: 8)
        }
        b.text("アクセス", x: 44, y: 214, size: 11)
        for i in 0..<3 { b.text("・東京メトロ銀座線『虎ノ門』駅６番出口から徒歩約５分です", x: 30, y: 238 + Double(i) * 13, size: 9) }
        // The right panel: a heading and text ending just above the level of アクセス.
        b.text("採用実績", x: 336, y: 32, size: 11)
        for i in 0..<12 { b.text("総合職の採用者数は毎年二十名前後で、女性の割合は半数近くになっています。", x: 322, y: 56 + Double(i) * 13, size: 9) }
        let lines = LayoutEngine().layout(b.page()).textLines
        let access = lines.firstIndex(of: "アクセス")
        let right = lines.firstIndex(of: "採用実績")
        #expect(access != nil && right != nil && access! < right!, "\(lines)")
    }
}
