import Testing

@testable import BrochureKit

/// A hiring table's third group counted in its total (`事務 | 技術 | 技能 | 計`), told by the
/// arithmetic, and the cross-check that adds it in.
@Suite("Other track columns")
struct OtherTrackColumnsTests {
    typealias L = LooseLayoutsTests

    static func hiring(_ rows: [[String]]) throws -> HiringRecord {
        try #require(HiringParser().parse(L.part(.hiring, "採用実績", [JobTitleTracksTests.table(rows)])))
    }

    static func describe(_ value: CountWithWomen?) -> String {
        value.map { "\($0.count)(\($0.women.map(String.init) ?? "-"))" } ?? "nil"
    }

    @Test("A column under neither track that adds up with both to the total is the rows' other group")
    func thirdGroup() throws {
        let record = try Self.hiring([
            ["年度", "事務", "技術", "技能", "計"], ["令和4年度", "7（3）", "14（2）", "5（1）", "26（6）"],
            ["令和5年度", "9（5）", "13（2）", "7（0）", "29（7）"], ["令和6年度（予定）", "10", "15", "－", "25"],
        ])
        #expect(record.rows.map { Self.describe($0.other) } == ["5(1)", "7(0)", "0(0)"])
        #expect(record.otherScope == "技能")
        var sections = SectionSet()
        sections.hiring = record
        #expect(CrossChecks.run(sections).isEmpty)
    }

    @Test("With years across, a row under neither track that adds up is the other group")
    func thirdGroupAcross() throws {
        let record = try Self.hiring([
            ["区分", "令和5年度", "令和6年度", "令和7年度"], ["事務", "3", "4", "5"], ["技術", "2", "2", "1"],
            ["保健師", "1", "0", "2"], ["計", "6", "6", "8"],
        ])
        #expect(record.rows.map { Self.describe($0.other) } == ["1(-)", "0(0)", "2(-)"])
        #expect(record.otherScope == "保健師")
    }

    @Test("A column that does not add up, or adds nobody, is no group: the rows keep none", arguments: [
        // Applicants beside the hires.
        [["年度", "事務", "技術", "応募者数", "計"], ["令和5年度", "3", "2", "40", "5"], ["令和6年度", "4", "2", "38", "6"]],
        // A third column that closes one year's gap only: the other year's total is a misprint.
        [["年度", "事務", "技術", "技能", "計"], ["令和5年度", "3", "2", "1", "6"], ["令和6年度", "4", "2", "1", "9"]],
        // Zero in every year: the tracks add up alone.
        [["年度", "事務", "技術", "技能", "計"], ["令和5年度", "3", "2", "0", "5"], ["令和6年度", "4", "2", "－", "6"]],
        // A figure that is no head count.
        [["年度", "事務", "技術", "倍率", "計"], ["令和5年度", "3", "2", "1.5", "6"], ["令和6年度", "4", "2", "2", "8"]],
        // A part of a track or a route of hiring: the technical track's second field, a level.
        [["年度", "事務", "技術（土木）", "建築", "計"], ["令和5年度", "3", "2", "1", "6"], ["令和6年度", "4", "2", "2", "8"]],
        [["年度", "事務", "技術", "高卒", "計"], ["令和5年度", "3", "2", "1", "6"], ["令和6年度", "4", "2", "2", "8"]],
    ])
    func noGroup(_ rows: [[String]]) throws {
        let record = try Self.hiring(rows)
        #expect(record.rows.allSatisfy { $0.other == nil })
        #expect(record.otherScope == nil)
    }

    @Test("Only a named column of no role, not the women's and not paired, can be a third group")
    func candidates() {
        let labels = ["年度", "事務", "技術", "技能", "女性", "", "うち再掲", "備考", "社会人", "保健師", "計"]
        let roles = labels.map { ColumnRole(label: $0) }
        #expect(OtherTrackColumns.candidates(labels, roles: roles, paired: [], from: 1) == [3, 9])
        #expect(OtherTrackColumns.candidates(labels, roles: roles, paired: [3], from: 1) == [9])
        #expect(OtherTrackColumns.candidates(labels, roles: roles, paired: [], from: 4) == [9])
        // Without both tracks and a total there is no sum to tell it by.
        let noTotal = ["年度", "事務", "技術", "技能"]
        #expect(OtherTrackColumns.candidates(noTotal, roles: noTotal.map { ColumnRole(label: $0) }, paired: [], from: 1).isEmpty)
    }

    @Test("The group is kept on two years that print the total and both tracks, not on one")
    func twoYears() {
        let one = HiringRecord(rows: [
            .init(fiscalYear: 2023, label: "R5", planned: false, total: .init(count: 6, women: nil), administrative: .init(count: 3, women: nil),
                  technical: .init(count: 2, women: nil), other: .init(count: 1, women: nil)),
            .init(fiscalYear: 2024, label: "R6", planned: true, total: nil, administrative: .init(count: 4, women: nil), technical: nil,
                  other: .init(count: 1, women: nil)),
        ], technicalScope: nil, otherScope: "技能", page: 1)
        #expect(OtherTrackColumns.kept(one).rows.allSatisfy { $0.other == nil } && OtherTrackColumns.kept(one).otherScope == nil)
        var two = one
        two.rows[1].technical = .init(count: 2, women: nil)
        two.rows[1].total = .init(count: 7, women: nil)
        #expect(OtherTrackColumns.kept(two) == two)
    }

    @Test("A third group not decided yet leaves its year out of the sums; a total not decided yet is the tracks' and the group's")
    func undecidedGroup() throws {
        let record = try Self.hiring([
            ["年度", "事務", "技術", "技能", "計"], ["令和5年度", "9（5）", "13（2）", "7（0）", "29（7）"], ["令和6年度", "8（4）", "15（3）", "6（1）", "29（8）"],
            ["令和7年度（予定）", "10", "15", "未定", "－"], ["令和8年度（予定）", "10", "15", "8", "未定"],
        ])
        #expect(record.otherScope == "技能")
        #expect(record.rows.map { "\(Self.describe($0.other)) \(Self.describe($0.total))" } == ["7(0) 29(7)", "6(1) 29(8)", "nil nil", "8(-) 33(-)"])
    }

    @Test("A year's other group is the sum of its cells; women only when every cell with people gives them")
    func sums() {
        let five = CountWithWomen(count: 5, women: 1)
        #expect(Self.describe(OtherTrackColumns.sum([five, .init(count: 2, women: 0)])) == "7(1)")
        #expect(Self.describe(OtherTrackColumns.sum([five, .init(count: 0, women: nil)])) == "5(1)")
        #expect(Self.describe(OtherTrackColumns.sum([five, .init(count: 2, women: nil)])) == "7(-)")
        #expect(OtherTrackColumns.sum([five, nil]) == nil)
        #expect(OtherTrackColumns.scope(["技能", "保健師"]) == "技能・保健師" && OtherTrackColumns.scope([]) == nil)
    }

    @Test("The group's cells are read as the tracks' are: heads and women apart by a slash under a legend saying so")
    func slashedGroup() throws {
        let record = try #require(HiringParser().parse(L.part(.hiring, "採用実績", [
            L.block("採用者数／うち女性（人）", x: 40, y: 80),
            JobTitleTracksTests.table([
                ["年度", "事務", "技術", "技能", "計"], ["令和5年度", "9／5", "13／2", "7／0", "29／7"], ["令和6年度", "8／4", "15／3", "6／1", "29／8"],
            ]),
        ])))
        #expect(record.rows.map { Self.describe($0.other) } == ["7(0)", "6(1)"])
    }

    @Test("The cross-check adds the other group in, names it in its message, and checks its women")
    func crossCheck() {
        var sections = SectionSet()
        sections.hiring = HiringRecord(rows: [
            .init(fiscalYear: 2023, label: "令和5年度", planned: false, total: .init(count: 30, women: 7), administrative: .init(count: 9, women: 5),
                  technical: .init(count: 13, women: 2), other: .init(count: 7, women: 0)),
            .init(fiscalYear: 2024, label: "令和6年度", planned: false, total: .init(count: 29, women: 9), administrative: .init(count: 8, women: 4),
                  technical: .init(count: 15, women: 3), other: .init(count: 6, women: nil)),
            .init(fiscalYear: 2025, label: "令和7年度", planned: false, total: .init(count: 31, women: 7), administrative: .init(count: 9, women: 4),
                  technical: .init(count: 14, women: 2), other: .init(count: 8, women: 9)),
        ], technicalScope: nil, otherScope: "技能", page: 1)
        let messages = CrossChecks.run(sections).map { "\($0.code): \($0.message)" }
        #expect(messages == [
            "sum-mismatch: 令和5年度: 事務系 9 + 技術系 13 + 技能 7 ≠ 合計 30",
            "women-exceed-count: 令和7年度 other: 9 women of 8",
            "sum-mismatch: 令和7年度 women: 事務系 4 + 技術系 2 + 技能 9 ≠ 合計 7",
        ])
    }

    @Test("A brochure's `技能` column counted in `計` leaves no sum-mismatch warning")
    func inABrochure() throws {
        let document = try BrochureExtractor().extract(try PDFDocument(path: "Fixtures/holdout101/tokyo23-seisou-2026.pdf"))
        #expect(document.sections.hiring?.otherScope == "技能")
        #expect(document.sections.hiring?.rows.allSatisfy { $0.other != nil } == true)
        #expect(!document.warnings.contains { $0.code == "sum-mismatch" })
    }
}
