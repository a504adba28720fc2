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
        #expect(Self.read(spanned) == ["総務課 2 0", "企画課 3 1", "財務課 2 0", "取引課 1 0"])
        let duties = AssignmentsParser().parse(Self.part(lines: [], rows: [
            ["部署", "主な業務", "事務系", "技術系"], ["総務課", "予算・人事", "2", ""], ["防災課", "", "1", "1"],
        ]))
        #expect(Self.read(duties) == ["総務課 2 0", "防災課 1 1"])
    }
}
