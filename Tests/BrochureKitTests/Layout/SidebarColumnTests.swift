import Testing
@testable import BrochureKit

/// A narrow column running the page's height beside the main column: one column of its own.
@Suite("Sidebar column")
struct SidebarColumnTests {
    /// A sidebar of quotes with speaker captions at the left, a masthead, a lead and a table in
    /// the main column; a caption stands level with the table's heading.
    private func page() -> PageBuilder {
        var b = PageBuilder()
        b.text("KAWASAKI CITY", x: 14, y: 33, size: 7)
        b.text("川崎市職員採用案内", x: 14, y: 45, size: 8)
        let quotes = [("入庁2年目。窓口で月に200", "件以上の相談を受けていま", "健康福祉局"), ("入庁6年目。浄水場の設備更", "新で、5年がかりの計画をま", "上下水道局"), ("入庁3年目。区の人口は約26", "万人。若い世代が多いまち", "中原区役所")]
        for (q, (a, b2, caption)) in quotes.enumerated() {
            let top = 120 + 200 * Double(q)
            b.text(a, x: 21, y: top, size: 7.3)
            b.text(b2, x: 21, y: top + 11, size: 7.3)
            b.text(caption, x: 66, y: top + 60, size: 6.5)
            b.text("事務職", x: 66, y: top + 69, size: 6.5)
        }
        b.text("令和8年4月発行", x: 14, y: 795, size: 7)
        b.text("川崎市職員採用案内", x: 160, y: 43, size: 20)
        b.text("川崎市は、人口約155万人の政令指定都市です。臨海部の産業拠点から、多摩丘陵の緑あふれる住宅地", x: 146, y: 138, size: 9)
        b.text("まで、七つの区それぞれに異なる顔があります。", x: 146, y: 151, size: 9)
        // The caption `上下水道局` / `事務職` above stands level with the heading and its gloss.
        b.text("配属実績", x: 154, y: 381, size: 10.5)
        b.text("ASSIGNMENT", x: 512, y: 384, size: 7)
        b.text("令和7年度採用者（事務職158名・技術職74名）の配属先", x: 146, y: 403.6, size: 7.5)
        b.text("（単位：人、令和7年4月1日現在）", x: 454, y: 404, size: 7)
        b.text("配属先", x: 232, y: 419, size: 8)
        b.text("事務職", x: 386, y: 419, size: 8)
        b.text("技術職", x: 480, y: 419, size: 8)
        for (r, (unit, a, t)) in [("総務企画局", "12", "1"), ("財政局", "14", "－"), ("市民文化局", "10", "－"), ("健康福祉局", "16", "4"), ("港湾局", "3", "5")].enumerated() {
            let y = 435 + 16 * Double(r)
            b.text(unit, x: 180, y: y, size: 8)
            b.text(a, x: 392, y: y, size: 8)
            b.text(t, x: 486, y: y, size: 8)
        }
        b.text("週2日を目安に、在宅やサテライトオフィスで勤務できます。", x: 146, y: 620, size: 9)
        b.text("職員の提案から生まれた改善を、毎年表彰しています。", x: 146, y: 700, size: 9)
        return b
    }

    @Test("A sidebar's caption level with a table's heading is no cell of it")
    func captionBesideTable() {
        let lines = LayoutEngine().layout(page().page()).textLines
        #expect(lines.contains("配属先\t事務職\t技術職"), "\(lines)")
        #expect(lines.contains("財政局\t14\t－"), "\(lines)")
        #expect(!lines.contains { $0.contains("上下水道局") && $0.contains("\t") }, "\(lines)")
    }

    @Test("The sidebar is read whole before the main column beside it")
    func sidebarFirst() {
        let lines = LayoutEngine().layout(page().page()).textLines
        let edition = lines.firstIndex(of: "令和8年4月発行")
        let lead = lines.firstIndex { $0.hasPrefix("川崎市は、") }
        #expect(edition != nil && lead != nil && edition! < lead!, "\(lines)")
    }
    @Test("A rail of headings flush against the gutter heads the main column's sections: no sidebar")
    func railOfHeadings() {
        var b = PageBuilder()
        let sections = [("はじめに", "MESSAGE"), ("採用実績", "RECRUITMENT"), ("配属実績", "ASSIGNMENT"), ("試験区分", "EXAMINATION")]
        for (k, (title, gloss)) in sections.enumerated() {
            let top = 90 + 180 * Double(k)
            // Right-aligned against the gutter at 112, on the baseline of the section's first line.
            b.text(title, x: 112 - 44, y: top, size: 11)
            b.text(gloss, x: 112 - Double(gloss.count) * 3.5, y: top + 13.5, size: 7)
            for i in 0..<4 {
                b.text("内閣府は、内閣の重要政策に関する企画立案と総合調整を担う組織で\(k)\(i)です。", x: 130, y: top + 1 + 20 * Double(i), size: 9)
            }
        }
        let lines = LayoutEngine().layout(b.page()).textLines
        let second = lines.firstIndex(of: "採用実績")
        let firstText = lines.firstIndex { $0.hasSuffix("00です。") }
        #expect(second != nil && firstText != nil && firstText! < second!, "\(lines)")
    }
}
