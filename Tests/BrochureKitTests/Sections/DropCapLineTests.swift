import Testing

@testable import BrochureKit

/// A lead paragraph opening with a drop cap: the capital makes its first line's box taller than
/// the masthead, but the line is no title; a masthead's own tall box still measures it.
@Suite("A drop cap's line is no title")
struct DropCapLineTests {
    static func line(_ text: String, _ box: Rect, _ size: Double) -> TextLine {
        TextLine(text: text, box: box, fontSize: size, isBold: false, orientation: .horizontal)
    }

    /// A cover: a masthead in 24 pt, a lead whose first line holds a capital spanning two lines.
    static func cover() -> DocumentLayout {
        let masthead = line("北辰市 職員採用案内", Rect(x0: 40, y0: 44.88, x1: 224, y1: 68.88), 24)
        let date = line("令和8年3月発行", Rect(x0: 489.93, y0: 58.08, x1: 555.27, y1: 67.08), 9)
        let first = line("北辰市は、山と川のまちの魅力を生かしたまちづくりを進めています。市民の暮らしを支え", Rect(x0: 40, y0: 111.64, x1: 536.5, y1: 138), 9.5)
        let second = line("る職員を募集します。", Rect(x0: 71, y0: 126.64, x1: 394, y1: 136.14), 9.5)
        let blocks = [masthead, date, first, second].map { Block(kind: .paragraph, box: $0.box, lines: [$0]) }
        return DocumentLayout.onePage(PageLayout(number: 1, width: 595, height: 842, bodyFontSize: 9.5, isVertical: false, blocks: blocks))
    }

    @Test("A line made tall by a drop cap over the paragraph's next line stands at its type size, and the masthead names the publisher")
    func dropCapLineStandsAtItsType() {
        let layout = Self.cover()
        let lines = layout.pages[0].blocks.flatMap(\.lines)
        #expect(CoverTitle.stature(lines[2], among: lines) == 9.5)
        #expect(CoverTitle.organization(layout) == "北辰市")
        let contact = Contact(track: .administrative, label: "事務職", specialty: nil, office: "職員課", location: nil, phones: [], emails: ["saiyo@city.hokushin.example.jp"], page: 1)
        #expect(OrganizationFinder.find(layout: layout, contacts: [contact]) == "北辰市")
    }

    @Test("A masthead whose name is set larger than the title on its baseline stands its box's height")
    func mastheadStandsItsBox() {
        let masthead = Self.line("北辰市職員採用案内", Rect(x0: 40, y0: 40, x1: 240, y1: 70), 18)
        let below = Self.line("令和8年度", Rect(x0: 40, y0: 76, x1: 100, y1: 85), 9)
        #expect(CoverTitle.stature(masthead, among: [masthead, below]) == 30)
    }
}
