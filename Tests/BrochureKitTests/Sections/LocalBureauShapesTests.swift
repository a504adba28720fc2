import Testing

@testable import BrochureKit

/// Shapes of holdout96/97: a hiring table telling each year's tracks in one cell beside its
/// total (`事務4（2）・技術6（1）`), a `（目標）` year, exam counts split by sitting and summed
/// (`A日程 | B日程 | 計`), a station quoted with its stop word (`「大館駅」`), figures inside a
/// station's name (`西18丁目`) and a Sapporo address (`北2条西18丁目`).
@Suite("Hiring, exams and access of holdout96/97")
struct LocalBureauShapesTests {
    typealias L = LooseLayoutsTests
    typealias H = HiringParserTests

    static let breakdown = [
        ["年度", "採用者数", "内訳"], ["令和3年度", "10（3）", "事務4（2）・技術6（1）"], ["令和4年度", "10（3）", "事務3（1）・技術7（2）"],
        ["令和8年度（目標）", "11", "事務4・技術7"],
    ]

    @Test("A cell naming each track's count is one column per track; the column of their sums is the total; a target year is planned")
    func breakdownColumn() throws {
        let record = try #require(HiringParser().parse(L.part(.hiring, "採用実績", [JobTitleTracksTests.table(Self.breakdown)])))
        #expect(H.read(record) == ["2021 10/3 4/2 6/1", "2022 10/3 3/1 7/2", "2026p 11/- 4/- 7/-"])
        // The women said in the total alone stay the total's.
        let bare = try #require(HiringParser().parse(L.part(.hiring, "採用実績", [JobTitleTracksTests.table([
            ["年度", "採用者数", "内訳"], ["令和3年度", "10（3）", "事務4・技術6"], ["令和4年度", "11（4）", "事務5・技術6"],
        ])])))
        #expect(H.read(bare) == ["2021 10/3 4/- 6/-", "2022 11/4 5/- 6/-"])
    }

    @Test("Parts naming no tracks, other tracks on some row, or one part: no breakdown")
    func notBreakdown() {
        #expect(TrackBreakdownColumn.parts(of: "事務4（2）・技術6（1）")?.map { "\($0.label) \($0.count)" } == ["事務 4(2)", "技術 6(1)"])
        #expect(TrackBreakdownColumn.parts(of: "事務4（2）") == nil)
        #expect(TrackBreakdownColumn.parts(of: "事務4名・技術6名")?.map { "\($0.label) \($0.count)" } == ["事務 4名", "技術 6名"])
        #expect(TrackBreakdownColumn.parts(of: "総務課・経理課") == nil)
        var other = Self.breakdown
        other[2][2] = "技術7（2）・事務3（1）"
        let table = JobTitleTracksTests.table(other).block.table!
        #expect(TrackBreakdownColumn.expanded(table).columns.count == table.columns.count)
        var units = Self.breakdown
        for r in 1..<units.count { units[r][2] = "本庁\(r)・支所\(r)" }
        let unitTable = JobTitleTracksTests.table(units).block.table!
        #expect(TrackBreakdownColumn.expanded(unitTable).columns.count == unitTable.columns.count)
    }

    static let sittings = [
        ["区分", "職種", "A日程", "B日程", "計"], ["事務職", "一般行政", "6", "4", "10"], ["", "社会福祉", "1", "1", "2"],
        ["技術職", "土木", "2", "1", "3"], ["", "電気", "－", "1", "1"],
    ]

    @Test("Counts split by sitting and summed: each category's count is the sum")
    func sittingsSummed() throws {
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "試験区分", [JobTitleTracksTests.table(Self.sittings)])))
        #expect(exam.entries.map { "\($0.category) \($0.count)" } == ["一般行政 10", "社会福祉 2", "土木 3", "電気 1"])
    }

    @Test("Columns before a 計 that do not add up to it are no parts")
    func sittingsNotSummed() {
        var rows = Self.sittings
        rows[2][4] = "3"
        let table = JobTitleTracksTests.table(rows).block.table!
        #expect(ExamSumColumn.summed(table).columns.count == table.columns.count)
        #expect(ExamSumColumn.summed(JobTitleTracksTests.table(Self.sittings).block.table!).columns.count == 3)
        // Categories across, tracks down: the categories add up to the total, but are no sittings.
        let across = JobTitleTracksTests.table([
            ["職種", "行政事務", "社会福祉", "土木", "計"], ["事務職", "130", "18", "－", "148"], ["技術職", "－", "－", "35", "35"],
        ]).block.table!
        #expect(ExamSumColumn.summed(across).columns.count == across.columns.count)
        // Years side by side are cohorts, not sittings.
        var years = Self.sittings
        (years[0][2], years[0][3]) = ("令和6年度", "令和7年度")
        let yearTable = JobTitleTracksTests.table(years).block.table!
        #expect(ExamSumColumn.summed(yearTable).columns.count == yearTable.columns.count)
    }

    @Test("Places offered (`募集人員`) head a count column")
    func peopleOffered() {
        #expect(ExamCellLines.namesCount("募集人員"))
        #expect(!ExamCellLines.namesCount("職員"))
    }

    @Test("A station quoted with its stop word after a line's name is the route's; a bus's destination is not", arguments: [
        ("JR奥羽本線「大館駅」から徒歩約25分", "JR奥羽本線『大館』駅から徒歩約25分"), ("市営バス「町田駅」行きで10分", "市営バス「町田駅」行きで10分"),
        ("JR奥羽本線「大館駅」行きバス", "JR奥羽本線「大館駅」行きバス"), ("タクシーで「大館駅」から約10分", "タクシーで「大館駅」から約10分"),
    ])
    func quotedWithStopWord(text: String, marked: String) {
        #expect(QuotedStation.marked(text) == marked)
    }

    @Test("Figures inside a station's name are part of it; a Sapporo street's 条 is the address's")
    func figuresInName() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒060-0002 北海道札幌市中央区北2条西18丁目2番地", x: 40, y: 100),
            L.block("札幌市営地下鉄東西線西18丁目駅から徒歩約5分", x: 40, y: 124),
        ])))
        #expect(access.address == "北海道札幌市中央区北2条西18丁目2番地")
        #expect(access.building == nil)
        #expect(access.routes.map(\.station) == ["西18丁目"])
        let text = "徒歩5分駅"
        #expect(BareStation.nameStart(in: text, before: text.index(text.startIndex, offsetBy: 4)) == text.index(text.startIndex, offsetBy: 3))
        let opening = "、18丁目駅"
        #expect(BareStation.nameStart(in: opening, before: opening.index(opening.startIndex, offsetBy: 5)) == opening.index(opening.startIndex, offsetBy: 3))
    }
}
