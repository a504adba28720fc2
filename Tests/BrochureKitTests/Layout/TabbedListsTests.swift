import Testing

@testable import BrochureKit

/// Lists of exams under subheadings, each track's list labelled by a tab set upright down its
/// left and centred on it, beside a table in the next column (holdout35's utsunomiya shape).
@Suite("Tabbed lists beside a table")
struct TabbedListsTests {
    static func page() -> PageBuilder {
        var b = PageBuilder()
        b.text("令和8年度採用予定", x: 49, y: 466, size: 12, bold: true)
        b.text("令和7年度採用者の配属先", x: 299, y: 466, size: 12, bold: true)
        // Left column: two lists, each with its track's tab centred on it.
        func row(_ name: String, _ count: String, y: Double) {
            b.text(name, x: 78, y: y, size: 8)
            b.text(count, x: 255 - Double(count.count - 1) * 4 - 8, y: y, size: 8)
        }
        b.text("■大学卒業程度", x: 68, y: 498, size: 8, bold: true)
        b.vertical("事務職", x: 45, y: 522, size: 10)
        row("・行政", "40名", y: 512)
        row("・学校事務", "4名", y: 526)
        row("・社会福祉", "8名", y: 540)
        b.text("■社会人経験者", x: 68, y: 554, size: 8, bold: true)
        row("・行政（社会人）", "5名", y: 568)
        b.text("■大学卒業程度", x: 68, y: 596, size: 8, bold: true)
        b.vertical("技術職", x: 45, y: 634, size: 10)
        for (k, (name, count)) in [("・土木", "13名"), ("・建築", "5名"), ("・電気", "3名"), ("・機械", "2名"), ("・化学", "2名")].enumerated() {
            row(name, count, y: 610 + Double(k) * 14)
        }
        b.text("■短大卒業程度", x: 68, y: 680, size: 8, bold: true)
        row("・土木（短大）", "2名", y: 694)
        // Right column: a table ending a little above the left column's last subheading.
        b.text("配属先", x: 299, y: 500, size: 8)
        b.text("事務職", x: 450, y: 500, size: 8)
        b.text("技術職", x: 500, y: 500, size: 8)
        for (k, unit) in ["総合政策部", "総務部", "理財部", "市民部", "保健福祉部", "子ども部", "環境部", "経済部", "建設部", "都市整備部", "上下水道局"].enumerated() {
            let y = 516 + Double(k) * 15
            b.text(unit, x: 299, y: y, size: 8)
            b.text("\(k + 2)", x: 460, y: y, size: 8)
            b.text("\(k % 3 + 1)", x: 510, y: y, size: 8)
        }
        return b
    }

    @Test("A tab centred on its list is read before the list's first subheading, each list after the one above")
    func tabHeadsItsList() {
        let lines = LayoutEngine().layout(Self.page().page()).textLines
        let admin = lines.firstIndex(of: "事務職")
        let tech = lines.firstIndex(of: "技術職")
        let heads = lines.indices.filter { lines[$0] == "■大学卒業程度" }
        #expect(admin != nil && tech != nil && heads.count == 2, "\(lines)")
        guard let admin, let tech, heads.count == 2 else { return }
        #expect(admin < heads[0] && heads[0] < tech && tech < heads[1], "\(lines)")
        #expect(lines.firstIndex { $0.hasPrefix("・行政（社会人）") }.map { $0 < tech } == true, "\(lines)")
    }

    @Test("A lone row on the grid of the list tables around it is one line, name then count")
    func loneRowOnTheGrid() {
        let lines = LayoutEngine().layout(Self.page().page()).textLines
        #expect(lines.contains("・行政（社会人） 5名"), "\(lines)")
        #expect(lines.contains("・土木（短大） 2名"), "\(lines)")
    }

    @Test("A list's subheading under the gap where the column beside ends goes on with the list, before that column")
    func subheadingGoesOnWithTheList() {
        let lines = LayoutEngine().layout(Self.page().page()).textLines
        let last = lines.firstIndex(of: "■短大卒業程度")
        let table = lines.firstIndex { $0.hasPrefix("配属先") }
        #expect(last != nil && table != nil && last! < table!, "\(lines)")
    }

    @Test("A pair on the grid whose name does not open with the list's mark is no row of the list")
    func unmarkedPairStaysApart() {
        var b = PageBuilder()
        b.text("■大学卒業程度", x: 68, y: 498, size: 8, bold: true)
        for (k, (name, count)) in [("・行政", "40名"), ("・学校事務", "4名"), ("・社会福祉", "8名")].enumerated() {
            b.text(name, x: 78, y: 512 + Double(k) * 14, size: 8)
            b.text(count, x: 255 - Double(count.count - 1) * 4 - 8, y: 512 + Double(k) * 14, size: 8)
        }
        b.text("■注記", x: 68, y: 560, size: 8, bold: true)
        b.text("研修で国会の仕組みを学ぶ", x: 78, y: 574, size: 8)
        b.text("採用時", x: 231, y: 574, size: 8)
        let lines = LayoutEngine().layout(b.page()).textLines
        #expect(!lines.contains { $0.hasPrefix("研修で国会の仕組みを学ぶ") && $0.hasSuffix("採用時") }, "\(lines)")
        #expect(lines.contains("・行政\t40名") || lines.contains("・行政 40名"), "\(lines)")
    }
}
