import Testing

@testable import BrochureKit

/// A cell's second line in small type, support items with nothing under them, titles quoted or
/// glossed in English, an edition's number before its date, `署` on covers, `（募集中）`, and an
/// exam table's header set apart above it.
@Suite("Small-type lines and headers above")
struct SmallTypeLinesAndHeadersAboveTests {
    typealias L = LooseLayoutsTests
    typealias J = JobTitleTracksTests
    static let box = Rect(x0: 0, y0: 0, x1: 10, y1: 10)

    /// `年度 | 事務職 | 技術職 | 計` at a 21 pt pitch; a cell with `うち経験者N` under it in small type is
    /// centred on its row, its figure raised (令和3年度's and 令和7年度's technical and total cells,
    /// 令和5年度's administrative and total ones).
    static func page() -> PageBuilder {
        var b = PageBuilder()
        let rows = [["年度", "事務職", "技術職", "計"], ["令和3年度", "3（1）", "2（0）", "5（1）"], ["令和4年度", "4（2）", "1（0）", "5（2）"],
                    ["令和5年度", "3（2）", "2（1）", "5（3）"], ["令和6年度", "4（1）", "2（0）", "6（1）"], ["令和7年度", "4（2）", "3（1）", "7（3）"],
                    ["令和8年度", "3", "2", "5"]]
        let xs: [Double] = [56, 243.25, 353.25, 463.25]
        let below: [Int: Set<Int>] = [1: [2, 3], 3: [1, 3], 5: [2, 3]]
        for (r, row) in rows.enumerated() {
            let y = 165.25 + 21 * Double(r)
            for (c, text) in row.enumerated() {
                let lined = below[r]?.contains(c) == true
                b.text(text, x: xs[c], y: lined ? y - 5 : y, size: 8.5)
                if lined { b.text("うち経験者1", x: xs[c] - 6, y: y + 5.5, size: 7) }
            }
        }
        return b
    }

    @Test("A band of small type under some cells of a row is their second line, not a row: the table stays whole")
    func smallTypeSubLines() throws {
        let blocks = LayoutEngine().layout(Self.page().page()).blocks
        let tables = blocks.compactMap(\.table)
        #expect(tables.count == 1, "\(blocks.map { $0.lines.map(\.text) })")
        let table = try #require(tables.first)
        #expect(table.rows.first?.map(\.text) == ["年度", "事務職", "技術職", "計"])
        #expect(table.rows.count == 7 && table.rows[1].count == 4)
    }

    @Test("A support system on a line of its own with nothing under it is an item; a list of them under a stage label too")
    func bareSupportLines() {
        let part = L.part(.supportSystems, "両立支援制度", [
            L.block("●育児休業（子が3歳に達するまで）", x: 166, y: 342, kind: .heading), L.block("●子の看護休暇（年5日）", x: 166, y: 358, kind: .heading),
            L.block("介護", x: 56, y: 374), L.block("●介護休暇（通算6か月）", x: 166, y: 374, kind: .heading),
        ])
        guard case .supportSystems(let systems) = ParsedPart(part) else { Issue.record("no support systems"); return }
        #expect(systems.map(\.name) == ["育児休業", "子の看護休暇", "介護休暇"])
        #expect(TitledParagraphs.complete(TitledParagraphs.Item(title: "●介護休暇（通算6か月）", text: "", page: 1, box: Self.box), in: .supportSystems))
        #expect(!TitledParagraphs.complete(TitledParagraphs.Item(title: "●介護休暇（通算6か月）", text: "", page: 1, box: Self.box), in: .initiatives))
        #expect(!TitledParagraphs.complete(TitledParagraphs.Item(title: "出産・育児", text: "", page: 1, box: Self.box), in: .supportSystems))
        let listed = BulletedSupportLines.expanded(TitledParagraphs.Item(title: "育児休業（子が3歳に達するまで）", text: "●子の看護休暇（年5日）", page: 1, box: Self.box))
        #expect(listed?.map(\.name) == ["育児休業", "子の看護休暇"])
        let categorised = BulletedSupportLines.expanded(TitledParagraphs.Item(title: "介護", text: "●介護休暇（通算6か月）", page: 1, box: Self.box))
        #expect(categorised?.map(\.name) == ["介護休暇"])
        #expect(BulletedSupportLines.expanded(TitledParagraphs.Item(title: "育児休業", text: "●男性の取得率は5割です", page: 1, box: Self.box)) == nil)
        // A long title is a sentence over the lines, no category of them.
        #expect(BulletedSupportLines.expanded(TitledParagraphs.Item(title: "職員が利用できる主な制度の一覧", text: "●介護休暇（通算6か月）", page: 1, box: Self.box)) == nil)
        // The three lines as one block, beside the stage labels: the first line's item holds the second as its text.
        let lines = [L.block("●育児休業（子が3歳に達するまで）", x: 166, y: 342), L.block("●子の看護休暇（年5日）", x: 166, y: 358), L.block("●介護休暇（通算6か月）", x: 166, y: 374)]
        let block = Block(kind: .heading, box: lines[0].block.box.union(lines[2].block.box), lines: lines.flatMap(\.block.lines))
        guard case .supportSystems(let joined) = ParsedPart(L.part(.supportSystems, "両立支援制度", [L.block("出産・育児", x: 56, y: 342), (1, block), L.block("介護", x: 56, y: 374)]))
        else { Issue.record("no support systems"); return }
        #expect(joined.map(\.name) == ["育児休業", "子の看護休暇", "介護休暇"])
    }

    @Test("Titles quoted in 「」 or glossed in English are the title alone")
    func quotedAndGlossed() {
        #expect(TitledParagraphs.cleanTitle("「ノー残業デー」") == "ノー残業デー")
        #expect(TitledParagraphs.cleanTitle("■テレワークTelework") == "テレワーク" && TitledParagraphs.cleanTitle("フレックスタイム制 Flextime") == "フレックスタイム制")
        #expect(TitledParagraphs.cleanTitle("1on1ミーティング") == "1on1ミーティング" && TitledParagraphs.cleanTitle("Web会議") == "Web会議")
        #expect(TitledParagraphs.cleanTitle("テレワークOK") == "テレワークOK")
    }

    @Test("An edition's number before the date, `更新` after it, `署` on the cover, `（募集中）` on a year")
    func editionsOfficesAndRecruiting() {
        #expect(EditionFinder.withoutEditionNumber("第2版令和7年10月") == "令和7年10月" && EditionFinder.withoutEditionNumber("第二版") == "第二版")
        #expect(EditionFinder.find(EditionWindowTests.layout([["今治市", "第2版　令和7年10月"]]))?.asOf == "2025-10")
        #expect(EditionFinder.find(EditionWindowTests.layout([["網走南部森林管理署", "令和8年4月更新"]]))?.asOf == "2026-04")
        #expect(CoverTitle.name("網走南部森林管理署") == "網走南部森林管理署" && CoverTitle.name("熊本国税局・税務署") == nil)
        #expect(YearLabel("令和8年度（募集中）")?.planned == true && YearLabel("令和8年度（募集中）")?.fiscalYear == 2026)
    }

    @Test("Header cells set apart above a headerless exam table head it, and the table a band row split off under it")
    func headerAbove() throws {
        var first = J.table([["事務系", "行政", "1"], ["技術系", "林学", "2"]])
        first.block.table!.headerRowCount = 0
        var second = J.table([["事務系", "事務", "1"], ["技術系", "林業", "1"]])
        second.block.table!.headerRowCount = 0
        for i in second.block.table!.rows.indices {
            for j in second.block.table!.rows[i].indices { second.block.table!.rows[i][j].box = second.block.table!.rows[i][j].box.map { Rect(x0: $0.x0, y0: $0.y0 + 60, x1: $0.x1, y1: $0.y1 + 60) } }
        }
        second.block.box = Rect(x0: second.block.box.x0, y0: second.block.box.y0 + 60, x1: second.block.box.x1, y1: second.block.box.y1 + 60)
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "試験区分", [
            L.block("系統", x: 40, y: 60), L.block("試験区分", x: 130, y: 60), L.block("採用予定数", x: 220, y: 60),
            L.block("【大卒程度】", x: 40, y: 80, kind: .heading), first, L.block("【高卒程度】", x: 40, y: 140, kind: .heading), second,
        ])))
        #expect(exam.entries.map { "\($0.track) \($0.category) \($0.count)" } == ["administrative 行政 1", "technical 林学 2", "administrative 事務 1", "technical 林業 1"])
        // A run naming no count column (or levels, or years) is no such header: `ExamColumnHeads` reads grids under those.
        var plain = J.table([["事務系", "行政", "1"], ["技術系", "林学", "2"]])
        plain.block.table!.headerRowCount = 0
        let unjoined = ExamHeaderAbove.joined([L.block("系統", x: 40, y: 60), L.block("試験区分", x: 130, y: 60), L.block("備考", x: 220, y: 60), plain])
        #expect(unjoined.count == 4 && unjoined[3].block.table?.headerRowCount == 0)
    }
}
