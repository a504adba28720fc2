import Testing
@testable import BrochureKit

/// An exam table under a two-row header (`採用予定数` spanning the two level columns under it)
/// set beside the assignment table, under a heading that names no section we read.
@Suite("Spanning headers and headed columns")
struct SpanningHeaderTests {
    /// The exam table: `区分` and `計` span both header rows, `採用予定数` the two levels.
    static func examTable(_ b: inout PageBuilder) {
        let header: [(String, Double, Double)] = [("採用予定数", 406, 505), ("区分", 324, 514), ("計", 520, 514), ("大卒程度試験", 366, 523), ("院卒程度試験", 438, 523)]
        for (text, x, y) in header { b.text(text, x: x, y: y, size: 8.6) }
        for (y, row) in [(543.0, ["事務系", "法律2・経済1", "行政1", "4"]), (565, ["技術系", "デジタル1", "－", "1"])] {
            for (x, text) in zip([320.0, row[1].hasPrefix("法") ? 365 : 372, 452, 522], row) { b.text(text, x: x, y: y, size: 8.6) }
        }
    }

    static func tables(_ b: PageBuilder) -> [[[String]]] {
        LayoutEngine().layout(b.page()).blocks.compactMap(\.table).map { $0.rows.map { $0.map(\.text) } }
    }

    @Test("A header over two cells of the header row under it widens neither of their columns: each level keeps its own")
    func spanningHeaderKeepsLevelsApart() {
        var b = PageBuilder()
        Self.examTable(&b)
        let tables = Self.tables(b)
        #expect(tables.count == 1)
        #expect(tables.first?.contains(["", "大卒程度試験", "院卒程度試験", ""]) == true, "\(tables)")
        #expect(tables.first?.last == ["技術系", "デジタル1", "－", "1"])
    }

    @Test("A heading beside a section heading, in its type though naming no section (採用予定 beside 配属実績), heads a column of its own")
    func headingBesideSectionHeading() {
        var b = PageBuilder()
        // Each column's heading (12 pt) and caption (9 pt).
        for (x, heading, caption) in [(46.0, "配属実績", "2025年度採用者の配属先"), (310, "採用予定", "2026年度 試験区分別の採用予定数")] {
            b.text(heading, x: x, y: 455, size: 12)
            b.text(caption, x: x, y: 484, size: 9)
        }
        let rows = [["配属先", "事務系", "技術系"], ["総務課", "1", "1"], ["審査総括室", "1", "－"], ["第一部会担当審査室", "1", "－"],
                    ["調整第一課", "1", "－"], ["合計", "4", "1"]]
        for (r, row) in rows.enumerated() {
            for (x, text) in zip([r == 0 ? 102.0 : 49, r == 0 ? 197 : 208, r == 0 ? 247 : 258], row) { b.text(text, x: x, y: 506 + Double(r) * 19, size: 9) }
        }
        Self.examTable(&b)
        let tables = Self.tables(b)
        #expect(tables.contains { $0.last == ["合計", "4", "1"] }, "\(tables)")
        #expect(tables.contains { $0.last == ["技術系", "デジタル1", "－", "1"] }, "\(tables)")
    }
}
