import Testing

@testable import BrochureKit

/// The shapes of holdout98 and holdout99: an office named after its agency only in the running
/// header, hours as a support system's period, two stations of one line joined by `または`,
/// items named in 「」 opening their sentence, and a table whose header words name sections,
/// set with air between its rows.
@Suite("Office headers, hour periods, stations joined by または, 「」 titles, airy header rows")
struct OfficeHeadersAndJoinedStopsTests {
    typealias L = LooseLayoutsTests

    static func contact(_ email: String) -> Contact {
        Contact(track: .administrative, label: "採用担当", specialty: nil, office: "総務企画部職員課", location: nil, phones: [], emails: [email], page: 1)
    }

    @Test("An office named straight after its agency in the running header publishes its own; the agency's header alone leaves the agency")
    func officeInHeader() {
        var evidence = OrganizationFinder.Evidence(first: nil, scores: ["林野庁": 3, "農林水産省": 1])
        evidence.coverTitle = "中部森林管理局"
        evidence.furnitureLines = ["林野庁中部森林管理局職員採用案内2026"]
        #expect(OrganizationFinder.find(evidence, contacts: [Self.contact("chubu@maff.go.jp")]) == "中部森林管理局")
        evidence.furnitureLines = ["林野庁職員採用案内2026"]
        #expect(OrganizationFinder.find(evidence, contacts: [Self.contact("chubu@maff.go.jp")]) == "林野庁")
        // (Named apart on the header, `林野庁 関東森林管理局`, compacted the same.)
        evidence.furnitureLines = []
        evidence.firstLines = ["林野庁中部森林管理局"]
        #expect(OrganizationFinder.find(evidence, contacts: [Self.contact("chubu@maff.go.jp")]) == "中部森林管理局")
    }

    @Test("The forest office named after its agency in the running header, end to end")
    func officeInHeaderEndToEnd() throws {
        let document = try BrochureExtractor().extract(try PDFDocument(path: "Fixtures/holdout98/chubu-shinrin-2026.pdf"))
        #expect(document.organization == "中部森林管理局")
    }

    @Test("A range of clock times in brackets after a system's name is its period; one time alone is not")
    func hourPeriods() {
        let split = SupportSystem.splitPeriod("早出遅出勤務（始業7時30分～10時30分）")
        #expect(split.name == "早出遅出勤務" && split.period == "始業7時30分~10時30分")
        #expect(SupportSystem.splitPeriod("時差出勤（7時から10時まで）").name == "時差出勤")
        #expect(!SupportSystem.isPeriod("始業7時30分") && SupportSystem.splitPeriod("時差出勤（始業7時30分）").period == nil)
    }

    @Test("Two stations joined by または before one way on: a route each, the second on the first's line unless it names its own")
    func stationsJoinedByOr() throws {
        #expect(AccessParser.joinedStations("仙台市地下鉄東西線薬師堂駅または卸町駅から徒歩約15分") == [
            "仙台市地下鉄東西線薬師堂駅から徒歩約15分", "仙台市地下鉄東西線卸町駅から徒歩約15分",
        ])
        #expect(AccessParser.joinedStations("JR仙石線陸前原ノ町駅または地下鉄東西線卸町駅から徒歩約15分") == [
            "JR仙石線陸前原ノ町駅から徒歩約15分", "地下鉄東西線卸町駅から徒歩約15分",
        ])
        #expect(AccessParser.joinedStations("東西線『薬師堂』駅または『卸町』駅から徒歩15分") == ["東西線『薬師堂』駅から徒歩15分", "東西線『卸町』駅から徒歩15分"])
        // (An operator or a line of its own opening the second station keeps it apart.)
        #expect(AccessParser.joinedStations("地下鉄東西線薬師堂駅またはJR卸町駅から徒歩約15分").last == "JR卸町駅から徒歩約15分")
        #expect(AccessParser.joinedStations("JR仙石線陸前原ノ町駅または東西線卸町駅から徒歩約15分").last == "東西線卸町駅から徒歩約15分")
        // (A station named in passing, `…駅または駐車場`, joins no second one.)
        #expect(AccessParser.joinedStations("JR仙台駅または駐車場から徒歩5分") == ["JR仙台駅または駐車場から徒歩5分"])
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒983-8543 宮城県仙台市宮城野区幸町五丁目13番1号", x: 40, y: 100),
            L.block("仙台市地下鉄東西線薬師堂駅または卸町駅から徒歩約15分", x: 40, y: 112),
            L.block("JR仙石線陸前原ノ町駅から徒歩約12分", x: 40, y: 124),
        ])))
        #expect(access.routes.map { "\($0.station) \($0.lines) \($0.walkMinutes ?? -1)" } == [
            "薬師堂 [\"仙台市地下鉄東西線\"] 15", "卸町 [\"仙台市地下鉄東西線\"] 15", "陸前原ノ町 [\"仙石線\"] 12",
        ])
    }

    @Test("Marked sentences opening with their item's name in 「」 are items so named, the rest their text; 「」 inside a sentence names nothing")
    func bracketOpenedTitles() {
        let lines = [
            "◆「若手技術者育成プログラム」入局後3年間、", "先輩職員が現場で指導にあたります。",
            "◆「ガス安全出前講座」小学校などで、ガスの", "安全な使い方を伝える講座を担当します。",
        ]
        let items = TitledParagraphs().split(QuotedItemTitlesTests.part(lines))
        #expect(items.map(\.title) == ["若手技術者育成プログラム", "ガス安全出前講座"])
        #expect(items.first?.text == "入局後3年間、先輩職員が現場で指導にあたります。")
        var inside = lines
        inside[2] = "◆職員の「やりがい」を大切にし、ガスの"
        #expect(TitledParagraphs.quotedTitles(QuotedItemTitlesTests.part(inside)) == nil)
    }

    /// A table of units, their towns and counts, its header words (`配属先`, `所在地`) naming
    /// sections, the rows set `pitch` apart in 8 pt type.
    static func airyTable(pitch: Double) -> PageLayout {
        var page = PageBuilder()
        let rows = [["配属先", "所在地", "事務系", "技術系"], ["総務企画部", "長野市", "2", "－"], ["計画保全部", "長野市", "－", "2"],
            ["北信森林管理署", "中野市", "1", "1"], ["中信森林管理署", "松本市", "－", "2"], ["南信森林管理署", "伊那市", "－", "1"]]
        for (r, row) in rows.enumerated() {
            for (c, text) in row.enumerated() { page.text(text, x: [50, 158, 209, 251][c], y: 420 + pitch * Double(r), size: 8) }
        }
        return LayoutEngine().layout(page.page())
    }

    /// Two tables of one design side by side, each headed `配属先 | 事務系 | 技術系`, rows set
    /// `pitch` apart.
    static func twinTables(pitch: Double) -> PageLayout {
        var page = PageBuilder()
        let left = [["配属先", "事務系", "技術系"], ["漁政課", "1", ""], ["企画課", "1", ""], ["水産経営課", "1", ""], ["加工流通課", "1", ""]]
        let right = [["配属先", "事務系", "技術系"], ["国際課", "1", ""], ["漁業取締課", "1", "1"], ["研究指導課", "", "1"], ["計画課", "", "2"]]
        for (r, row) in left.enumerated() {
            for (c, text) in row.enumerated() where !text.isEmpty { page.text(text, x: [50, 120, 160][c], y: 420 + pitch * Double(r), size: 8) }
        }
        for (r, row) in right.enumerated() {
            for (c, text) in row.enumerated() where !text.isEmpty { page.text(text, x: [260, 330, 370][c], y: 420 + pitch * Double(r), size: 8) }
        }
        return LayoutEngine().layout(page.page())
    }

    @Test("Header words naming sections over rows set with air between them, as far over the first row as each row is over the next, head one table")
    func airyHeaderRow() throws {
        let layout = Self.airyTable(pitch: 16)
        let table = try #require(layout.blocks.compactMap(\.table).first)
        #expect(layout.blocks.compactMap(\.table).count == 1)
        #expect(table.rows.first?.map(\.text) == ["配属先", "所在地", "事務系", "技術系"])
        #expect(table.rows.dropFirst().first?.first?.text == "総務企画部")
    }

    @Test("The same header word on both sides of the gap heads two tables of one design, however airy their rows")
    func twinHeaders() {
        let layout = Self.twinTables(pitch: 16)
        #expect(layout.blocks.compactMap(\.table).count == 2)
        #expect(layout.blocks.compactMap(\.table).map { $0.rows.first?.first?.text } == ["配属先", "配属先"])
    }
}
