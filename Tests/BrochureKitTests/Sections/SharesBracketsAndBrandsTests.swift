import Testing

@testable import BrochureKit

/// Women's shares in a count's brackets, counts in brackets under a header declaring them,
/// a cohort named by its exam's year, items lettered in kana or filed under a category,
/// two stations joined in one route, and covers led by a brand or a regional office.
@Suite("Shares, bracketed counts and brands")
struct SharesBracketsAndBrandsTests {
    typealias L = LooseLayoutsTests
    typealias J = JobTitleTracksTests

    @Test("A share in a count's brackets (`5（60%）`) counts no women")
    func shareInBrackets() throws {
        let hiring = try #require(HiringParser().parse(L.part(.hiring, "採用実績", [J.table([
            ["年度", "事務職員", "技術職員", "計"], ["令和6年度", "5（40%）", "1（100%）", "6（50%）"], ["令和7年度", "4（75%）", "2（0%）", "6（50%）"],
        ])])))
        #expect(CategoryColumnsAndPlanLinesTests.tracks(hiring.rows) == ["2024 5(-1) 1(-1) 6", "2025 4(-1) 2(-1) 6"])
        #expect(HiringParser.asPrinted("5(2)").women == 2)
    }

    @Test("Counts in brackets after their categories, under a header declaring them, a row left under the table included")
    func bracketedCounts() throws {
        #expect(ExamBracketCounts.counted("事務(4)") == "事務:4名" && ExamBracketCounts.counted("事務(大卒)") == nil && ExamBracketCounts.counted("(4)") == nil)
        let table = J.table([
            ["区分", "試験", "採用予定職種（人数）"], ["事務職員", "大学等職員採用試験（東北地区）", "事務（4）"], ["技術職員", "大学等職員採用試験（東北地区）", "電気（1）"],
        ])
        let exam = try #require(ExamBreakdownParser().parse(L.part(.examBreakdown, "採用予定", [table, L.block("機械（1）", x: 310, y: 200)])))
        #expect(exam.entries.map { "\($0.track) \($0.level) \($0.category) \($0.count)" }
            == ["administrative undergraduate 事務 4", "technical undergraduate 電気 1", "technical undergraduate 機械 1"])
        // Without the header's declaration a bracket says something else.
        let undeclared = J.table([["区分", "試験", "職種"], ["事務職員", "大学等職員採用試験", "事務（4）"], ["技術職員", "大学等職員採用試験", "電気（1）"]])
        #expect(!ExamBracketCounts.declared(in: [undeclared]))
    }

    @Test("A cohort named by the year of the exam it passed is the next fiscal year's")
    func examCohort() {
        #expect(AssignmentsParser.cohortYear(in: "令和6年度試験合格者の配属先（単位：人）") == 2025)
        #expect(AssignmentsParser.cohortYear(in: "令和7年度採用者の配属先") == 2025)
    }

    @Test("Items lettered in kana in brackets, and support items filed under a category in 【】")
    func letteredAndFiled() {
        #expect(TitledParagraphs.cleanTitle("（ア）テレワーク") == "テレワーク" && TitledParagraphs.cleanTitle("(a)フレックス") == "フレックス")
        #expect(TitledParagraphs.cleanTitle("(アイ)テレワーク") == "(アイ)テレワーク")
        #expect(SupportSystem.splitPeriod("【育児】育児休業（子が3歳に達するまで）").name == "育児休業")
        #expect(SupportSystem.splitPeriod("【育児】子の看護休暇（年5日）").name == "子の看護休暇")
        #expect(SupportSystem.splitPeriod("【介護休暇】通算6か月").name == "介護休暇")
    }

    @Test("Two stations of two operators joined by `・` before one way on are a route each; a tram's brand names its line")
    func joinedStations() throws {
        #expect(AccessParser.joinedStations("JR札幌駅・地下鉄さっぽろ駅から徒歩約5分") == ["JR札幌駅から徒歩約5分", "地下鉄さっぽろ駅から徒歩約5分"])
        #expect(AccessParser.joinedStations("丸ノ内線・日比谷線霞ケ関駅から徒歩3分") == ["丸ノ内線・日比谷線霞ケ関駅から徒歩3分"])
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒060-0808 北海道札幌市北区北8条西2丁目1番1", x: 40, y: 100), L.block("JR札幌駅・地下鉄さっぽろ駅から徒歩約5分", x: 40, y: 112),
        ])))
        #expect(access.routes.map { "\($0.station) \($0.walkMinutes ?? -1)" } == ["札幌 5", "さっぽろ 5"])
        let tram = try #require(BareStation.route(["ニュートラムトレードセンター前駅から徒歩約5分"], start: nil))
        #expect(tram.station == "トレードセンター前")
    }

    @Test("A cover led by a brand, or by a regional office of the agency whose ministry's domain it mails from, names that body, end to end", arguments: [
        ("holdout75/ube-kotsu-2026", "宇部市交通局"), ("holdout74/osaka-immigration-2026", "大阪出入国在留管理局"),
    ])
    func covers(_ file: String, _ expected: String) throws {
        let document = try BrochureExtractor().extract(try PDFDocument(path: "Fixtures/\(file).pdf"))
        #expect(document.organization == expected)
    }
}
