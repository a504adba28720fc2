import Testing

@testable import BrochureKit

/// Assignment tables wrapped into halves under one header row, a header fused with the row
/// under it, a column of regions over offices, a sum caption beside the table.
@Suite("Assignment wrapped halves")
struct AssignmentWrappedHalvesTests {
    static let read = AssignmentsParserTests.read

    @Test("Halves under one repeated header row are stacked, the left one first; a shorter half leaves blanks")
    func wrappedHalves() {
        let record = AssignmentsParser().parse(AssignmentsParserTests.part(lines: ["2025年度採用者の主な配属先（人）"], rows: [
            ["配属先", "事務", "技術", "配属先", "事務", "技術"],
            ["青葉区役所", "12", "4", "健康福祉局", "14", "2"],
            ["宮城野区役所", "9", "3", "子供未来局", "11", "－"],
            ["財政局", "7", "－", "", "", ""],
        ]))
        #expect(Self.read(record) == ["青葉区役所 12 4", "宮城野区役所 9 3", "財政局 7 0", "健康福祉局 14 2", "子供未来局 11 0"])
        #expect(record?.cohortFiscalYear == 2025)
    }

    @Test("Small tables side by side, each under its caption and header: every one read; one cut short of its counts is left out")
    func captionedTables() {
        let record = AssignmentsParser().parse(AssignmentsParserTests.part(lines: ["令和7年度に採用された職員の配属先（単位：人）"], rows: [
            ["■ 本庁", "", "", "■ 地方機関", "", "", "■ 行政委員会等"],
            ["所属", "事務系", "技術系", "所属", "事務系", "技術系", "所属"],
            ["総務局", "8", "－", "建設事務所", "4", "15", "議会事務局"],
            ["土木建築局", "6", "18", "", "", "", ""],
        ]))
        #expect(Self.read(record) == ["総務局 8 0", "土木建築局 6 18", "建設事務所 4 15"])
        #expect(record?.cohortFiscalYear == 2025)
        // One header naming its units once is no wrap.
        #expect(WrappedUnitHalves.period(["配属先", "事務系", "技術系", "計"]) == nil)
        #expect(WrappedUnitHalves.period(["年度", "事務系", "技術系", "年度", "事務系", "技術系"]) == nil)
    }

    @Test("A header fused with the row under it, each cell its label over a value: parted, the first unit kept")
    func fusedHeader() {
        var part = AssignmentsParserTests.part(lines: [], rows: [["配属先青葉区役所", "事務12", "技術4"], ["泉区役所", "9", "2"]])
        var table = part.blocks[0].block.table!
        for (c, lines) in [["配属先", "青葉区役所"], ["事務", "12"], ["技術", "4"]].enumerated() { table.rows[0][c].lines = lines }
        part.blocks[0].block.table = table
        #expect(Self.read(AssignmentsParser().parse(part)) == ["青葉区役所 12 4", "泉区役所 9 2"])
        // A header set on two lines (`（人）` under each label) is no fusion.
        for c in 0..<3 { table.rows[0][c].lines = [["配属先", "事務", "技術"][c], "(人)"] }
        #expect(FusedHeaderRow.split(table) == nil)
    }

    @Test("A column of regions over offices names no office; a sum caption beside the table is no unit")
    func regionColumn() {
        let record = AssignmentsParser().parse(AssignmentsParserTests.part(lines: ["令和七年度採用者の配属先"], rows: [
            ["地域", "配属先", "令和七年度採用者（名）", "", ""],
            ["", "", "事務系", "技術系", ""],
            ["", "本社", "5", "3", ""],
            ["関東", "利根導水総合事業所", "2", "4", ""],
            ["", "荒川ダム総合管理所", "－", "3", "合計事務系7名"],
            ["筑後川", "筑後川局", "2", "3", "技術系13名"],
        ]))
        #expect(Self.read(record) == ["本社 5 3", "利根導水総合事業所 2 4", "荒川ダム総合管理所 0 3", "筑後川局 2 3"])
        #expect(record?.cohortFiscalYear == 2025)
        #expect(BulletedAssignments.rows(in: AssignmentsParserTests.part(lines: [], rows: [["3", "合計事務系7名"], ["3", "技術系13名"]]).blocks) == nil)
    }
}
