import Testing

@testable import BrochureKit

/// Women only in the total's brackets (`計（うち女性）`), years as `令和3`, counts of two kinds
/// added up (`2＋1（1）`), titles run into their text, support names before a colon or a
/// slash, `その1` numbers, routes told in sentences, and a regional office under its agency.
@Suite("Run-in titles, summed counts and told routes")
struct RunInTitlesAndSummedCountsTests {
    typealias L = LooseLayoutsTests
    typealias J = JobTitleTracksTests
    typealias C = CardsRibbonsAndGlossesTests

    @Test("A total headed `計（うち女性）` gives the women in its own brackets; the tracks' bare counts have none")
    func womenInTotal() throws {
        let hiring = try #require(HiringParser().parse(L.part(.hiring, "採用実績", [J.table([
            ["年度", "事務系", "技術系", "計（うち女性）"], ["令和3年度", "5", "2", "7（3）"], ["令和4年度", "4", "3", "7（2）"],
        ])])))
        #expect(CategoryColumnsAndPlanLinesTests.tracks(hiring.rows) == ["2021 5(-1) 2(-1) 7", "2022 4(-1) 3(-1) 7"])
        #expect(hiring.rows.map { $0.total?.women ?? -1 } == [3, 2])
        #expect(ColumnRole(label: "計（うち女性）") == .total && ColumnRole.womenNote("(うち女性)") == nil)
    }

    @Test("An era and its year without 年度 is a year label, as `R3` is", arguments: [
        ("令和3", 2021, false), ("令和8（予定）", 2026, true), ("平成30", 2018, false),
    ])
    func eraAndNumber(_ text: String, _ year: Int, _ planned: Bool) throws {
        let label = try #require(YearLabel(text))
        #expect(label.fiscalYear == year && label.planned == planned)
        #expect(YearLabel("令和") == nil && YearLabel("令和123") == nil)
    }

    @Test("A title run into its text after a colon on a marked line is one item")
    func runInTitle() throws {
        #expect(TitledParagraphs.runInTitle("◆ノー残業デー：毎週水曜日は定時退庁を呼びかけています。")?.title == "ノー残業デー")
        #expect(TitledParagraphs.runInTitle("◆育児休業：子が3歳に達するまで") == nil)
        #expect(TitledParagraphs.runInTitle("期間：毎週水曜日です。") == nil)
        let items = TitledParagraphs().split(L.part(.initiatives, "働きやすい職場づくり", [
            C.block(["◆ノー残業デー：毎週水曜日は定時退庁を呼びかけています。", "◆テレワーク：在宅勤務を月8日まで利用できます。"], x: 40, y: 100, size: 9),
        ]))
        #expect(items.map(\.title) == ["ノー残業デー", "テレワーク"] && items.map(\.text) == ["毎週水曜日は定時退庁を呼びかけています。", "在宅勤務を月8日まで利用できます。"])
    }

    @Test("Support names before a colon or a slash, each over its text in one block; a field or a bulleted list is no such name")
    func supportNamesAtSeparator() throws {
        #expect(SupportSystem.splitAtSeparator("育児休業/子が3歳に達するまで")?.name == "育児休業")
        #expect(SupportSystem.splitAtSeparator("期間:年5日") == nil && SupportSystem.splitAtSeparator("育児休業:男女とも") == nil)
        let items = TitledParagraphs().split(L.part(.supportSystems, "両立支援制度", [
            C.block(["育児休業／子が3歳に達するまで", "男女とも取得できます。", "介護休暇／通算6か月", "3回まで分けて取得できます。"], x: 40, y: 100, size: 9),
        ]))
        #expect(items.map(\.title) == ["育児休業/子が3歳に達するまで", "介護休暇/通算6か月"])
        guard case .supportSystems(let systems) = ParsedPart(L.part(.supportSystems, "両立支援制度", [
            C.block(["育児休業／子が3歳に達するまで", "男女とも取得できます。", "介護休暇／通算6か月", "3回まで分けて取得できます。"], x: 40, y: 100, size: 9),
        ])) else {
            Issue.record("not read as support systems")
            return
        }
        #expect(systems.map(\.name) == ["育児休業", "介護休暇"])
        let listed = TitledParagraphs().split(L.part(.supportSystems, "両立支援制度", [
            C.block(["子育て", "・育児休業：子が3歳に達するまで", "・部分休業：1日2時間まで"], x: 40, y: 100, size: 9),
        ]))
        #expect(listed.map(\.title) == ["子育て"])
    }

    @Test("An item's number in words (`その1`) set apart from its title is a marker")
    func numberInWords() {
        #expect(TitledParagraphs.isBareMarker(L.block("その1", x: 40, y: 100).block))
        #expect(!TitledParagraphs.isBareMarker(L.block("その他", x: 40, y: 100).block))
    }

    @Test("Routes told in a sentence: a line's name before `の`, a bus stop in 「」 opening its own clause, the way from the office to the station")
    func toldRoutes() throws {
        let first = try #require(BareStation.route(["当局へは、JR奥羽本線の秋田駅から徒歩で約10分、"], start: nil))
        #expect(first.station == "秋田" && first.lines == ["奥羽本線"] && first.walkMinutes == 10)
        #expect(QuotedStation.marked("秋田中央交通バスの「中通一丁目」バス停から徒歩で約3分です。") == "秋田中央交通バスの『中通一丁目』バス停から徒歩で約3分です。")
        #expect(QuotedStation.marked("JR町田駅からバス「市役所前」バス停から徒歩3分") == "JR町田駅からバス「市役所前」バス停から徒歩3分")
        let office = try #require(BareStation.route(["市役所から桜町駅までは徒歩約10分です。"], start: nil))
        #expect(office.station == "桜町" && office.walkMinutes == 10)
    }

    @Test("A sentence's category may take `で` before its count")
    func categoryWithDe() {
        let items = ExamSentence.items(in: "採用は、一般職試験(大卒程度試験)の合格者から行います。事務系は行政区分で5名、技術系は電気・電子・情報区分で2名、機械区分で1名を採用する予定です。")
        #expect(items.map { "\($0.track) \($0.category) \($0.count)" } == ["administrative 行政 5", "technical 電気・電子・情報 2", "technical 機械 1"])
    }

    @Test("A regional office named on the cover under its agency publishes its own brochure, end to end")
    func regionalOffice() throws {
        let document = try BrochureExtractor().extract(try PDFDocument(path: "Fixtures/holdout72/tohoku-shinrin-2026.pdf"))
        #expect(document.organization == "東北森林管理局")
    }
}
