import Testing
@testable import BrochureKit

/// A vertical heading in a rail left of its section, the section opening with a subheading.
@Suite("Rail heading reading order")
struct RailHeadingTests {
    @Test("A vertical rail heading is read before the 【…】 subheading its section opens with, set a little above the heading's top")
    func railHeadingBeforeSubheading() {
        var b = PageBuilder()
        b.vertical("採用窓口", x: 48, y: 61, size: 11)
        b.text("【総合職事務系】", x: 74, y: 57, size: 9.4, bold: true)
        b.text("総務課人事係（中央合同庁舎6号館A棟13階）", x: 84, y: 72, size: 9)
        b.text("03-3580-4111（内線4452）", x: 124, y: 86, size: 9)
        b.text("saiyo@example.go.jp", x: 124, y: 100, size: 9)
        b.text("【総合職技術系】", x: 74, y: 120, size: 9.4, bold: true)
        b.text("情報システム管理室企画係（中央合同庁舎6号館A棟14階）", x: 84, y: 135, size: 9)
        b.vertical("アクセス", x: 48, y: 210, size: 11)
        b.text("〒100-8973 東京都千代田区霞が関1-1-1", x: 74, y: 206, size: 9)
        let lines = LayoutEngine().layout(b.page()).textLines
        let rail = lines.firstIndex(of: "採用窓口")
        let sub = lines.firstIndex(of: "【総合職事務系】")
        #expect(rail != nil && sub != nil && rail! < sub!, "\(lines)")
        #expect(lines.firstIndex(of: "アクセス").map { $0 < lines.firstIndex { $0.hasPrefix("〒") }! } == true, "\(lines)")
    }

    @Test("Tabs in a right rail centred on their sections are read before them, each section between the gaps it is centred on")
    func centredRightTabs() throws {
        var b = PageBuilder()
        b.vertical("はじめに", x: 542, y: 174, size: 12, bold: true)
        for i in 0..<4 { b.text("都市再生機構は、大都市の再生や地方都市のまちづくりを担っています。", x: 40, y: 182 + Double(i) * 14, size: 9) }
        b.vertical("採用実績", x: 542, y: 329, size: 12, bold: true)
        b.text("新卒・キャリア採用の採用者数（人）", x: 40, y: 258, size: 9)
        for (r, row) in [["年度", "事務職", "技術職"], ["令和元年度", "48／24", "62／15"], ["2年度", "45／22", "58／14"], ["3年度", "50／25", "60／16"],
                         ["4年度", "52／26", "64／17"], ["5年度", "55／27", "66／18"], ["6年度", "57／28", "70／19"]].enumerated() {
            for (c, cell) in row.enumerated() { b.text(cell, x: 43 + Double(c) * 90, y: 292 + Double(r) * 20, size: 9) }
        }
        // Key figures beside the table, starting level with the tab's top.
        b.text("データで見るUR", x: 354, y: 262, size: 9)
        b.text("都市再生の実施地区", x: 354, y: 331, size: 8)
        b.text("約300地区", x: 354, y: 346, size: 14)
        b.text("※8年度（見込み）は2026年3月時点の採用見込み数です。", x: 40, y: 447, size: 8)
        b.vertical("配属実績", x: 542, y: 501, size: 12, bold: true)
        for i in 0..<6 { b.text("本社　8／6　　九州支社　4／8", x: 40, y: 471 + Double(i) * 20, size: 9) }
        let lines = LayoutEngine().layout(b.page()).textLines
        let tab = try #require(lines.firstIndex(of: "採用実績"))
        let caption = try #require(lines.firstIndex(of: "新卒・キャリア採用の採用者数（人）"))
        let lead = try #require(lines.lastIndex { $0.hasPrefix("都市再生機構は") })
        #expect(lead < tab && tab < caption, "\(lines)")
        let second = try #require(lines.firstIndex(of: "配属実績"))
        let note = try #require(lines.firstIndex { $0.hasPrefix("※8年度") })
        #expect(note < second && second < lines.firstIndex { $0.hasPrefix("本社") }!, "\(lines)")
    }

    @Test("Rail headings level with their sections' first lines stay beside them, under the page's title set in their column")
    func railUnderPageTitle() {
        var b = PageBuilder()
        b.text("採用情報", x: 52, y: 44, size: 20, bold: true)
        b.vertical("採用窓口", x: 40, y: 92, size: 11)
        b.text("総合職事務系", x: 62, y: 92, size: 8)
        b.text("大臣官房秘書課（中央合同庁舎２号館７階）", x: 72, y: 104, size: 9)
        b.text("【TEL】03-5253-5069（直通）", x: 72, y: 116, size: 9)
        b.text("総合職技術系（情報通信行政）", x: 62, y: 144, size: 8)
        b.text("総合通信基盤局電波部電波政策課（中央合同庁舎２号館10階）", x: 72, y: 157, size: 9)
        b.text("【TEL】03-5253-5873（直通）", x: 72, y: 169, size: 9)
        b.text("saiyo@example.go.jp", x: 72, y: 181, size: 9)
        b.vertical("アクセス", x: 40, y: 221, size: 11)
        b.text("東京都千代田区霞が関２-１-２合同庁舎２号館", x: 62, y: 221, size: 9)
        b.text("地下鉄丸ノ内線・日比谷線・千代田線『霞ケ関駅』", x: 62, y: 233, size: 9)
        b.text("A2出口より徒歩約3分", x: 62, y: 245, size: 9)
        let lines = LayoutEngine().layout(b.page()).textLines
        let title = lines.firstIndex(of: "採用情報")
        let rail = lines.firstIndex(of: "採用窓口")
        let first = lines.firstIndex(of: "総合職事務系")
        #expect(title != nil && rail != nil && first != nil && title! < rail! && rail! < first!, "\(lines)")
    }
}
