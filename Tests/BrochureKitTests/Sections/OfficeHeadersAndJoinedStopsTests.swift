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

    @Test("A range of clock times in brackets after a system's name is its period; one time alone is not, nor hours after a label")
    func hourPeriods() {
        let split = SupportSystem.splitPeriod("早出遅出勤務（始業7時30分～10時30分）")
        #expect(split.name == "早出遅出勤務" && split.period == "始業7時30分~10時30分")
        #expect(SupportSystem.splitPeriod("時差出勤（7時から10時まで）").name == "時差出勤")
        #expect(SupportSystem.splitPeriod("時差出勤（始業7時30分）").period == nil)
        // (Only in brackets after a name: hours after a field's label are a timetable's.)
        #expect(SupportSystem.splitAtSeparator(Normalized.compact("勤務時間：8時30分～17時15分")) == nil)
        #expect(!SupportSystem.isPeriod("8時30分~17時15分"))
    }

    @Test("Two stations joined by または before one way on: a route each, the second in 『』 with no line unless it names its own")
    func stationsJoinedByOr() throws {
        #expect(AccessParser.joinedStations("仙台市地下鉄東西線薬師堂駅または卸町駅から徒歩約15分") == [
            "仙台市地下鉄東西線薬師堂駅から徒歩約15分", "『卸町』駅から徒歩約15分",
        ])
        // (Either stop may be on another line: the first's lines are not lent, `名鉄名古屋` is no JR station.)
        #expect(AccessParser.joinedStations("JR名古屋駅または名鉄名古屋駅から徒歩5分") == ["JR名古屋駅から徒歩5分", "『名鉄名古屋』駅から徒歩5分"])
        // (An operator or a line of its own opening the second station names it as printed.)
        #expect(AccessParser.joinedStations("地下鉄東西線薬師堂駅またはJR卸町駅から徒歩約15分").last == "JR卸町駅から徒歩約15分")
        #expect(AccessParser.joinedStations("JR仙石線陸前原ノ町駅または東西線卸町駅から徒歩約15分").last == "東西線卸町駅から徒歩約15分")
        #expect(AccessParser.joinedStations("東西線『薬師堂』駅または『卸町』駅から徒歩15分") == ["東西線『薬師堂』駅から徒歩15分", "『卸町』駅から徒歩15分"])
        // (An operator by its Latin initials opening the second stays its line's; a reading is read past.)
        #expect(AccessParser.joinedStations("JR佐世保駅またはMR佐世保中央駅から徒歩10分").last == "MR佐世保中央駅から徒歩10分")
        #expect(AccessParser.joinedStations("JR長野駅または権堂（ごんどう）駅から徒歩10分").last == "『権堂』駅から徒歩10分")
        // (A third station joined to the second parts it in turn.)
        #expect(AccessParser.joinedStations("JR長町駅または地下鉄長町駅・長町南駅から徒歩5分") == [
            "JR長町駅から徒歩5分", "地下鉄長町駅から徒歩5分", "長町南駅から徒歩5分",
        ])
        // (A station named in passing, `…駅または駐車場`, joins no second one.)
        #expect(AccessParser.joinedStations("JR仙台駅または駐車場から徒歩5分") == ["JR仙台駅または駐車場から徒歩5分"])
        // (The first joint in the line parts it.)
        #expect(AccessParser.joinedStations("JR長町駅または地下鉄長町駅・長町南駅から徒歩5分").first == "JR長町駅から徒歩5分")
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒983-8543 宮城県仙台市宮城野区幸町五丁目13番1号", x: 40, y: 100),
            L.block("仙台市地下鉄東西線薬師堂駅または卸町駅から徒歩約15分", x: 40, y: 112),
            L.block("JR仙石線陸前原ノ町駅から徒歩約12分", x: 40, y: 124),
        ])))
        #expect(access.routes.map { "\($0.station) \($0.lines) \($0.walkMinutes ?? -1)" } == [
            "薬師堂 [\"仙台市地下鉄東西線\"] 15", "卸町 [] 15", "陸前原ノ町 [\"仙石線\"] 12",
        ])
    }

    @Test("Marked sentences opening with their item's name in 「」 are items so named, the rest their text; 「」 inside a sentence or before a particle names nothing")
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
        // (A phrase quoted to go on with a particle is a slogan, no item's name; so is a sentence quoted whole.)
        let slogans = ["◆「ありがとう」と言われる仕事です。", "◆「地域のために」という思いで働きます。"]
        #expect(TitledParagraphs.quotedTitles(QuotedItemTitlesTests.part(slogans)) == nil)
        #expect(TitledParagraphs.quotedTitles(QuotedItemTitlesTests.part(["◆「挑戦を。」私たちの合言葉です。", lines[2], lines[3]])) == nil)
        // (A name goes on with any other particle.)
        let named = TitledParagraphs.quotedTitles(QuotedItemTitlesTests.part(["◆「メンター制度」は先輩職員が新人を支えます。", lines[2], lines[3]]))
        #expect(named?.map(\.title) == ["メンター制度", "ガス安全出前講座"])
    }

    @Test("An office's phone in brackets after its name, no phone line of its own, is read as the office over its phone")
    func bracketedPhone() throws {
        #expect(BracketedPhone.split("福井大学総務部人事労務課（TEL 0776-27-8020）")?.office == "福井大学総務部人事労務課")
        #expect(BracketedPhone.split("総務課（ＴＥＬ ０７７６-２７-８０２０）")?.phone == "TEL 0776-27-8020")
        #expect(BracketedPhone.split("総務課（内線2041）") == nil && BracketedPhone.split("（TEL 0776-27-8020）") == nil)
        // (Not a fax, nor an address with its phone: an office's name holds no figures.)
        #expect(BracketedPhone.split("総務課（FAX 0776-27-8021）") == nil && BracketedPhone.split("福井市文京3-9-1（TEL 0776-27-8020）") == nil)
        let contacts = ContactsParser().parse(L.part(.contacts, "お問い合わせ", [
            L.block("福井大学総務部人事労務課（TEL 0776-27-8020）", x: 40, y: 100), L.block("E-mail jinji-saiyo@ad.u-fukui.ac.jp", x: 40, y: 112),
        ]))
        #expect(contacts.map { "\($0.office) \($0.phones.map(\.number)) \($0.emails)" } == [
            "福井大学総務部人事労務課 [\"0776-27-8020\"] [\"jinji-saiyo@ad.u-fukui.ac.jp\"]",
        ])
    }

    @Test("A station's reading in brackets before `駅` does not keep the next line from opening a route of its own")
    func readingsOnTwoRoutes() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒900-8517 沖縄県那覇市樋川1-15-15", x: 40, y: 100), L.block("ゆいレール壺川（つぼがわ）駅から徒歩約5分", x: 40, y: 112),
            L.block("ゆいレール旭橋（あさひばし）駅から徒歩約12分", x: 40, y: 124),
        ])))
        #expect(access.routes.map { "\($0.station) \($0.walkMinutes ?? -1)" } == ["壺川 5", "旭橋 12"])
    }

    /// Training under its heading, then initiatives whose first item's title ends in `研修`.
    static func itemsAfterTraining(itemSize: Double, mark: String = "◆", trainingSize: Double = 12) -> [SectionSegmenter.Part] {
        SectionSegmenterTests.parts([
            L.block("研修", x: 40, y: 100, size: trainingSize, kind: .heading), L.block("採用後は新任職員研修で大学の仕組みを学びます。", x: 40, y: 116, size: 8.5),
            L.block("職場の取組", x: 40, y: 140, size: 12, kind: .heading), L.block(mark + "事務職員の海外研修", x: 40, y: 156, size: itemSize, kind: .heading),
            L.block("協定校での2週間の研修に参加できます。", x: 40, y: 168, size: 8.5), L.block(mark + "業務改善コンテスト", x: 40, y: 182, size: itemSize, kind: .heading),
            L.block("若手職員のチームが提案します。", x: 40, y: 194, size: 8.5),
        ])
    }

    @Test("A marked item first under a section of items, its title naming a section read already under a larger heading, is that section's first item")
    func firstItemNamingTraining() {
        #expect(Self.itemsAfterTraining(itemSize: 9.5).map(\.kind) == [.training, .initiatives])
        // (Unmarked, or set as large as the section's heading, or after a section of its kind
        // headed no larger than it, it opens the section it names.)
        #expect(Self.itemsAfterTraining(itemSize: 9.5, mark: "").map(\.kind) == [.training, .initiatives, .training])
        #expect(Self.itemsAfterTraining(itemSize: 12).map(\.kind) == [.training, .initiatives, .training])
        #expect(Self.itemsAfterTraining(itemSize: 9.5, trainingSize: 9.5).map(\.kind) == [.training, .initiatives, .training])
    }

    @Test("Two systems named on one bullet, a period each apart by a slash, are two systems; one name, or a shared word, stays one")
    func pairedSystems() {
        let pairs = PairedSupportSystems.split(name: "育児休業・育児短時間勤務", period: "3歳まで/就学前まで")
        #expect(pairs?.map { "\($0.name) \($0.period)" } == ["育児休業 3歳まで", "育児短時間勤務 就学前まで"])
        #expect(PairedSupportSystems.split(name: "育児・介護休業", period: "3歳まで/通算93日") == nil)
        #expect(PairedSupportSystems.split(name: "育児休業", period: "3歳まで/就学前まで") == nil)
        #expect(PairedSupportSystems.split(name: "育児休業・育児短時間勤務", period: "3歳まで") == nil)
        #expect(PairedSupportSystems.split(name: "育児休業・育児短時間勤務", period: "原則/例外あり") == nil)
        let systems = ParsedPart(L.part(.supportSystems, "仕事と家庭の両立支援", [
            L.block("●育児休業・育児短時間勤務（3歳まで／就学前まで）", x: 40, y: 100, kind: .heading), L.block("男女を問わず利用できます。", x: 40, y: 112, size: 8.5),
            L.block("●介護休暇（通算6月）", x: 40, y: 126, kind: .heading), L.block("3回まで分割して取得できます。", x: 40, y: 138, size: 8.5),
        ]))
        guard case .supportSystems(let found) = systems else { Issue.record("no support systems"); return }
        #expect(found.map(\.name) == ["育児休業", "育児短時間勤務", "介護休暇"])
        // (So are two such names inside a sentence's list.)
        #expect(ListedSupportSystems.listed(in: "育児休業・育児短時間勤務（3歳まで／就学前まで）、介護休暇（通算6月）などの制度があります。").map(\.name) == [
            "育児休業", "育児短時間勤務", "介護休暇",
        ])
    }
}
