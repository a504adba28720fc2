import Testing

@testable import BrochureKit

/// A column of row numbers set apart from the table it numbers, a wide gap before the labels
/// (`No.` over 1 … 6, then `職種 | 配属先`): one table, not a table of figures beside another
/// headed by a label column's word. (The shape of holdout93's sabae p1, its lines where it sets them.)
@Suite("Serial column beside its table")
struct SerialColumnBesideTests {
    static let rows = [("事務職", "総務課"), ("事務職", "税務課"), ("事務職", "市民窓口課"), ("事務職", "社会福祉課"), ("技術職", "土木課"), ("技術職", "上下水道課")]

    /// `No.` and its figures at 56 pt, the labels from 103 pt, rows 15.5 pt apart in 8 pt type;
    /// `figures` the left column's cells under `head`.
    static func page(head: String, figures: [String]) -> PageBuilder {
        var b = PageBuilder()
        for i in 0..<4 {
            b.text("めがねと漆器と繊維のまち。ものづくりの技と新しいアイデアが行き交うまちで働きませんか。", x: 46, y: 94 + Double(i) * 12, size: 8)
        }
        b.text("令和7年度採用職員の配属先一覧", x: 46, y: 360, size: 8)
        b.text(head, x: 56, y: 377, size: 8)
        b.text("職種", x: 103, y: 377, size: 8)
        b.text("配属先", x: 180, y: 377, size: 8)
        for (i, (track, unit)) in rows.enumerated() {
            let y = 392.5 + Double(i) * 15.5
            b.text(figures[i], x: 60, y: y, size: 8)
            b.text(track, x: 103, y: y, size: 8)
            b.text(unit, x: 180, y: y, size: 8)
        }
        return b
    }

    @Test("Row numbers 1, 2, 3 … set apart from the labels are the first column of their table")
    func serialJoins() {
        let lines = LayoutEngine().layout(Self.page(head: "No.", figures: (1...6).map(String.init)).page()).textLines
        #expect(lines.contains("No.\t職種\t配属先"), "\(lines)")
        #expect(lines.contains("1\t事務職\t総務課"), "\(lines)")
        #expect(lines.contains("6\t技術職\t上下水道課"), "\(lines)")
    }

    @Test("Figures of another kind left of a label column's head are a table of their own", arguments: [
        ["3", "5", "2", "4", "1", "6"], ["1名", "2名", "3名", "4名", "5名", "6名"],
    ])
    func countsStayApart(figures: [String]) {
        let lines = LayoutEngine().layout(Self.page(head: "人数", figures: figures).page()).textLines
        #expect(!lines.contains { $0.hasPrefix("\(figures[0])\t事務職") }, "\(lines)")
        #expect(lines.contains("事務職\t総務課"), "\(lines)")
    }
}
