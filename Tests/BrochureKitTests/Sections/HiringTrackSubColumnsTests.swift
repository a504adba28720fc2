import Testing

@testable import BrochureKit

/// Each track's header cell over a group of sub-columns: a plan and an actual column, or job
/// classes that add up to the track (`TrackSubColumnGroups`).
@Suite("Hiring: sub-columns grouped under each track")
struct HiringTrackSubColumnsTests {
    typealias H = HiringParserTests

    @Test("A year reads its actual column, a planned year its plan column; past plans are not read")
    func planBesideActual() throws {
        let record = try #require(HiringParser().parse(H.part([
            ["年度", "事務職", "", "技術職", "", "計", ""],
            ["", "採用予定数", "採用者数", "採用予定数", "採用者数", "採用予定数", "採用者数"],
            ["令和5年度", "30", "28（11）", "12", "14（4）", "42", "42（15）"],
            ["令和6年度", "31", "33（15）", "12", "11（2）", "43", "44（17）"],
            ["令和7年度（予定）", "35", "－", "15", "－", "50", "－"],
        ], header: 2)))
        #expect(H.read(record) == ["2023 42/15 28/11 14/4", "2024 44/17 33/15 11/2", "2025p 50/- 35/- 15/-"])
    }

    @Test("The last row with every actual cell a dash reads its plan, the plan column first or last")
    func unhiredLastRow() throws {
        let record = try #require(HiringParser().parse(H.part([
            ["年度", "事務系", "", "技術系", ""],
            ["", "採用数", "募集人数", "採用数", "募集人数"],
            ["2023年度", "9", "8", "4", "5"],
            ["2024年度", "7", "7", "6", "5"],
            ["2025年度", "－", "10", "－", "6"],
        ], header: 2)))
        #expect(H.read(record).suffix(2) == ["2024 13/- 7/- 6/-", "2025 16/- 10/- 6/-"])
    }

    @Test("Class sub-columns under a track with no track total add up to the track, and the totals check")
    func classesAddUp() throws {
        let record = try #require(HiringParser().parse(H.part([
            ["", "事務系", "", "技術系", "", ""],
            ["年度", "総合職", "一般職", "総合職", "一般職", "計"],
            ["令和5年度", "2", "5", "1", "－", "8（3）"],
            ["令和6年度", "1", "6", "2", "2", "11（5）"],
            ["令和7年度（予定）", "2", "6", "1", "2", "11"],
        ], header: 2)))
        #expect(H.read(record) == ["2023 8/3 7/- 1/-", "2024 11/5 7/- 4/-", "2025p 11/- 8/- 3/-"])
        var sections = SectionSet()
        sections.hiring = record
        #expect(!CrossChecks.run(sections).contains { $0.code == "sum-mismatch" })
    }

    @Test("Women in every class cell add up too; levels group like classes")
    func classWomenAddUp() throws {
        let record = try #require(HiringParser().parse(H.part([
            ["年度", "事務職", "", "技術職", "", "合計"],
            ["", "大卒", "高卒", "大卒", "高卒", ""],
            ["2023年度", "10（4）", "3（1）", "6（1）", "2（0）", "21（6）"],
            ["2024年度", "12（5）", "2（2）", "5（2）", "1（0）", "20（9）"],
        ], header: 2)))
        #expect(H.read(record) == ["2023 21/6 13/5 8/1", "2024 20/9 14/7 6/2"])
    }
}
