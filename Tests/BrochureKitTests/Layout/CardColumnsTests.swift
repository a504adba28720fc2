import Testing
@testable import BrochureKit

/// Cards side by side at one pitch, which align as a table's cells do (holdout27's kyoto-2026
/// support cards under a life-event timeline, at their page's geometry).
@Suite("A row of cards read card by card")
struct CardColumnsTests {
    /// Four columns 134 pt apart, each of cards: a name in 8.5 pt, its period in 7.5 pt under it.
    static func page(pitch: [Double] = [0, 134.32, 268.64, 402.96], cells: [[(String, String)]]? = nil) -> PageBuilder {
        var b = PageBuilder()
        b.text("ライフイベントと両立支援制度", x: 46, y: 263, size: 13)
        for (stage, x) in zip(["結婚", "妊娠・出産", "育児", "介護"], [83.16, 202.48, 351.8, 486.12]) { b.text(stage, x: x, y: 294, size: 10) }
        let columns = cells ?? [
            [("結婚休暇", "連続する5日以内")], [("産前・産後休暇", "産前8週間・産後8週間"), ("配偶者出産休暇", "3日以内")],
            [("育児休業", "子が3歳に達するまで"), ("育児短時間勤務", "子が小学校に就学するまで")], [("介護休暇", "通算6か月以内"), ("介護時間", "連続3年以内（1日2時間まで）")],
        ]
        for (c, cards) in columns.enumerated() {
            for (r, (name, period)) in cards.enumerated() {
                let y = 327 + Double(r) * 39
                b.text(name, x: 42 + pitch[c], y: y, size: 8.5)
                b.text(period, x: 42 + pitch[c], y: y + 13, size: 7.5)
            }
        }
        b.text("※制度の詳細は条例等によります。", x: 36, y: 447, size: 7)
        return b
    }

    @Test("Each card's name is followed by its period, and a column's cards by the next column's")
    func readCardByCard() throws {
        let lines = LayoutEngine().layout(Self.page().page()).textLines
        let name = try #require(lines.firstIndex(of: "産前・産後休暇"))
        let period = try #require(lines.firstIndex(of: "産前8週間・産後8週間"))
        let second = try #require(lines.firstIndex(of: "配偶者出産休暇"))
        let nextColumn = try #require(lines.firstIndex(of: "育児休業"))
        #expect(name + 1 == period && period < second && second < nextColumn, "\(lines)")
        let blocks = LayoutEngine().layout(Self.page().page()).blocks
        #expect(blocks.contains { $0.lines.map(\.text) == ["配偶者出産休暇", "3日以内"] }, "\(blocks.map { $0.lines.map(\.text) })")
    }

    @Test("Columns at different pitches are a table's")
    func unevenPitchIsATable() {
        let blocks = LayoutEngine().layout(Self.page(pitch: [0, 100, 268.64, 402.96]).page()).blocks
        #expect(blocks.contains { $0.table != nil }, "\(blocks.map { $0.lines.map(\.text) })")
    }

    @Test("A grid holding counts is a table, whatever its pitch")
    func countsMakeATable() {
        let cells: [[(String, String)]] = [[("令和5年度", "令和6年度")], [("事務系", "12名")], [("技術系", "8名")], [("計", "20名")]]
        let blocks = LayoutEngine().layout(Self.page(cells: cells).page()).blocks
        #expect(blocks.contains { $0.table != nil }, "\(blocks.map { $0.lines.map(\.text) })")
    }

    @Test("A first row of short column names heads a table")
    func headerRowMakesATable() {
        let cells: [[(String, String)]] = [[("制度", "育児休業")], [("期間", "子が3歳に達するまで")], [("内容", "男女とも取得できます")], [("対象", "職員全員")]]
        let blocks = LayoutEngine().layout(Self.page(cells: cells).page()).blocks
        #expect(blocks.contains { $0.table != nil }, "\(blocks.map { $0.lines.map(\.text) })")
    }

    /// Two cards side by side, each a name with its period flush right on its row and a line
    /// of description under them (holdout18's ur-2026 support cards), or a route table of four
    /// columns whose pairs differ.
    static func pairs(_ rows: [[String]]) -> PageBuilder {
        var b = PageBuilder()
        b.text("仕事と家庭の両立支援", x: 48, y: 300, size: 12)
        for (r, row) in rows.enumerated() {
            for (c, text) in row.enumerated() where !text.isEmpty {
                let x = [48.0, 160, 300, 412][c]
                b.text(text, x: x, y: 330 + Double(r) * 16, size: 9)
            }
        }
        return b
    }

    @Test("Pairs of columns repeated at one pitch are two cards, each read whole")
    func pairedColumnsAreCards() throws {
        let page = Self.pairs([["介護休職", "通算1年", "ボランティア休暇", "年5日"], ["分割して取得できます。", "", "被災地支援に使えます。", ""]])
        let lines = LayoutEngine().layout(page.page()).textLines
        let first = try #require(lines.firstIndex(of: "介護休職"))
        let description = try #require(lines.firstIndex(of: "分割して取得できます。"))
        let second = try #require(lines.firstIndex(of: "ボランティア休暇"))
        #expect(first < description && description < second, "\(lines)")
    }

    @Test("Pairs of columns holding different kinds of text are a table's columns")
    func unlikePairsAreATable() {
        let page = Self.pairs([["路線", "最寄り駅", "出口", "徒歩"], ["東京メトロ日比谷線", "『神谷町』駅", "4b出口", "約5分"], ["東京メトロ南北線", "『六本木』駅", "泉ガーデン口", "約7分"]])
        let blocks = LayoutEngine().layout(page.page()).blocks
        #expect(blocks.contains { $0.table != nil }, "\(blocks.map { $0.lines.map(\.text) })")
    }

    @Test(arguments: [("62人（29人）", true), ("20名（うち女性7名）", true), ("事務系 一名", true), ("55（20）", true), ("48／24", true), ("－", true),
                      ("事務職 6", true), ("6うち女性2", true),
                      ("連続する5日以内", false), ("43%", false), ("TEL 048-467-9263", false), ("年5日", false), ("", false)])
    func counts(_ text: String, _ count: Bool) {
        #expect(CardColumns.isCount(text) == count)
    }
}
