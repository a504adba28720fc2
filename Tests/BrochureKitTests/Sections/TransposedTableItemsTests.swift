import Testing

@testable import BrochureKit

/// Support tables turned sideways: the systems across the top, a column of row labels at the left.
@Suite("Transposed table items")
struct TransposedTableItemsTests {
    static func systems(_ rows: [[String]]) -> [SupportSystem] {
        var part = HiringParserTests.part(rows, header: 1)
        part.kind = .supportSystems
        guard case .supportSystems(let found) = ParsedPart(part) else { return [] }
        return found
    }

    @Test("A column of row labels (制度 / 期間 / 内容): one system per column, named by the top row")
    func oneSystemPerColumn() {
        let found = Self.systems([
            ["制度", "育児休業", "育児時間", "介護休暇"],
            ["期間", "子が3歳に達するまで", "1日2時間まで", "通算6か月まで"],
            ["内容", "2回まで分割して取得できます。", "子が小学校に入るまで使えます。", "3回まで分割して取得できます。"],
        ])
        #expect(found.map(\.name) == ["育児休業", "育児時間", "介護休暇"])
        #expect(found.first?.summary == "子が3歳に達するまで／2回まで分割して取得できます。")
    }

    @Test("A row labelled with anything but a field (counts of takers) is left out of every text")
    func unlabelledRowLeftOut() {
        let found = Self.systems([
            ["制度", "育児休業", "介護休暇"],
            ["内容", "2回まで分割して取得できます。", "3回まで分割して取得できます。"],
            ["取得者数（令和7年度）", "男性2人・女性3人", "男性1人"],
        ])
        #expect(found.map(\.name) == ["育児休業", "介護休暇"])
        #expect(found.allSatisfy { !$0.summary.contains("人") })
    }

    @Test("A table of one system per row still reads by rows")
    func rowsStayRows() {
        #expect(Self.systems([
            ["制度", "期間", "内容"],
            ["育児休業", "子が３歳に達するまで", "２回まで分割できます。"],
            ["介護休暇", "通算６月以内", "３回まで分割して取得できます。"],
        ]).map(\.name) == ["育児休業", "介護休暇"])
    }
}
