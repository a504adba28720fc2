import Testing
@testable import BrochureKit

/// A table whose caption sentence sits over its header row, under the section's heading.
@Suite("Caption over a table's header")
struct CaptionOverHeaderTests {
    @Test("The rows above a caption sentence over the header (a heading level with a sidebar line and a tag) are not the table's")
    func headingAboveCaption() throws {
        var b = PageBuilder()
        // A sidebar caption level with the heading, the heading's English tag at the right.
        b.text("中原区役所", x: 66, y: 517, size: 6.5)
        b.text("事務職", x: 66, y: 526, size: 6.5)
        b.text("配属実績", x: 154, y: 518, size: 10.5)
        b.text("ASSIGNMENT", x: 512, y: 521, size: 7)
        b.text("令和7年度採用者（事務職158名・技術職74名）の配属先", x: 146, y: 541, size: 7.5)
        b.text("（単位：人、令和7年4月1日現在）", x: 454, y: 541, size: 7)
        b.text("配属先", x: 232, y: 556, size: 8)
        b.text("事務職", x: 386, y: 556, size: 8)
        b.text("技術職", x: 496, y: 556, size: 8)
        let rows = [("総務企画局", "12", "1"), ("財政局", "14", "－"), ("市民文化局", "10", "－"), ("健康福祉局", "16", "4")]
        for (r, row) in rows.enumerated() {
            let y = 572 + Double(r) * 16
            b.text(row.0, x: 154, y: y, size: 7.5)
            b.text(row.1, x: 393, y: y, size: 8.5)
            b.text(row.2, x: 505, y: y, size: 8.5)
        }
        let layout = LayoutEngine().layout(b.page())
        let table = try #require(layout.blocks.compactMap(\.table).first)
        #expect(table.rows.first?.map(\.text) == ["配属先", "事務職", "技術職"], "\(table.rows.map { $0.map(\.text) })")
        #expect(layout.textLines.contains { $0.hasPrefix("配属実績") }, "\(layout.textLines)")
    }
}
