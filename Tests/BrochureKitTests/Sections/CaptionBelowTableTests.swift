import Testing

@testable import BrochureKit

/// Tables whose only titles are numbered captions set under them (`表1 採用者数の推移`).
@Suite("A numbered caption under its table")
struct CaptionBelowTableTests {
    typealias L = LooseLayoutsTests

    static func parts(_ blocks: [(page: Int, block: Block)]) -> [SectionSegmenter.Part] {
        let page = PageLayout(number: 1, width: 595, height: 842, bodyFontSize: 9, isVertical: false, blocks: blocks.map(\.block))
        return SectionSegmenter().segment(DocumentLayout.onePage(page))
    }

    static let hiring = AssignmentOverleafTests.table([["事務系", "技術系", "年度"], ["4", "2", "令和3年度"], ["5", "1", "令和4年度"]], y: 200, page: 1)

    @Test("The table right above `表1` and its section's name goes with that section")
    func numberApart() {
        let parts = Self.parts([
            L.block("海難審判所 職員採用案内", x: 40, y: 40, size: 20, kind: .heading), Self.hiring,
            L.block("表1", x: 40, y: 262), L.block("採用者数の推移", x: 70, y: 262, size: 9.5, kind: .heading),
            L.block("お問い合わせ", x: 40, y: 400, size: 12, kind: .heading), L.block("TEL 03-1234-5678", x: 40, y: 420),
        ])
        let hiring = parts.first { $0.kind == .hiring }
        #expect(hiring?.blocks.contains { $0.block.table != nil } == true, "\(parts.map { ($0.kind, $0.blocks.count) })")
    }

    @Test("A caption numbering the table in its own text (`表2 …配属先`) takes the table from the section above")
    func numberInCaption() {
        let assignment = AssignmentOverleafTests.table([["所属", "事務系", "技術系"], ["総務課", "2", "1"], ["審判調査課", "1", "1"]], y: 300, page: 1)
        let parts = Self.parts([
            L.block("採用者数の推移", x: 40, y: 170, size: 9.5, kind: .heading), Self.hiring,
            assignment, L.block("表2 令和7年度採用者の配属先", x: 40, y: 362, size: 9.5, kind: .heading),
        ])
        #expect(parts.first { $0.kind == .hiring }?.blocks.filter { $0.block.table != nil }.count == 1, "\(parts.map { ($0.kind, $0.blocks.count) })")
        #expect(parts.first { $0.kind == .assignments }?.blocks.contains { $0.block.table != nil } == true, "\(parts.map { ($0.kind, $0.blocks.count) })")
    }

    @Test("A heading with no table number under a table leaves the table where it was")
    func noNumber() {
        let parts = Self.parts([
            L.block("採用者数の推移", x: 40, y: 170, size: 9.5, kind: .heading), Self.hiring,
            L.block("令和7年度採用者の配属先", x: 40, y: 262, size: 9.5, kind: .heading),
        ])
        #expect(parts.first { $0.kind == .hiring }?.blocks.contains { $0.block.table != nil } == true)
    }

    @Test("Table numbers", arguments: [("表1", true), ("表 2", true), ("図表3", true), ("表1 採用者数", false), ("表彰", false)])
    func tableNumber(text: String, bare: Bool) {
        #expect(SectionSegmenter.isTableNumber(text) == bare)
    }
}
