import Testing
@testable import BrochureKit

/// Every number-bearing string of the seed page (shared/seeds/000_fa34dcc897e457be.txt,
/// 総務省 recruitment brochure), copied verbatim, with what each must become.
@Suite("Seed page 000_fa34dcc897e457be")
struct SeedPageTests {
    static let normalizedLines: [(String, String)] = [
        (" ワークライフバランス Work‒life balance", " ワークライフバランス Work‒life balance"),
        ("総合職事務系   大臣官房秘書課（中央合同庁舎２号館７階）", "総合職事務系   大臣官房秘書課(中央合同庁舎2号館7階)"),
        ("　　　　　　　【TEL】03-5253-5069（直通）　03-5253-5072（直通）", "       【TEL】03-5253-5069(直通) 03-5253-5072(直通)"),
        ("東京都千代田区霞が関２-１-２ 合同庁舎２号館", "東京都千代田区霞が関2-1-2 合同庁舎2号館"),
        ("地下鉄 有楽町線『桜田門』駅下車 徒歩約３分 ", "地下鉄 有楽町線『桜田門』駅下車 徒歩約3分 "),
        ("とおりです。（令和6年3月現在）", "とおりです。(令和6年3月現在)"),
        ("過去５年間の入省者（総合職）は以下のとおりです。 ", "過去5年間の入省者(総合職)は以下のとおりです。 "),
        ("※（　）内は女性の人数です。（内数）", "※( )内は女性の人数です。(内数)"),
        ("55（17）R6", "55(17)R6"), ("法律：6名、経済：1名、", "法律:6名、経済:1名、"), ("政治・国際:6名、", "政治・国際:6名、"),
        ("多面観察（360度評価）", "多面観察(360度評価)"),
        ("ションを活性化させるため、1on1ミーティ", "ションを活性化させるため、1on1ミーティ"),
        ("デジタル：1名、教養：26名", "デジタル:1名、教養:26名"), ("工学：1名、デジタル：3名、", "工学:1名、デジタル:3名、"),
        ("丸ノ内線・日比谷線・千代田線『霞ヶ関』駅下車", "丸ノ内線・日比谷線・千代田線『霞ヶ関』駅下車"), ("A２出口", "A2出口"),
        ("毎年７月から９月の３ヶ月間、働き方改革", "毎年7月から9月の3ヶ月間、働き方改革"),
        ("６週間以内（多胎妊娠の場合には14週間）に出産予定の", "6週間以内(多胎妊娠の場合には14週間)に出産予定の"),
        ("は出産の翌日から８週間を経過するまで（産後６週間を経", "は出産の翌日から8週間を経過するまで(産後6週間を経"),
        ("こどもが３歳になるまで、一定期間、夫婦ともに育児休業す", "こどもが3歳になるまで、一定期間、夫婦ともに育児休業す"),
        ("得可能な休暇（２日）及び妻の産前・産後休暇中に子の養", "得可能な休暇(2日)及び妻の産前・産後休暇中に子の養"),
        ("育を行う男性が取得可能な休暇（５日）。", "育を行う男性が取得可能な休暇(5日)。"),
        ("が通算して６月以内の期間（３月まで分割可）で取得可能", "が通算して6月以内の期間(3月まで分割可)で取得可能"),
        ("を身につけるための新規採用職員研修を約１ヶ月にわたり行っています。", "を身につけるための新規採用職員研修を約1ヶ月にわたり行っています。"),
        ("イギリス等の大学院に約１～２年間留学する機会があります。令和６年３月現在、総合職職員22名が長期在外研究員として派",
         "イギリス等の大学院に約1~2年間留学する機会があります。令和6年3月現在、総合職職員22名が長期在外研究員として派"),
        ("遣されています。このほかにも、半年～１年程度の海外短期派遣、１～２年程度の国内大学院留学の研修制度などがあります。",
         "遣されています。このほかにも、半年~1年程度の海外短期派遣、1~2年程度の国内大学院留学の研修制度などがあります。"),
    ]

    @Test("lines", arguments: normalizedLines)
    func line(_ input: String, _ expected: String) throws {
        #expect(try JapaneseTextNormalizer.shared.normalize(input) == expected)
    }

    static let headcounts: [(String, Int, Int?)] = [
        ("1名", 1, nil), ("５名", 5, nil), ("４名", 4, nil), ("３名", 3, nil), ("６名", 6, nil), ("3名", 3, nil),
        ("２名", 2, nil), ("30名", 30, nil), ("22名", 22, nil), ("26名", 26, nil), ("8名", 8, nil), ("2名", 2, nil),
        ("55（20）", 55, 20), ("49（17）", 49, 17), ("6（3）", 6, 3), ("52（17）", 52, 17), ("47（14）", 47, 14),
        ("5（3）", 5, 3), ("56（21）", 56, 21), ("46（16）", 46, 16), ("10（5）", 10, 5), ("70（23）", 70, 23),
        ("61（20）", 61, 20), ("9（3）", 9, 3), ("55（17）", 55, 17), ("48（16）", 48, 16), ("7（1）", 7, 1),
    ]

    @Test("headcount cells", arguments: headcounts)
    func headcount(_ text: String, _ count: Int, _ women: Int?) throws {
        #expect(try Headcount.parse(text) == Headcount(count: count, women: women))
    }

    /// The 採用実績 rows: total, fiscal year, 事務系, 技術系.
    static let rows: [(String, Int, [Headcount])] = [
        ("55（20）R2 49（17） 6（3）", 2020, [.init(count: 55, women: 20), .init(count: 49, women: 17), .init(count: 6, women: 3)]),
        ("52（17）R3 47（14） 5（3）", 2021, [.init(count: 52, women: 17), .init(count: 47, women: 14), .init(count: 5, women: 3)]),
        ("56（21）R4 46（16） 10（5）", 2022, [.init(count: 56, women: 21), .init(count: 46, women: 16), .init(count: 10, women: 5)]),
        ("70（23）R5 61（20） 9（3）", 2023, [.init(count: 70, women: 23), .init(count: 61, women: 20), .init(count: 9, women: 3)]),
        ("55（17）R6 48（16） 7（1）", 2024, [.init(count: 55, women: 17), .init(count: 48, women: 16), .init(count: 7, women: 1)]),
    ]

    @Test("table rows", arguments: rows)
    func row(_ text: String, _ year: Int, _ counts: [Headcount]) throws {
        #expect(try FiscalYear.parse(text).year == year)
        let cells = try JapaneseTextNormalizer.shared.normalize(text)
            .split(whereSeparator: { $0 == " " || $0 == "R" }).filter { $0.contains("(") }
        let parsed = try cells.map { try Headcount.parse(String($0)) }
        #expect(parsed == counts)
        // What was parsed passes the cross-checks: 事務系 + 技術系 = total, heads and women.
        try #require(parsed.count == 3)
        var sections = SectionSet()
        sections.hiring = HiringRecord(rows: [.init(
            fiscalYear: year, label: "R", planned: false, total: CountWithWomen(parsed[0]), administrative: CountWithWomen(parsed[1]),
            technical: CountWithWomen(parsed[2]))], technicalScope: nil, page: 1)
        #expect(CrossChecks.run(sections).isEmpty)
    }

    static let counts: [(String, Int)] = [
        ("法律：6名", 6), ("経済：1名", 1), ("政治・国際:6名", 6), ("デジタル：1名", 1), ("教養：26名", 26), ("行政：8名", 8),
        ("工学：2名", 2), ("工学：1名", 1), ("デジタル：3名", 3), ("森林・自然環境：1名", 1), ("多面観察（360度評価）", 360),
        ("毎年７月から９月の３ヶ月間", 7), ("こどもが３歳になるまで", 3), ("総合職職員22名", 22), ("２号館", 2),
    ]

    @Test("numbers in text", arguments: counts)
    func number(_ text: String, _ value: Int) throws {
        #expect(try JapaneseNumeral.parse(text) == value)
    }

    static let dates: [(String, Int, Int?)] = [
        ("（令和6年3月現在）", 2024, 3), ("【参考】令和6年入省者（予定）試験区分", 2024, nil),
        ("令和５年11月から、働き方改革・業務見直しの情", 2023, 11), ("令和６年３月現在、総合職職員22名", 2024, 3),
    ]

    @Test("era dates", arguments: dates)
    func date(_ text: String, _ year: Int, _ month: Int?) throws {
        let date = try EraDate.parse(text)
        #expect(date.year == year)
        #expect(date.month == month)
    }

    @Test(arguments: [("令和5年度入省者（総合職）の配属状況は以下の", 2023), ("また、令和５年度から新たに職員のオンライン英会話等の受講", 2023)])
    func fiscalYear(_ text: String, _ year: Int) throws {
        #expect(try FiscalYear.parse(text).year == year)
    }

    typealias A = Duration.Amount
    static let durations: [(String, Duration)] = [
        ("５年間", Duration(minimum: A(5, .year))), ("３ヶ月間", Duration(minimum: A(3, .month))),
        ("６週間以内", Duration(minimum: A(6, .week), bound: .atMost)), ("14週間", Duration(minimum: A(14, .week))),
        ("８週間", Duration(minimum: A(8, .week))), ("６週間", Duration(minimum: A(6, .week))),
        ("２日", Duration(minimum: A(2, .day))), ("５日", Duration(minimum: A(5, .day))),
        ("６月以内", Duration(minimum: A(6, .month), bound: .atMost)), ("３月まで", Duration(minimum: A(3, .month), bound: .atMost)),
        ("約１ヶ月", Duration(minimum: A(1, .month), isApproximate: true)),
        ("約１～２年間", Duration(minimum: A(1, .year), maximum: A(2, .year), isApproximate: true)),
        ("半年～１年程度", Duration(minimum: A(0.5, .year), maximum: A(1, .year), isApproximate: true)),
        ("１～２年程度", Duration(minimum: A(1, .year), maximum: A(2, .year), isApproximate: true)),
    ]

    @Test("durations", arguments: durations)
    func duration(_ text: String, _ expected: Duration) throws {
        #expect(try Duration.parse(text) == expected)
    }

    @Test func contacts() throws {
        #expect(try PhoneNumber.all(in: "　　　　　　　【TEL】03-5253-5069（直通）　03-5253-5072（直通）").map(\.digits) == ["0352535069", "0352535072"])
        #expect(try PhoneNumber.all(in: "（情報通信行政）  【TEL】03-5253-5873（直通）").map(\.formatted) == ["03-5253-5873"])
        #expect(try EmailAddress.all(in: "　　　　　　　【e-mail】setsumeikai@soumu.go.jp").map(\.address) == ["setsumeikai@soumu.go.jp"])
        #expect(try Floor.first(in: "総合職技術系　総合通信基盤局電波部電波政策課（中央合同庁舎２号館10階）")?.number == 10)
        #expect(try WalkingTime.first(in: "地下鉄 銀座線『虎ノ門』駅下車 徒歩約８分")?.minutes == 8)
        #expect(Headcount.convention(inFootnote: "※（　）内は女性の人数です。（内数）") == .womenIncluded)
    }
}
