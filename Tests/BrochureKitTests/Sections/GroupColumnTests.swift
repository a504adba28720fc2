import Testing

@testable import BrochureKit

/// The group a 部 cell gives the 課 rows it spans, set top-aligned or centred on them.
@Suite("Group columns")
struct GroupColumnTests {
    /// Body rows of `group | unit`, a row every 16 points; a group's cell may be moved off
    /// its row's middle by `shift` rows (a centred cell between two rows).
    static func body(_ rows: [(group: String, unit: String, shift: Double)]) -> [[Table.Cell]] {
        rows.enumerated().map { r, row in
            let y = 100 + Double(r) * 16
            let unit = Table.Cell(text: row.unit, box: Rect(x0: 80, y0: y, x1: 140, y1: y + 8), columnSpan: 1)
            let groupY = y + row.shift * 16
            let group = Table.Cell(
                text: row.group, box: row.group.isEmpty ? nil : Rect(x0: 20, y0: groupY, x1: 70, y1: groupY + 8), columnSpan: 1)
            return [group, unit]
        }
    }

    @Test("A cell on the first row with every cell on a row's line is set at the top: each row takes the group above it")
    func topAligned() {
        let body = Self.body([("長官官房", "総務課", 0), ("", "企画課", 0), ("", "会計課", 0), ("事業環境部", "財務課", 0), ("", "取引課", 0)])
        #expect(GroupColumn.names(body, column: 0, unitColumn: 1) == ["長官官房", "長官官房", "長官官房", "事業環境部", "事業環境部"])
    }

    @Test("A cell between two rows is centred on an even group: the sizes follow from the centres")
    func centredBetweenRows() {
        // 長官官房 over 1 row, 事業環境部 centred over 3, 経営支援部 over 4 (between its 2nd and 3rd).
        let body = Self.body([
            ("長官官房", "総務課", 0), ("", "企画課", 0), ("事業環境部", "財務課", 0), ("", "取引課", 0),
            ("", "経営支援課", 0), ("経営支援部", "技術・経営革新課", 0.5), ("", "創業・新事業促進課", 0), ("", "小規模企業振興課", 0),
        ])
        #expect(GroupColumn.names(body, column: 0, unitColumn: 1) == ["長官官房"] + Array(repeating: "事業環境部", count: 3) + Array(repeating: "経営支援部", count: 4))
    }

    @Test("With no group on the first row the cells are centred; sizes that do not fit give each row the nearest group")
    func centredNearest() {
        let body = Self.body([("", "人事課", 0), ("総務部", "総務課", 0), ("", "会計課", 0), ("", "測地基準課", 0), ("測地部", "物理測地課", 0)])
        #expect(GroupColumn.names(body, column: 0, unitColumn: 1) == ["総務部", "総務部", "総務部", "測地部", "測地部"])
    }
}
