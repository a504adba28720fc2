import Testing

@testable import BrochureKit

/// Initiatives as a table whose header names only its text column.
@Suite("Text column items")
struct TextColumnItemsTests {
    static func initiatives(_ rows: [[String]]) -> [Initiative] {
        var part = HiringParserTests.part(rows, header: 1)
        part.kind = .initiatives
        guard case .initiatives(let found) = ParsedPart(part) else { return [] }
        return found
    }

    @Test("A name column, a 内容 column and a column of start years: one initiative per row, the text from 内容")
    func namesBesideTextColumn() {
        let found = Self.initiatives([
            ["取組", "内容", "開始"],
            ["テレワーク", "書類の電子化を進め、週3日まで在宅で勤務できます。", "令和2年度"],
            ["業務の見直し", "確認作業を自動化し、超過勤務を減らしています。", "令和4年度"],
        ])
        #expect(found.map(\.title) == ["テレワーク", "業務の見直し"])
        #expect(found.first?.summary == "書類の電子化を進め、週3日まで在宅で勤務できます。")
    }

    @Test("A header naming no text column, over figures, gives no initiatives")
    func figuresAreNoItems() {
        #expect(Self.initiatives([
            ["区分", "令和5年度", "令和6年度"],
            ["育児休業", "3", "4"],
        ]).isEmpty)
    }
}
