import Testing

@testable import BrochureKit

/// Figures and names printed with something beside them: a plan not decided yet (`未定`), bare
/// counts a note says have no women, a region's count beside this body's share, a qualifier
/// line under a category, a system's short name in brackets.
@Suite("Qualifiers and shares")
struct QualifiersAndSharesTests {
    typealias L = LooseLayoutsTests

    static func describe(_ value: CountWithWomen?) -> String {
        value.map { "\($0.count)(\($0.women.map(String.init) ?? "-"))" } ?? "nil"
    }

    @Test("A track's plan not decided yet is no count, and a dash total beside it is unknown")
    func undecidedPlan() throws {
        let record = try #require(HiringParser().parse(L.part(.hiring, "採用実績", [JobTitleTracksTests.table([
            ["年度", "事務", "技術", "計"], ["令和6年度", "6（3）", "12（7）", "18（10）"], ["令和7年度", "7（3）", "11（6）", "18（9）"],
            ["令和8年度（予定）", "8", "未定", "－"],
        ])])))
        #expect(record.rows.map { "\(Self.describe($0.administrative)) \(Self.describe($0.technical)) \(Self.describe($0.total))" }
            == ["6(3) 12(7) 18(10)", "7(3) 11(6) 18(9)", "8(-) nil nil"])
        #expect(["未定", "検討中", "調整中", "未確定"].allSatisfy(HiringParser.undecided) && !HiringParser.undecided("8"))
    }

    static func bareCounts(note: String) throws -> HiringRecord {
        try #require(HiringParser().parse(L.part(.hiring, "採用実績", [
            JobTitleTracksTests.table([
                ["年度", "事務", "技術", "計"], ["令和3年度", "3（1）", "4", "7（1）"], ["令和4年度", "2", "3", "5"], ["令和8年度（予定）", "3", "5", "8"],
            ]),
            L.block(note, x: 40, y: 170),
        ])))
    }

    @Test("Bare counts under a note saying the bracket is left out for no women have none; a plan's stay unknown")
    func bareCountsNote() throws {
        let record = try Self.bareCounts(note: "※（ ）内は女性の数で内数です。女性がいない場合は（ ）を省略しています。")
        #expect(record.rows.map { "\(Self.describe($0.administrative)) \(Self.describe($0.technical)) \(Self.describe($0.total))" }
            == ["3(1) 4(0) 7(1)", "2(0) 3(0) 5(0)", "3(-) 5(-) 8(-)"])
        // Without the note a year with no bracket at all says nothing of its women.
        let plain = try Self.bareCounts(note: "※（ ）内は女性の数で内数です。")
        #expect(plain.rows[1].total?.women == nil)
        #expect(BareCountsNote.saysNoWomen("※女性の採用がない年度は（ ）を省略しています。"))
        #expect(BareCountsNote.saysNoWomen("※女性0人の年度は括弧を省略。"))
        #expect(!BareCountsNote.saysNoWomen("※一部の区分は省略しています。") && !BareCountsNote.saysNoWomen("※女性がいない場合は0と表記しています。"))
        // Another sentence leaves the bracket out for another reason; a figure of women is no none.
        #expect(!BareCountsNote.saysNoWomen("※（ ）内は女性の数で内数です。令和3年度以前は男女別に集計していないため（ ）を省略しています。"))
        #expect(!BareCountsNote.saysNoWomen("※女性10人を含む（ ）内の内訳は省略しています。"))
        #expect(!BareCountsNote.saysNoWomen("※女性がいない区分は表から除いています。"))
        // Each sentence on its own: the bracket, its leaving out and the women's none in one.
        #expect(!BareCountsNote.saysNoWomen("※女性がいない年度は（ ）内を0としています。一部の区分は省略しています。"))
        #expect(!BareCountsNote.saysNoWomen("※女性がいない区分の記載は省略しています。"))
        #expect(!BareCountsNote.saysNoWomen("※女性がいない年度があります。（ ）内の内訳は省略しています。"))
        // A table that never brackets women says nothing of them.
        let unbracketed = [HiringRecord.Row(fiscalYear: 2024, label: "R6", planned: false, total: .init(count: 5, women: nil), administrative: nil, technical: nil)]
        #expect(BareCountsNote.applied(unbracketed) == unbracketed)
    }

    @Test("A region's count beside this body's share of it (`うち本学`) gives way to the share")
    func ownShare() throws {
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "試験区分", [JobTitleTracksTests.table([
            ["区分", "職種", "九州地区全体", "うち本学"], ["事務", "一般事務", "124", "8"], ["", "図書", "11", "2"], ["技術", "電気", "16", "1"],
        ])])))
        #expect(exam.entries.map { "\($0.track.rawValue) \($0.category) \($0.count)" } == ["administrative 一般事務 8", "administrative 図書 2", "technical 電気 1"])
        #expect(ExamOwnShareColumn.namesOwnShare("うち本学") && ExamOwnShareColumn.namesOwnShare("うち当機構"))
        #expect(!ExamOwnShareColumn.namesOwnShare("うち女性") && !ExamOwnShareColumn.namesOwnShare("本学") && !ExamOwnShareColumn.namesOwnShare("うち本学女性"))
        #expect(!ExamOwnShareColumn.namesOwnShare("うち本庁") && !ExamOwnShareColumn.namesOwnShare("うち本省") && !ExamOwnShareColumn.namesOwnShare("うち当年度"))
    }

    @Test("A share larger than its whole, or on one row only, is no share: the table stays as printed", arguments: [
        [["区分", "職種", "全体", "うち本学"], ["事務", "一般事務", "4", "8"], ["技術", "電気", "16", "1"]],
        [["区分", "職種", "全体", "うち本学"], ["事務", "一般事務", "4", "2"], ["技術", "電気", "－", "－"]],
        // A whole that names no region or joint exam.
        [["区分", "職種", "採用予定数", "うち本学"], ["事務", "一般事務", "4", "2"], ["技術", "電気", "3", "1"]],
    ])
    func notShare(_ rows: [[String]]) {
        let table = JobTitleTracksTests.table(rows).block.table!
        #expect(ExamOwnShareColumn.kept(table) == table)
    }

    @Test("A qualifier on its own line under a category (`薬剤師` / `（要免許）`) names nothing")
    func qualifierLine() throws {
        let layout = LayoutEngine().layout(StaggeredRowsTests.examTable().page())
        let table = try #require(layout.blocks.first { $0.kind == .table })
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "試験区分", [(1, table)])))
        #expect(exam.entries.map { "\($0.category) \($0.count)" } == ["一般事務 4", "薬剤師 3", "臨床検査技師 2", "診療放射線技師 2", "理学療法士 2"])
    }

    @Test("A bracketed line with a count of its own and no name left level with it is a category")
    func bracketedCategory() throws {
        var b = StaggeredRowsTests.headed()
        let cells: [(String, Double, Double)] = [
            ("事務", 40, 120), ("一般事務", 120, 120), ("（障害者選考）", 120, 131), ("4名", 220, 120), ("1名", 220, 131), ("図書", 120, 150), ("2名", 220, 150),
        ]
        for (text, x, y) in cells { b.text(text, x: x, y: y) }
        let layout = LayoutEngine().layout(b.page())
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "試験区分", layout.blocks.map { (1, $0) })))
        #expect(exam.entries.map { "\($0.category) \($0.count)" } == ["一般事務 4", "(障害者選考) 1", "図書 2"])
    }

    @Test("A system's short name in brackets after its name is no part of it", arguments: [
        ("育児休業（育休）（子が3歳に達するまで）", "育児休業", "子が3歳に達するまで"), ("育児短時間勤務（時短）", "育児短時間勤務", nil),
        ("育児休業（男性）", "育児休業(男性)", nil), ("介護休暇（介護休暇制度）", "介護休暇(介護休暇制度)", nil), ("休暇（休暇）", "休暇(休暇)", nil),
        ("産前産後休暇（産後）", "産前産後休暇(産後)", nil), ("早出遅出勤務（早出）", "早出遅出勤務(早出)", nil), ("育児休業（児）", "育児休業(児)", nil),
        ("子の看護等休暇取得制度（子看護休暇）", "子の看護等休暇取得制度(子看護休暇)", nil), ("夏季休暇（休暇夏季）", "夏季休暇(休暇夏季)", nil),
    ] as [(String, String, String?)])
    func shortNames(_ title: String, _ name: String, _ period: String?) {
        let split = SupportSystem.splitPeriod(title)
        #expect(split.name == name && split.period == period)
    }

    @Test("Days are left out of a cohort's dates, and a `付` after them", arguments: [
        ("令和7年4月1日付採用者", "令和7年4月採用者"), ("令和7年4月10日付け採用者", "令和7年4月採用者"), ("4月1日~3月31日", "4月~3月"),
        ("12月123日", "12月123日"), ("毎月日曜", "毎月日曜"),
    ])
    func withoutDays(_ text: String, _ expected: String) {
        #expect(AssignmentsParser.withoutDays(text) == expected)
    }

    @Test("A cohort named by days joins in one fiscal year; a range across two names none", arguments: [
        ("令和7年4月1日付採用者の配属先", 2025), ("令和6年10月1日～令和7年4月1日採用者", nil), ("令和7年4月1日～令和8年3月31日採用者", 2025),
        ("令和7年4月1日採用者（令和8年4月1日現在）", 2025),
    ] as [(String, Int?)])
    func datedCohorts(_ text: String, _ year: Int?) {
        #expect(AssignmentsParser.cohortYear(in: text) == year)
    }
}
