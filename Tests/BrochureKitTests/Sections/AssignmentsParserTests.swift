import Testing

@testable import BrochureKit

@Suite("Assignments")
struct AssignmentsParserTests {
    /// An assignments section: optional one-line blocks, then a table with these rows.
    static func part(lines: [String], rows: [[String]]) -> SectionSegmenter.Part {
        var part = HiringParserTests.part(rows, header: 0)
        part.kind = .assignments
        part.heading = "配属実績"
        let blocks = lines.enumerated().map { i, text in
            let box = Rect(x0: 40, y0: 60 + Double(i) * 12, x1: 300, y1: 69 + Double(i) * 12)
            return (1, Block(kind: .paragraph, box: box, lines: [TextLine(text: text, box: box, fontSize: 9, isBold: false, orientation: .horizontal)]))
        }
        part.blocks.insert(contentsOf: blocks, at: 0)
        return part
    }

    static func read(_ record: AssignmentRecord?) -> [String] {
        (record?.rows ?? []).map { "\($0.unit) \($0.administrative) \($0.technical)" }
    }

    @Test("A header line set apart above the table heads it; a unit named …技術部 is no header")
    func headerAbove() {
        let record = AssignmentsParser().parse(Self.part(
            lines: ["令和6年度入庁者（総合職）の配属先", "事務系 技術系"],
            rows: [["総務部", "2", ""], ["装備技術部", "", "3"], ["交通部", "1", "1"]]))
        #expect(Self.read(record) == ["総務部 2 0", "装備技術部 0 3", "交通部 1 1"])
        #expect(record?.cohortFiscalYear == 2024)
    }

    @Test("A header row inside the table is read as before")
    func headerInside() {
        let record = AssignmentsParser().parse(Self.part(
            lines: [], rows: [["配属先", "事務系", "技術系"], ["大臣官房", "3名", ""], ["技術総括室", "", "2名"]]))
        #expect(Self.read(record) == ["大臣官房 3 0", "技術総括室 0 2"])
    }

    /// Two tables of a section with the header `配属先 | 事務系 | 技術系`, the second on `page`.
    static func continued(secondOnPage page: Int) -> SectionSegmenter.Part {
        var part = Self.part(lines: [], rows: [["配属先", "事務系", "技術系"], ["総務課", "2", ""], ["防災課", "1", "1"]])
        let second = HiringParserTests.part([["配属先", "事務系", "技術系"], ["予防課", "", "2"], ["消防研究センター", "", "1"]], header: 0)
        part.blocks += second.blocks.map { (page, $0.block) }
        return part
    }

    @Test("A table continued on the next page under its header again is one table; two on one page stay apart")
    func continuedOnNextPage() {
        #expect(Self.read(AssignmentsParser().parse(Self.continued(secondOnPage: 2)))
            == ["総務課 2 0", "防災課 1 1", "予防課 0 2", "消防研究センター 0 1"])
        #expect(Self.read(AssignmentsParser().parse(Self.continued(secondOnPage: 1))) == ["総務課 2 0", "防災課 1 1"])
    }

    @Test("A 部 cell spanning its 課 rows is printed once: the units are the 課; a duties column is not")
    func spannedGroupColumn() {
        let spanned = AssignmentsParser().parse(Self.part(lines: [], rows: [
            ["部", "課", "事務系", "技術系"], ["長官官房", "総務課", "2", ""], ["", "企画課", "3", "1"],
            ["事業環境部", "財務課", "2", ""], ["", "取引課", "1", ""], ["計", "", "8", "1"],
        ]))
        #expect(Self.read(spanned) == ["長官官房総務課 2 0", "長官官房企画課 3 1", "事業環境部財務課 2 0", "事業環境部取引課 1 0"])
        // A 部 cell centred on its rows, printed on the middle one.
        let centred = AssignmentsParser().parse(Self.part(lines: [], rows: [
            ["部", "課", "事務系", "技術系"], ["", "人事課", "1", ""], ["総務部", "総務課", "1", ""], ["", "会計課", "", "1"],
            ["", "測地基準課", "", "1"], ["測地部", "物理測地課", "", "2"],
        ]))
        #expect(Self.read(centred) == ["総務部人事課 1 0", "総務部総務課 1 0", "総務部会計課 0 1", "測地部測地基準課 0 1", "測地部物理測地課 0 2"])
        let duties = AssignmentsParser().parse(Self.part(lines: [], rows: [
            ["部署", "主な業務", "事務系", "技術系"], ["総務課", "予算・人事", "2", ""], ["防災課", "", "1", "1"],
        ]))
        #expect(Self.read(duties) == ["総務課 2 0", "防災課 1 1"])
    }

    @Test("A 部 or an office under a tier of the organisation (本庁, 地方機関) names itself; a 課 takes its group")
    func tierGroupColumn() {
        let tiers = AssignmentsParser().parse(Self.part(lines: [], rows: [
            ["", "配属先", "事務系", "技術系"], ["本庁", "総務部", "8", "1"], ["", "農政部", "4", "6"],
            ["地方機関", "土木事務所", "6", "18"], ["", "教育庁・県立学校", "12", "5"], ["", "企画グループ", "1", ""],
        ]))
        #expect(Self.read(tiers) == ["総務部 8 1", "農政部 4 6", "土木事務所 6 18", "教育庁・県立学校 12 5", "地方機関企画グループ 1 0"])
        // Under a header cell naming the group column, the group is part of every unit's name.
        let headed = AssignmentsParser().parse(Self.part(lines: [], rows: [
            ["組織", "部署", "事務系", "技術系"], ["本局", "総務部", "2", ""], ["", "業務部", "1", "1"], ["東京工場", "製造部", "", "4"], ["静岡工場", "製造部", "", "3"],
        ]))
        #expect(Self.read(headed) == ["本局総務部 2 0", "本局業務部 1 1", "東京工場製造部 0 4", "静岡工場製造部 0 3"])
        #expect(AssignmentsParser.standsAlone("総務部") && AssignmentsParser.standsAlone("県税事務所"))
        #expect(!AssignmentsParser.standsAlone("人事課") && !AssignmentsParser.standsAlone("広報室") && !AssignmentsParser.standsAlone("企画チーム"))
    }

    /// A table of `rows` whose cell (r, c) spans `boxes[r][c]` (x0, x1), a row every 16 points.
    static func placed(_ rows: [[String]], _ spans: [[(Double, Double)]], columns: [ClosedRange<Double>]) -> Block {
        let cells = rows.enumerated().map { r, row in
            row.enumerated().map { c, text in
                Table.Cell(text: text, box: text.isEmpty ? nil : Rect(x0: spans[r][c].0, y0: 100 + Double(r) * 16, x1: spans[r][c].1, y1: 108 + Double(r) * 16),
                           columnSpan: r == 0 && c == 1 && row.count == 3 && row[2].isEmpty ? 2 : 1)
            }
        }
        let box = Rect(x0: columns[0].lowerBound, y0: 100, x1: columns.last!.upperBound, y1: 92 + Double(rows.count) * 16)
        return Block(kind: .table, box: box, lines: [], table: Table(box: box, columns: columns, rows: cells, headerRowCount: 1))
    }

    @Test("A table in two halves side by side under the same header is one table; a header cell naming both tracks gives each column the one over it")
    func halvesSideBySide() {
        // The left half's 技術系 column is empty, so the layout finds one count column under the joined header.
        let left = Self.placed([["配属先", "事務系技術系"], ["総務課", "１"], ["企画課", "２"]],
                               [[(40, 64), (100, 154)], [(40, 64), (108, 116)], [(40, 64), (108, 116)]], columns: [40...80, 100...154])
        let right = Self.placed([["配属先", "事務系技術系", ""], ["国際課", "１", ""], ["計画課", "", "２"]],
                                [[(170, 194), (225, 279), (0, 0)], [(170, 194), (233, 241), (0, 0)], [(170, 194), (0, 0), (263, 271)]],
                                columns: [170...210, 233...241, 263...271])
        var part = Self.part(lines: [], rows: [])
        part.blocks = [(1, left), (1, right)]
        #expect(Self.read(AssignmentsParser().parse(part)) == ["総務課 1 0", "企画課 2 0", "国際課 1 0", "計画課 0 2"])
        // One above the other, the same tables are two (two cohorts), the first read alone.
        var stacked = right
        stacked.box = Rect(x0: 170, y0: 200, x1: 271, y1: 240)
        stacked.table!.box = stacked.box
        part.blocks = [(1, left), (1, stacked)]
        #expect(Self.read(AssignmentsParser().parse(part)) == ["総務課 1 0", "企画課 2 0"])
    }

    @Test("A header's bracketed second line (（局・課室） | （人）) is no unit; a unit with a bracketed part is")
    func headerNoteRow() {
        let record = AssignmentsParser().parse(Self.part(lines: [], rows: [
            ["配属先", "事務系", "技術系"], ["（局・課室）", "（人）", "（人）"], ["統括官付（原子力災害復興）", "１名", ""], ["成育局", "2", "1"],
        ]))
        #expect(Self.read(record) == ["統括官付(原子力災害復興) 1 0", "成育局 2 1"])
    }

    @Test("A table with the tracks down its first column and the units across its header is read turned")
    func tracksDown() {
        let record = AssignmentsParser().parse(Self.part(
            lines: ["2025年4月入庁者の配属先"],
            rows: [["区分", "長官官房", "技術戦略部", "航空装備研究所"], ["事務系", "2", "1", "－"], ["技術系", "－", "3", "3"]]))
        #expect(Self.read(record) == ["長官官房 2 0", "技術戦略部 1 3", "航空装備研究所 0 3"])
        #expect(record?.cohortFiscalYear == 2025)
        // A table of units down the side is not turned.
        #expect(TracksDown.turned(Self.part(lines: [], rows: [["配属先", "事務系"], ["総務課", "2"]]).blocks[0].block.table!) == nil)
        // `事務職` / `技術職` down the side are tracks too; a `計` column is no unit.
        let jobs = AssignmentsParser().parse(Self.part(
            lines: ["令和7年度採用者の配属先（人）"],
            rows: [["配属先", "本部", "北海道東北", "計"], ["事務職", "4", "4", "8"], ["技術職", "2", "－", "2"]]))
        #expect(Self.read(jobs) == ["本部 4 2", "北海道東北 4 0"])
    }

    @Test("A long-format table (one row per unit and track, 配属先 | 系統 | 人数) gives one row per unit")
    func longFormat() {
        let record = AssignmentsParser().parse(Self.part(
            lines: ["令和7年度採用者の配属先"],
            rows: [["配属先", "系統", "人数"], ["事務局総務課", "事務系", "1名"], ["事務局審査官（公害紛争担当）", "事務系", "1名"],
                   ["", "技術系", "2名"], ["事務局審査官（土地利用調整担当）", "技術系", "1名"]]))
        #expect(Self.read(record) == ["事務局総務課 1 0", "事務局審査官(公害紛争担当) 1 2", "事務局審査官(土地利用調整担当) 0 1"])
        #expect(record?.cohortFiscalYear == 2025)
    }

    @Test("A list grouped by track (〈事務系〉 … 〈技術系〉) reads every group, one of a single unit left as two blocks on a baseline")
    func trackGroups() {
        func line(_ text: String, x: Double, y: Double, kind: Block.Kind = .paragraph) -> (Int, Block) {
            let box = Rect(x0: x, y0: y, x1: x + 8.5 * Double(text.count), y1: y + 8.5)
            return (1, Block(kind: kind, box: box, lines: [TextLine(text: text, box: box, fontSize: 8.5, isBold: false, orientation: .horizontal)]))
        }
        let table = HiringParserTests.part([["長官官房秘書課", "1名"], ["式部職儀式課", "2名"]], header: 0).blocks[0]
        var part = Self.part(lines: ["令和7年度採用者の配属先"], rows: [])
        part.blocks = [part.blocks[0], line("〈事務系〉", x: 40, y: 80, kind: .heading), table, line("〈技術系〉", x: 40, y: 160, kind: .heading),
                       line("管理部工務課", x: 50, y: 175), line("1名", x: 250, y: 175), line("採用見込み", x: 40, y: 200, kind: .heading)]
        let record = AssignmentsParser().parse(part)
        #expect(Self.read(record) == ["長官官房秘書課 1 0", "式部職儀式課 2 0", "管理部工務課 0 1"])
    }

    @Test("A bulleted list whose counts name their tracks (・unit　２名（事務系）) is read wherever the layout set each entry")
    func bulletedList() {
        func block(_ lines: [String], x: Double, y: Double, kind: Block.Kind = .list) -> (Int, Block) {
            let text = lines.enumerated().map { i, text in
                TextLine(text: text, box: Rect(x0: x, y0: y + 14 * Double(i), x1: x + 8.5 * Double(text.count), y1: y + 8.5 + 14 * Double(i)),
                         fontSize: 8.5, isBold: false, orientation: .horizontal)
            }
            return (1, Block(kind: kind, box: Rect.enclosing(text.map(\.box))!, lines: text))
        }
        var part = Self.part(lines: ["令和6年度採用者の配属先（令和7年4月1日現在）"], rows: [["・総務部総務課", "２名（事務系）"], ["・総務部人事課", "１名（事務系）"]])
        part.blocks.append(block(["・調査第一部第一課", "・調査第一部第二課"], x: 40, y: 200))
        part.blocks.append(block(["１名（事務系）", "事務系１名・技術系１名"], x: 200, y: 200, kind: .paragraph))
        part.blocks.append(block(["・東京公安調査局　１名（事務系）", "※公安調査局は全国8か所に置かれた地方支分部局です。"], x: 40, y: 240))
        let record = AssignmentsParser().parse(part)
        #expect(Self.read(record) == ["総務部総務課 2 0", "総務部人事課 1 0", "調査第一部第一課 1 0", "調査第一部第二課 1 1", "東京公安調査局 1 0"])
        #expect(record?.cohortFiscalYear == 2024)
    }
}
