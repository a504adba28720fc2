import Testing

@testable import BrochureKit

/// Tables a page break parted (`PageBreakRows`): the last row carried over, a headerless
/// continuation under a track cell the break cut, a header row stranded at the foot of the
/// page before; and a table going on in the next column under `配属先（つづき）`.
@Suite("Tables across page breaks")
struct PageBreakTablesTests {
    typealias L = LooseLayoutsTests

    /// A table on `page` with its columns 90 pt apart from `x0` (60 pt wide), rows 14 pt apart from `y`.
    static func grid(_ rows: [[String]], page: Int, y: Double = 100, x0: Double = 40, header: Int = 1) -> (page: Int, block: Block) {
        let x = (0..<(rows.map(\.count).max() ?? 0)).map { x0 + Double($0) * 90 }
        let cells = rows.enumerated().map { r, row in
            row.enumerated().map { c, text in
                Table.Cell(text: text, box: text.isEmpty ? nil : Rect(x0: x[c], y0: y + Double(r) * 14, x1: x[c] + 40, y1: y + 10 + Double(r) * 14))
            }
        }
        let box = Rect(x0: x0, y0: y, x1: x.last! + 60, y1: y + 10 + Double(rows.count - 1) * 14)
        let lines = cells.joined().compactMap { cell in
            cell.box.map { TextLine(text: cell.text, box: $0, fontSize: 9, isBold: false, orientation: .horizontal) }
        }
        return (page, Block(kind: .table, box: box, lines: lines, table: Table(box: box, columns: x.map { $0...($0 + 60) }, rows: cells, headerRowCount: header)))
    }

    /// One line on `page` at (x, y).
    static func cell(_ text: String, x: Double, y: Double, page: Int) -> (page: Int, block: Block) {
        (page, L.block(text, x: x, y: y).block)
    }

    static let years = [["年度", "事務", "技術", "計"], ["令和5年度", "5（3）", "3（0）", "8（3）"], ["令和6年度", "8（5）", "2（1）", "10（6）"],
                        ["令和7年度", "7（4）", "3（1）", "10（5）"]]

    @Test("The planned row carried alone to the top of the next page is the hiring table's last row, on its own page")
    func carriedRow() throws {
        let row = ["令和８年度（予定）", "８", "３", "１１"].enumerated().map { Self.cell($1, x: 40 + Double($0) * 90, y: 55, page: 2) }
        let part = L.part(.hiring, "採用実績", [Self.grid(Self.years, page: 1, y: 600)] + row + [Self.cell("※（ ）内は女性の数で内数です。", x: 40, y: 80, page: 2)])
        guard case .hiring(let record?) = ParsedPart(part) else { Issue.record("no hiring"); return }
        #expect(record.rows.map(\.fiscalYear) == [2023, 2024, 2025, 2026])
        let planned = try #require(record.rows.last)
        #expect(planned.planned && planned.total?.count == 11 && planned.administrative?.count == 8 && planned.technical?.count == 3)
        #expect(planned.provenance?.page == 2)
        // Without the break the loose cells are no row of it; nor under a note ending the table's page.
        guard case .hiring(let alone?) = ParsedPart(L.part(.hiring, "採用実績", [Self.grid(Self.years, page: 1, y: 600)] + row.map { (1, $0.block) })) else {
            Issue.record("no hiring")
            return
        }
        #expect(alone.rows.count == 3)
        let noted = L.part(.hiring, "採用実績", [Self.grid(Self.years, page: 1, y: 600), Self.cell("※令和8年度は予定です。", x: 40, y: 700, page: 1)] + row)
        #expect(PageBreakRows.joined(noted).blocks.count == noted.blocks.count)
        // A two-line block level with the cells is a note, no cell of the row.
        var note = Self.cell("※（ ）内は女性の数で内数です。", x: 40, y: 55, page: 2)
        note.block.lines.append(TextLine(text: "※令和8年度は予定です。", box: Rect(x0: 40, y0: 68, x1: 200, y1: 77), fontSize: 9, isBold: false, orientation: .horizontal))
        let twoLines = L.part(.hiring, "採用実績", [Self.grid(Self.years, page: 1, y: 600), note] + row.dropFirst())
        #expect(PageBreakRows.joined(twoLines).blocks.count == twoLines.blocks.count)
    }

    @Test("Exam rows carried over under a blank track cell take the track the break cut")
    func carriedUnderTrackCell() throws {
        let upper = Self.grid([["区分", "職種", "予定数"], ["事務", "一般事務", "2"], ["技術", "機械", "2"], ["", "電気", "1"]], page: 2, y: 700)
        let lower = Self.grid([["", "化学", "1"], ["", "土木", "1"]], page: 3, y: 50, header: 0)
        // (The label runs on down to the first row with a label of its own.)
        let labelled = Self.grid([["", "化学", "1"], ["事務", "福祉", "2"], ["", "児童福祉", "1"]], page: 3, y: 50, header: 0)
        #expect(PageBreakRows.joined(L.part(.examBreakdown, "試験区分", [upper, labelled])).blocks.last?.block.table?.rows.dropFirst().map { $0[0].text } == ["技術", "事務", ""])
        let joined = PageBreakRows.joined(L.part(.examBreakdown, "試験区分", [upper, lower]))
        #expect(joined.blocks.last?.block.table?.rows.map { $0.map(\.text) } == [["区分", "職種", "予定数"], ["技術", "化学", "1"], ["技術", "土木", "1"]])
        let exam = try #require(ExamBreakdownParser().parse(joined))
        #expect(exam.entries.map { "\($0.track) \($0.category) \($0.count)" } == [
            "administrative 一般事務 2", "technical 機械 2", "technical 電気 1", "technical 化学 1", "technical 土木 1",
        ])
        #expect(exam.entries.suffix(2).allSatisfy { $0.provenance?.page == 3 })
        // (The header repeated over the carried rows stands on their page, over them.)
        #expect(joined.blocks.last?.block.table?.rows.first?.compactMap(\.box).allSatisfy { $0.y1 <= 50 && $0.y0 >= 20 } == true)
    }

    @Test("A header row stranded at the foot of a page heads the headerless table opening the next")
    func strandedHeader() throws {
        // (Each header word centred in its ruled cell, right of its column's figures.)
        let header = ["区分", "職種", "予定数"].enumerated().map { Self.cell($1, x: 102 + Double($0) * 90, y: 780, page: 1) }
        let body = Self.grid([["事務", "教育行政", "6"], ["", "学校事務", "10"], ["技術", "建築", "2"], ["", "電気", "1"]], page: 2, y: 52, header: 0)
        let part = L.part(.examBreakdown, "試験区分", [Self.cell("試験：青森県職員採用試験（大学卒業程度）", x: 40, y: 760, page: 1)] + header + [body])
        let joined = PageBreakRows.joined(part)
        #expect(joined.blocks.count == 2)
        #expect(joined.blocks.last?.block.table?.rows.first?.map(\.text) == ["区分", "職種", "予定数"])
        // Figures at the foot are a row of their own, no header.
        let figures = ["4", "5", "9"].enumerated().map { Self.cell($1, x: 40 + Double($0) * 90, y: 780, page: 1) }
        #expect(PageBreakRows.joined(L.part(.examBreakdown, "試験区分", figures + [body])).blocks.count == 4)
    }

    @Test("Two tracks side by side under one header, each a category column and a count column")
    func trackPairHeader() {
        let table = Self.grid([["事務", "予定数", "技術", "予定数"], ["一般事務", "2", "醸造", "2"], ["会計", "1", "分析化学", "1"], ["", "", "施設管理", "1"]], page: 1)
        let entries = ExamTrackPairHeader.entries(in: table.block.table!, page: 1, titles: { ["試験：職員採用試験（大学卒業程度）"] })
        #expect(entries.map { "\($0.track) \($0.level) \($0.category) \($0.count)" } == [
            "administrative undergraduate 一般事務 2", "technical undergraduate 醸造 2", "administrative undergraduate 会計 1",
            "technical undergraduate 分析化学 1", "technical undergraduate 施設管理 1",
        ])
        // A count column under no track, or a header of one track, is another table.
        #expect(ExamTrackPairHeader.entries(in: Self.grid([["事務", "予定数", "備考", "予定数"], ["一般事務", "2", "醸造", "2"]], page: 1).block.table!, page: 1, titles: { [] }).isEmpty)
        #expect(ExamTrackPairHeader.entries(in: Self.grid([["事務", "予定数"], ["一般事務", "2"]], page: 1).block.table!, page: 1, titles: { [] }).isEmpty)
    }

    @Test("A table going on in the next column of the same page under `配属先（つづき）` adds its units")
    func continuedInNextColumn() throws {
        let first = Self.grid([["配属先", "事務", "技術"], ["総務課", "1", "－"], ["企画課", "1", "－"]], page: 1, y: 400)
        let rest = Self.grid([["配属先（つづき）", "事務", "技術"], ["青森行政評価事務所", "1", "－"], ["情報システム室", "－", "1"]], page: 1, y: 60)
        let record = try #require(AssignmentsParser().parse(L.part(.assignments, "配属実績", [first, rest])))
        #expect(record.rows.map(\.unit) == ["総務課", "企画課", "青森行政評価事務所", "情報システム室"])
        // A second table under its own header on the same page is another cohort's.
        let other = Self.grid([["配属先", "事務", "技術"], ["青森行政評価事務所", "1", "－"]], page: 1, y: 60)
        #expect(try #require(AssignmentsParser().parse(L.part(.assignments, "配属実績", [first, other]))).rows.count == 2)
    }

    @Test("A section headed as going on (`配属実績（つづき）`, `試験区分（続）`) joins the part before it")
    func continuedHeadings() {
        for heading in ["配属実績（つづき）", "配属実績（続き）", "配属実績（続）"] {
            var parts = [L.part(.assignments, "配属実績", [Self.grid([["配属先", "事務", "技術"], ["総務課", "1", "－"]], page: 1)]),
                         L.part(.assignments, heading, [Self.grid([["配属先", "事務", "技術"], ["企画課", "1", "－"]], page: 2)])]
            SectionSegmenter.joinContinuations(&parts)
            #expect(parts.count == 1 && parts[0].blocks.count == 2, "\(heading)")
        }
        #expect(!PageTurnMark.saysContinued("配属実績"))
        #expect(PageTurnMark.marksContinuation("配属先（つづき）") && !PageTurnMark.marksContinuation("つづき配属先"))
    }

    @Test("Two routes on one line parted by a slash are a route each; a slash inside one route parts nothing")
    func slashedRoutes() {
        #expect(AccessParser.slashedRoutes("仙台市地下鉄南北線北四番丁駅から徒歩約8分／東西線大町西公園駅から徒歩約12分").count == 2)
        #expect(AccessParser.slashedRoutes("JR京都駅から徒歩5分/バス10分").count == 1)
    }

    @Test("A name's reading in brackets after its kanji is no part of it; a national sanatorium is named as a garden")
    func readingsAndGardens() {
        #expect(CoverTitle.name("柳泉園(りゅうせんえん)組合") == "柳泉園組合")
        #expect(CoverTitle.name("国立療養所長島愛生園") == "国立療養所長島愛生園")
        #expect(CoverTitle.withoutReadings("航空(こうくう)(JAXA)") == "航空(JAXA)")
        #expect(CoverTitle.withoutReadings("(りゅうせんえん)組合") == "(りゅうせんえん)組合")
        #expect(CoverTitle.withoutReadings("センター(せんたー)") == "センター(せんたー)")
    }
}
