import Testing

@testable import BrochureKit

/// Assignment shapes of the thirty-fifth blind set: a schematic map with one box per unit,
/// each its name over `事務 n　技術 n`, every line a block of its own.
@Suite("Assignments: boxes on a map, a name over its counts")
struct AssignmentHoldout35Tests {
    typealias A = AssignmentsParserTests
    typealias L = LooseLayoutsTests

    /// A map box: its name line over its count line, both centred on `x`.
    static func box(_ name: String, _ counts: String, x: Double, y: Double) -> [(page: Int, block: Block)] {
        let size = 8.0
        return [
            L.block(name, x: x - Double(name.count) * size / 2, y: y, size: size),
            L.block(counts, x: x - Double(counts.count) * size / 2, y: y + 14, size: size),
        ]
    }

    @Test("Each box's name over its counts is a unit; read column by column as the layout leaves them")
    func mapBoxes() throws {
        let blocks = [L.block("本庁・振興局別（単位：人）", x: 40, y: 389, size: 8)]
            + Self.box("対馬振興局", "事務 6　技術 5", x: 94, y: 421) + Self.box("壱岐振興局", "事務 5　技術 3", x: 116, y: 486)
            + Self.box("県北振興局", "事務 12　技術 9", x: 216, y: 433) + Self.box("本庁", "事務 58　技術 －", x: 211, y: 523)
        let record = try #require(AssignmentsParser().parse(L.part(.assignments, "令和7年度採用者の配属先", blocks)))
        #expect(A.read(record) == ["対馬振興局 6 5", "壱岐振興局 5 3", "県北振興局 12 9", "本庁 58 0"])
        #expect(record.cohortFiscalYear == 2025)
    }

    @Test("A count line naming a unit, a name too far above, a sum box or a prose line above: no box")
    func notBoxes() {
        #expect(AssignmentBoxLines.countsOnly("事務 6　技術 5").map { [$0.administrative, $0.technical] } == [6, 5])
        #expect(AssignmentBoxLines.countsOnly("事務系 3").map { [$0.administrative, $0.technical] } == [3, 0])
        #expect(AssignmentBoxLines.countsOnly("総務部　事務2名") == nil)
        #expect(AssignmentBoxLines.countsOnly("本庁") == nil)
        // The name a line's height and more above its counts is another box's, or a title.
        let far = [L.block("対馬振興局", x: 74, y: 400, size: 8), L.block("事務 6　技術 5", x: 62, y: 421, size: 8)]
            + Self.box("壱岐振興局", "事務 5　技術 3", x: 116, y: 486)
        #expect(AssignmentBoxLines.rows(in: far) == nil)
        let sum = Self.box("合計", "事務 11　技術 8", x: 94, y: 421) + Self.box("壱岐振興局", "事務 5　技術 3", x: 116, y: 486)
        #expect(AssignmentBoxLines.rows(in: sum) == nil)
        let prose = Self.box("配属先は次のとおりです。", "事務 11　技術 8", x: 94, y: 421) + Self.box("壱岐振興局", "事務 5　技術 3", x: 116, y: 486)
        #expect(AssignmentBoxLines.rows(in: prose) == nil)
    }
}
