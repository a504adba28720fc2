import Testing

@testable import BrochureKit

/// Assignment shapes of the thirty-seventh blind set: a ranked list whose count strings give a
/// unit's total with its split in brackets, a box beside it taken into its table, and a
/// table whose unit names the layout left outside it as a column of lines.
@Suite("Assignments: ranked totals with their split, names beside a grid of counts")
struct AssignmentHoldout37Tests {
    typealias A = AssignmentsParserTests
    typealias L = LooseLayoutsTests
    typealias E = ExamCellCountsTests

    @Test("A total with its split in brackets counts each track by the split, a track with none left out")
    func totalWithSplit() {
        #expect(BulletedAssignments.trackCounts("12名（事務4・技術8）").map { [$0.administrative, $0.technical] } == [4, 8])
        #expect(BulletedAssignments.trackCounts("6名（事務6）").map { [$0.administrative, $0.technical] } == [6, 0])
        #expect(BulletedAssignments.trackCounts("3名（技術3）").map { [$0.administrative, $0.technical] } == [0, 3])
        // A split that does not add up to its total is no split.
        #expect(BulletedAssignments.totalWithSplit("12名(事務4・技術7)") == nil)
        #expect(BulletedAssignments.totalWithSplit("2名(事務系)") == nil)
    }

    @Test("A ranked list's rows read as name and count, the rank before and a box's lines after them left out")
    func rankedRowsWithBoxBeside() throws {
        let block = E.table([
            ["1", "都市整備局", "12名（事務4・技術8）", "人口", "約41万人"],
            ["2", "健康福祉局", "11名（事務10・技術1）", "面積", "375.41平方キロメートル"],
            ["3", "市民政策局", "6名（事務6）", "", ""],
            ["4", "消防局", "3名（事務2・技術1）", "", ""],
        ], xs: [40...52, 60...130, 180...290, 320...340, 350...470], y: 100, header: 0)
        let record = try #require(AssignmentsParser().parse(L.part(.assignments, "令和7年度採用者の配属先 TOP10", [block])))
        #expect(A.read(record) == ["都市整備局 4 8", "健康福祉局 10 1", "市民政策局 6 0", "消防局 2 1"])
        #expect(record.cohortFiscalYear == 2025)
    }

    @Test("Unit names left of a grid of counts headed by the tracks alone are its first column; a label level with its header heads them")
    func namesBesideGrid() throws {
        // (The shorter names, flush left, end further from the grid than a long one does.)
        let grid = E.table([["事務系", "技術系"], ["2", "6"], ["－", "3"], ["2", "－"], ["3", "－"]], xs: [207...233, 252...278], y: 100, header: 0)
        let names = ["セキュリティセンター", "社会基盤センター", "戦略企画部", "総務部・財務部"].enumerated().map { i, name in
            L.block(name, x: 45, y: 120 + Double(i) * 20, size: 8.5)
        }
        let record = try #require(AssignmentsParser().parse(L.part(.assignments, "2025年度採用者の配属先", [L.block("配属先", x: 107, y: 100)] + names + [grid])))
        #expect(A.read(record) == ["セキュリティセンター 2 6", "社会基盤センター 0 3", "戦略企画部 2 0", "総務部・財務部 3 0"])
        // A row with no line level with it takes no names; a line under the grid is no row's.
        let table = try #require(grid.block.table)
        #expect(UnitColumnBeside.attach(to: table, from: names.dropLast().map(\.block)) == nil)
        #expect(UnitColumnBeside.attach(to: table, from: names.map(\.block) + [L.block("合計", x: 45, y: 200).block]) != nil)
        #expect(!UnitColumnBeside.isName("12") && !UnitColumnBeside.isName("事務系") && !UnitColumnBeside.isName("合計"))
    }
}
