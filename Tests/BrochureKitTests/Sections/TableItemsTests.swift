import Testing

@testable import BrochureKit

/// Support systems and initiatives set as tables.
@Suite("Items in tables")
struct TableItemsTests {
    static func titles(_ rows: [[String]], header: Int) -> [String] {
        var part = HiringParserTests.part(rows, header: header)
        part.kind = .supportSystems
        return TitledParagraphs().split(part).map(\.title)
    }

    @Test("Three columns under a header that names them (制度 | 期間 | 内容): one item per row")
    func namedColumns() {
        #expect(Self.titles([
            ["制度", "期間", "内容"],
            ["育児休業", "子が３歳に達するまで", "男女とも取得でき、２回まで分割できます。"],
            ["介護休暇", "通算６月以内", "３回まで分割して取得できます。"],
        ], header: 1) == ["育児休業", "介護休暇"])
        #expect(Self.titles([
            ["制度", "対象", "期間・内容"],
            ["育児時間", "小学校就学前の子を養育する職員", "１日２時間以内"],
        ], header: 1) == ["育児時間"])
    }

    @Test("A row of framed boxes, each a name over its text: one item per column")
    func boxesSideBySide() {
        #expect(Self.titles([
            ["育児休業", "育児短時間勤務", "子の看護休暇"],
            ["子が３歳に達するまで", "小学校就学前まで、勤", "年５日（子が２人以上"],
            ["取得可能", "務時間を短縮可能", "は10日）"],
        ], header: 1) == ["育児休業", "育児短時間勤務", "子の看護休暇"])
        // Figures in columns are no boxes of text.
        #expect(Self.titles([["令和5年度", "令和6年度", "令和7年度"], ["", "3", "4"]], header: 1).isEmpty)
    }

    @Test("Two columns read as before: one item per row")
    func twoColumns() {
        #expect(Self.titles([["制度", "内容"], ["育児休業", "子が３歳まで"], ["介護休暇", "通算６月以内"]], header: 1) == ["育児休業", "介護休暇"])
    }
}
