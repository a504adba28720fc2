import Testing

@testable import BrochureKit

/// A plan said in a status column beside the years, counts printed before their categories,
/// periods in lenticular brackets on either side of a support's name, titles in `≪≫` or
/// tagged `NEW`, schools and development offices on covers, and an issue date in English.
@Suite("Status columns and leading counts")
struct StatusColumnsAndLeadingCountsTests {
    typealias L = LooseLayoutsTests
    typealias J = JobTitleTracksTests

    /// `年度 | 区分 | 事務系 | 技術系 | 計`, the years far left of the `区分` column of `実績` / `予定`.
    static func statusTable() -> PageBuilder {
        var b = PageBuilder()
        let rows = [["年度", "区分", "事務系", "技術系", "計"], ["令和5年度", "実績", "4（1）", "3（0）", "7（1）"], ["令和6年度", "実績", "5（2）", "2（0）", "7（2）"],
                    ["令和7年度", "実績", "4（1）", "3（1）", "7（2）"], ["令和8年度", "予定", "5", "3", "8"]]
        for (r, row) in rows.enumerated() {
            for (c, text) in row.enumerated() { b.text(text, x: [55, 185.5, 265, 365, 472][c], y: 173 + Double(r) * 18, size: 9.5) }
        }
        return b
    }

    @Test("The years' column and a status column beside it are one table, not a table beside a section")
    func yearsBesideStatus() throws {
        let blocks = LayoutEngine().layout(Self.statusTable().page()).blocks
        let table = try #require(blocks.compactMap(\.table).first, "\(blocks.map { $0.lines.map(\.text) })")
        #expect(table.rows.first?.map(\.text) == ["年度", "区分", "事務系", "技術系", "計"])
        #expect(table.rows.count == 5)
    }

    @Test("A status column marks the plan: `予定` beside a year's figures, `実績` beside the past ones")
    func statusMarksPlan() throws {
        let hiring = try #require(HiringParser().parse(L.part(.hiring, "採用実績", [J.table([
            ["年度", "区分", "事務系", "技術系", "計"], ["令和6年度", "実績", "5（2）", "2（0）", "7（2）"],
            ["令和7年度", "実績", "4（1）", "3（1）", "7（2）"], ["令和8年度", "予定", "5", "3", "8"],
        ])])))
        #expect(hiring.rows.map(\.planned) == [false, false, true])
        #expect(CategoryColumnsAndPlanLinesTests.tracks(hiring.rows) == ["2024 5(2) 2(0) 7", "2025 4(1) 3(1) 7", "2026 5(-1) 3(-1) 8"])
        #expect(StatusColumn.status("予定数") == true && StatusColumn.status("実績") == false && StatusColumn.status("令和8年度予定") == nil)
        // A plan said on every row is no status column: the rows stay as their labels say.
        let all = J.table([["年度", "区分", "事務系"], ["令和7年度", "予定", "4"], ["令和8年度", "予定", "5"]]).block.table!
        #expect(StatusColumn.marked(all, years: YearLabel.carryingEra(all.rows.map { $0[0].text })) == nil)
    }

    @Test("A count column before its category's (`区分 | 採用予定数 | 職種`) is read after it")
    func countBeforeCategory() throws {
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "令和8年度の採用予定", [J.table([
            ["区分", "採用予定数", "職種", "試験"], ["事務職", "10", "警察事務", "高知県職員採用試験（大学卒業程度）"],
            ["技術職", "2", "電気", "高知県職員採用試験（大学卒業程度）"], ["", "1", "化学", ""],
        ])])))
        #expect(exam.entries.map { "\($0.track) \($0.category) \($0.count)" } == ["administrative 警察事務 10", "technical 電気 2", "technical 化学 1"])
    }

    @Test("A support's period in lenticular brackets before or after its name")
    func lenticularPeriods() {
        #expect(SupportSystem.splitPeriod("【最大3年】育児休業") == ("育児休業", "最大3年"))
        #expect(SupportSystem.splitPeriod("【通算6か月】介護休暇").name == "介護休暇")
        #expect(SupportSystem.splitPeriod("育児休業【子が3歳に達するまで】") == ("育児休業", "子が3歳に達するまで"))
        // Brackets holding no period are part of the name.
        #expect(SupportSystem.splitPeriod("育児休業【新設】").name == "育児休業【新設】")
    }

    @Test("Titles between `≪≫`, and a `NEW` tag after a Japanese title, are the title alone")
    func titleMarks() {
        #expect(TitledParagraphs.cleanTitle("≪フレックスタイム制≫") == "フレックスタイム制")
        #expect(TitledParagraphs.cleanTitle("フレックスタイム制 NEW") == "フレックスタイム制")
        #expect(TitledParagraphs.cleanTitle("テレワークNEW!") == "テレワーク")
        #expect(TitledParagraphs.cleanTitle("BRAND NEW") == "BRAND NEW")
    }

    @Test("A national college of technology and a development office name their publisher on the cover")
    func schoolAndOfficeCovers() {
        #expect(CoverTitle.name("一関工業高等専門学校") == "一関工業高等専門学校")
        #expect(CoverTitle.name("稚内開発建設部") == "稚内開発建設部")
        #expect(CoverTitle.name("総務部") == nil)
    }

    @Test("Every label form passes the year labels' prefilter; counts, names and sentences do not")
    func yearLabelPrefilter() {
        for label in ["R2", "令和元年度", "2020", "’21年度", "2026.4", "今年度", "H31", "令和3", "2021年4月採用", "R6(予定数)"] {
            #expect(YearLabel.mayName(Normalized.compact(label)) && YearLabel(label) != nil, "\(label)")
        }
        for text in ["55(20)", "事務系", "合計", "過去5年間", "R", "9（3）", "入省者数"] {
            #expect(YearLabel(text) == nil, "\(text)")
        }
        #expect(!YearLabel.mayName("55(20)") && !YearLabel.mayName("事務系") && YearLabel.mayName("過去5年間"))
    }

    @Test("An issue date in English under the cover's title", arguments: [
        ("Apr. 2026", "2026-4"), ("April 2026", "2026-4"), ("APR.2026", "2026-4"), ("Sep, 2025", "2025-9"), ("Apri 2026", nil),
        ("April. 2026", nil), ("Apr. 26", nil), ("2026", nil),
    ] as [(String, String?)])
    func englishIssueDate(text: String, expected: String?) {
        #expect(EnglishMonthYear.yearMonth(text).map { "\($0.year)-\($0.month)" } == expected)
        // The cover's lines are read compacted, spaces dropped: the edition reader takes it so too.
        #expect(EditionFinder.standalone(text.filter { $0 != " " }).map { "\($0.year)-\($0.month)" } == expected)
    }
}
