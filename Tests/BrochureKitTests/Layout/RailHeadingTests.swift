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
}
