import Testing

@testable import BrochureKit

/// Hiring counts by exam category or by a track split by field, the era in a column of its
/// own, a plan told in a labelled line, a bracketed plan mark glossed by a note, an exam
/// year over its intake, and the stops, names and offices a route, a cover, a support item
/// and a contact sentence print.
@Suite("Category columns, plan lines and their kin")
struct CategoryColumnsAndPlanLinesTests {
    typealias L = LooseLayoutsTests
    typealias J = JobTitleTracksTests

    static func tracks(_ rows: [HiringRecord.Row]) -> [String] {
        rows.map { "\($0.fiscalYear) \($0.administrative?.count ?? -1)(\($0.administrative?.women ?? -1)) \($0.technical?.count ?? -1)(\($0.technical?.women ?? -1)) \($0.total?.count ?? -1)" }
    }

    @Test("Columns named by exam category add up per track: 行政 is administrative, 機械 and 電気・電子 technical")
    func categoryColumns() throws {
        let hiring = try #require(HiringParser().parse(L.part(.hiring, "採用実績", [J.table([
            ["年度", "行政", "機械", "電気・電子", "計"], ["令和3年度", "9（4）", "3（0）", "2（1）", "14（5）"],
            ["令和4年度", "8（3）", "2（1）", "2（0）", "12（4）"], ["令和5年度（予定）", "12", "3", "2", "17"],
        ])])))
        #expect(Self.tracks(hiring.rows) == ["2021 9(4) 5(1) 14", "2022 8(3) 4(1) 12", "2023 12(-1) 5(-1) 17"])
        #expect(hiring.technicalScope == nil)
    }

    @Test("A track split by field (`技術職（土木） | 技術職（設備）`) is the sum of its columns")
    func splitTrack() throws {
        let hiring = try #require(HiringParser().parse(L.part(.hiring, "採用実績", [J.table([
            ["年度", "事務職", "技術職（土木）", "技術職（設備）", "計"], ["令和3年度", "2（1）", "2（0）", "1（0）", "5（1）"],
            ["令和4年度", "1（1）", "1（0）", "1（1）", "3（2）"],
        ])])))
        #expect(Self.tracks(hiring.rows) == ["2021 2(1) 3(0) 5", "2022 1(1) 2(1) 3"])
    }

    @Test("Columns that do not add up to the total, a women's column and job classes are left as they are", arguments: [
        [["年度", "行政", "機械", "計"], ["令和3年度", "9", "3", "13"], ["令和4年度", "8", "2", "10"]],
        [["年度", "事務職", "うち女性", "技術職（土木）", "技術職（設備）", "計"], ["令和3年度", "2", "1", "2", "1", "5"], ["令和4年度", "1", "1", "1", "1", "3"]],
        [["年度", "総合職", "一般職", "計"], ["令和3年度", "2", "3", "5"], ["令和4年度", "1", "2", "3"]],
        // A licensed profession beside the column naming its track is a kind apart, no part of it.
        [["年度", "一般事務", "技術", "保健師", "計"], ["令和3年度", "2（1）", "1（0）", "1（1）", "4（2）"], ["令和4年度", "3（1）", "0（0）", "0（0）", "3（1）"]],
    ])
    func notFolded(_ rows: [[String]]) {
        let table = J.table(rows).block.table!
        #expect(CategoryCountColumns.folded(table, yearRows: [1, 2], headerRows: 1) == nil)
    }

    @Test("The era said once, in a column of its own beside bare years, is every year's")
    func eraColumn() throws {
        let hiring = try #require(HiringParser().parse(L.part(.hiring, "採用実績", [J.table([
            ["年度", "", "事務職員", "技術職員", "計"], ["令和", "3年度", "4（2）", "1（0）", "5（2）"], ["", "4年度", "3（2）", "2（1）", "5（3）"],
            ["", "5年度", "5（3）", "1（0）", "6（3）"], ["", "6年度（予定）", "4", "2", "6"],
        ])])))
        #expect(hiring.rows.map { "\($0.fiscalYear) \($0.label) \($0.planned) \($0.total?.count ?? -1)" }
            == ["2021 3年度 false 5", "2022 4年度 false 5", "2023 5年度 false 6", "2024 6年度 true 6"])
        // Two eras, or a label in the column, are no era said once.
        let twice = J.table([["年度", "", "事務"], ["令和", "3年度", "1"], ["平成", "4年度", "1"], ["", "5年度", "1"]]).block.table!
        #expect(EraSaidOnce.foldingEraColumn(twice).era == nil)
    }

    @Test("A plan told in a labelled line under the table is the planned row; its bracketed total must be the sum")
    func labelledPlanLine() throws {
        func line(_ text: String) -> [TextLine] { [TextLine(text: text, box: Rect(x0: 40, y0: 300, x1: 400, y1: 309), fontSize: 9, isBold: false, orientation: .horizontal)] }
        let row = try #require(PlannedSentence.labelledRow(in: line("令和8年度採用予定数：事務系28名・技術系2名（計30名）"), after: 2025, page: 1))
        #expect("\(row.fiscalYear) \(row.planned) \(row.administrative?.count ?? -1) \(row.technical?.count ?? -1) \(row.total?.count ?? -1)" == "2026 true 28 2 30")
        #expect(row.total?.women == nil)
        #expect(PlannedSentence.labelledRow(in: line("令和8年度採用予定数：事務系28名・技術系2名（計31名）"), after: 2025, page: 1) == nil)
        #expect(PlannedSentence.labelledRow(in: line("令和8年度採用予定数：事務系28名・技術系2名"), after: 2026, page: 1) == nil)
        #expect(PlannedSentence.labelledRow(in: line("令和8年度採用者数：事務系28名・技術系2名"), after: 2025, page: 1) == nil)
    }

    @Test("A bracketed mark a note's sentence glosses as planned marks its year planned; an empty bracket glosses nothing")
    func bracketMark() throws {
        #expect(MarkedPlanLabels.plannedBrackets("※（）内は女性の数で内数です。（予）は採用予定数です。") == ["(予)"])
        #expect(MarkedPlanLabels.plannedBrackets("※（）内は女性の数で内数です。").isEmpty)
        #expect(MarkedPlanLabels.plannedBrackets("（再）は再任用職員の数です。").isEmpty)
        let part = L.part(.hiring, "採用実績", [
            J.table([["年度", "事務職", "技術職", "計"], ["令和7年度", "2（1）", "2（0）", "4（1）"], ["令和8年度（予）", "2", "1", "3"]]),
            L.block("※（）内は女性の数で内数です。（予）は採用予定数です。", x: 40, y: 200),
        ])
        #expect(MarkedPlanLabels.bracketYears(in: part) == [2026])
        #expect(try #require(HiringParser().parse(part)).rows.map(\.planned) == [false, true])
    }

    @Test("An exam's year with its intake in brackets is the intake's row", arguments: [
        ("令和2年度実施（令和3年4月採用）", 2021, false), ("令和7年度実施（令和8年4月採用予定）", 2026, true),
    ])
    func examYearOverIntake(_ text: String, _ year: Int, _ planned: Bool) throws {
        let label = try #require(YearLabel(text))
        #expect(label.fiscalYear == year && label.planned == planned)
        #expect(YearLabel.intakeAfterExam("令和2年度実施(説明会)") == nil)
    }

    @Test("A bus centre opens a route as a terminal; an operator's Latin initials open one as JR does")
    func terminalsAndInitials() throws {
        #expect(TerminalStop.marked("広島バスセンターから徒歩約10分") == "『広島バスセンター』から徒歩約10分")
        #expect(TerminalStop.marked("バスセンターから徒歩約10分") == "バスセンターから徒歩約10分")
        let route = try #require(BareStation.route(["MR佐世保中央駅から徒歩約5分"], start: nil))
        #expect(route.station == "佐世保中央" && route.walkMinutes == 5)
        #expect(BareStation.afterLatinOperator("Mr佐世保") == nil && BareStation.afterLatinOperator("ABCDEF佐世保") == nil)
        let initials: Substring = "IGR盛岡"
        #expect(BareStation.afterLatinOperator("YRP") == nil && BareStation.afterLatinOperator(initials).map { initials[$0...] } == "盛岡")
    }

    @Test("A cover naming its body and the offices under it (`熊本国税局・税務署`) names the body")
    func bodyAndOffices() {
        #expect(CoverTitle.nameBeforeOffices("熊本国税局・税務署") == "熊本国税局")
        #expect(CoverTitle.nameBeforeOffices("熊本国税局・大分税務署") == nil)
        #expect(CoverTitle.nameBeforeOffices("税務署") == nil)
    }

    @Test("A support item's name in lenticular brackets, its period run on after them")
    func lenticularName() {
        let child = SupportSystem.splitPeriod("【育児休業】子が3歳に達するまで")
        #expect(child.name == "育児休業" && child.period == "子が3歳に達するまで")
        let care = SupportSystem.splitPeriod("【介護休暇】")
        #expect(care.name == "介護休暇" && care.period == nil)
        #expect(SupportSystem.splitPeriod("【重要】制度の概要").name == "【重要】制度の概要")
        // A field's label is no name: the line is a period under its item's name.
        #expect(SupportSystem.splitPeriod("【期間】子が3歳になるまで").period == nil)
    }

    @Test("A sentence sending the reader to an office names the office; other sentences do not")
    func officeSentence() throws {
        #expect(ContactsParser.officeInSentence("採用に関するお問い合わせは、遠野市総務部総務課人事研修係までお寄せください。") == "遠野市総務部総務課人事研修係")
        #expect(ContactsParser.officeInSentence("受付は17時までです。") == nil)
        let contact = try #require(ContactsParser.contact(
            label: "お問い合わせ", lines: ["採用に関するお問い合わせは、遠野市総務部総務課人事研修係までお寄せください。", "電話は0198-62-2111、メールはjinji@city.tono.iwate.jpで受け付けています。"],
            page: 2, box: Rect(x0: 40, y0: 100, x1: 400, y1: 130)))
        #expect(contact.office == "遠野市総務部総務課人事研修係")
    }
}
