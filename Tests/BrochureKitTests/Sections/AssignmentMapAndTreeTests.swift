import Testing

@testable import BrochureKit

/// Assignment shapes of holdout19: a schematic map of boxes, each a unit over two chips whose
/// tracks only a legend names; a tree's leaves, each a unit then `事務職 6` `技術職 －`, in a
/// table that took a column of prose in beside it; a cohort of 入構者.
@Suite("Assignment map and tree")
struct AssignmentMapAndTreeTests {
    static let read = AssignmentsParserTests.read

    @Test("Map boxes: each name over two chips, the chips' tracks in the legend's order")
    func chipsUnderNames() {
        let rows = [
            ["境税関支署", "", "姫路税関支署", "", "本関", ""], ["2", "－", "3", "－", "10", "3"],
            ["岩国税関支署", "", "広島税関支署", ""], ["2", "1", "4", "1"],
        ]
        let record = AssignmentsParser().parse(AssignmentsParserTests.part(lines: ["令和7年度採用者の配属先（人）", "事務系 理工系"], rows: rows))
        #expect(Self.read(record) == ["境税関支署 2 0", "姫路税関支署 3 0", "本関 10 3", "岩国税関支署 2 1", "広島税関支署 4 1"])
        #expect(record?.cohortFiscalYear == 2025)
        // The legend the other way round swaps each pair.
        let swapped = AssignmentsParser().parse(AssignmentsParserTests.part(lines: ["■理工系 ■事務系"], rows: rows))
        #expect(Self.read(swapped).last == "広島税関支署 1 4")
        // Without a legend the order cannot be known: not read as chips.
        #expect(ChipPairsUnderNames.rows(in: AssignmentsParserTests.part(lines: ["配属先"], rows: rows).blocks) == nil)
    }

    @Test("Tree leaves: the unit straight before its labelled counts, prose and a neighbour's column beside left out")
    func labelledCountCells() {
        let rows = [
            ["○ テレワークの推進", "経営管理部", "→", "事務職 6", "技術職－", ""],
            ["在宅勤務を進めています。", "危機管理部", "→", "事務職 2", "技術職 1", "お問い合わせ"],
            ["", "■行政委員会等", "", "", "", "電話 054-221-2262"],
            ["", "教育委員会事務局", "→", "事務職 8", "技術職－", "Mail a@b.jp"],
            ["", "計 事務職74人・技術職58人", "", "", "", ""],
        ]
        let record = AssignmentsParser().parse(AssignmentsParserTests.part(lines: ["令和7年度採用者の配属先（人）"], rows: rows))
        #expect(Self.read(record) == ["経営管理部 6 0", "危機管理部 2 1", "教育委員会事務局 8 0"])
        #expect(LabelledCountCells.labelledCount("技術職 12")?.count == 12)
        #expect(LabelledCountCells.labelledCount("技術戦略部 3") == nil)
    }

    @Test("A lone leaf left as one-line blocks on one baseline (name, arrow, counts) is read as its row")
    func leafAsLines() {
        let rows = [["経営管理部", "→", "事務職 6", "技術職－"], ["危機管理部", "→", "事務職 2", "技術職 1"]]
        var part = AssignmentsParserTests.part(lines: ["令和7年度採用者の配属先（人）"], rows: rows)
        part.blocks += [("教育委員会事務局", 62.0), ("→", 170.0), ("事務職 8", 186.0), ("技術職－", 236.0)].map { text, x in
            AssignmentSplitTablesTests.line(text, x: x, y: 200)
        }
        part.blocks.append(AssignmentSplitTablesTests.line("計 事務職16人・技術職1人", x: 40, y: 220))
        #expect(Self.read(AssignmentsParser().parse(part)) == ["経営管理部 6 0", "危機管理部 2 1", "教育委員会事務局 8 0"])
    }

    @Test("A cohort of 入構者 (an institute's joining) names its fiscal year")
    func instituteCohort() {
        #expect(AssignmentsParser.cohortYear(in: "2025年度入構者の配属先（人）") == 2025)
    }
}
