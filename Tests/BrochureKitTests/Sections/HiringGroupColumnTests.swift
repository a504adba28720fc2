import Testing

@testable import BrochureKit

/// A 職種別 table whose track labels the layout read into a first column of their own (set
/// upright just left of the table: `UprightCells.besideLeft`), each on its group's first row.
@Suite("Hiring: a first column of track labels over 小計 groups")
struct HiringGroupColumnTests {
    typealias H = HiringParserTests

    static let rows = [
        ["", "区分", "令和6年度", "令和7年度", "令和8年度（予定）"],
        ["事務職", "行政", "42", "44", "45"],
        ["", "学校事務", "4", "5", "4"],
        ["", "小計", "46（20）", "49（22）", "49"],
        ["技術職", "土木", "13", "14", "15"],
        ["", "建築", "4", "5", "5"],
        ["", "小計", "17（5）", "19（6）", "20"],
        ["", "合計", "63（25）", "68（28）", "69"],
    ]

    @Test("Each group's 小計 is its track's row; the group's first category is not")
    func groupLabelsNameTheirSubtotals() {
        let record = HiringParser().parse(H.part(Self.rows, header: 1))
        #expect(H.read(record) == ["2024 63/25 46/20 17/5", "2025 68/28 49/22 19/6", "2026p 69/- 49/- 20/-"])
    }

    @Test("A first column that names no track, or names one once, stays as it is")
    func otherFirstColumns() throws {
        let table = try #require(H.part(Self.rows, header: 1).blocks.compactMap(\.block.table).first)
        let folded = SubtotalRows.namedByGroupColumn(table)
        #expect(folded.columns.count == table.columns.count - 1 && folded.rows[3][0].text == "事務職小計" && folded.rows[6][0].text == "技術職小計")
        var regions = Self.rows
        regions[1][0] = "本庁"
        regions[4][0] = "出先機関"
        let other = try #require(H.part(regions, header: 1).blocks.compactMap(\.block.table).first)
        #expect(SubtotalRows.namedByGroupColumn(other).rows == other.rows)
        var once = Self.rows
        once[4][0] = ""
        let single = try #require(H.part(once, header: 1).blocks.compactMap(\.block.table).first)
        #expect(SubtotalRows.namedByGroupColumn(single).rows == single.rows)
    }
}
