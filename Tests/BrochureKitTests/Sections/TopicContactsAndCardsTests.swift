import Testing

@testable import BrochureKit

/// A masthead's name taller than its line's size, a name run on into the document's title
/// under its legal form, a masthead date signed by its office, contacts labelled by topic,
/// addresses wrapped mid-word, tram stops, and support cards' periods flush under their names.
@Suite("Topic contacts, mastheads and cards")
struct TopicContactsAndCardsTests {
    typealias L = LooseLayoutsTests

    static func line(_ text: String, x: Double = 40, y: Double, size: Double = 9, height: Double? = nil) -> TextLine {
        TextLine(text: text, box: Rect(x0: x, y0: y, x1: x + Double(text.count) * size, y1: y + (height ?? size)), fontSize: size, isBold: false, orientation: .horizontal)
    }

    static func page(_ lines: [TextLine]) -> DocumentLayout {
        let blocks = lines.map { Block(kind: .paragraph, box: $0.box, lines: [$0]) }
        return DocumentLayout.onePage(PageLayout(number: 1, width: 595, height: 842, bodyFontSize: 9, isVertical: false, blocks: blocks))
    }

    static func contact(_ email: String) -> Contact {
        Contact(track: .administrative, label: "事務職", specialty: nil, office: "人事課", location: nil, phones: [], emails: [email], page: 1)
    }

    @Test("A masthead's name in 30 pt before its title in 18 pt stands taller than a key figure in 24 pt: it names the publisher")
    func mastheadTallerThanFigures() {
        let layout = Self.page([
            Self.line("京都市職員採用案内", y: 34, size: 18, height: 30), Self.line("43%", x: 78, y: 191, size: 24),
            Self.line("京都市職員は、市民の暮らしに身近な仕事に取り組んでいます。", y: 136),
        ])
        #expect(OrganizationFinder.find(layout: layout, contacts: [Self.contact("saiyo@city.example.lg.jp")]) == "京都市")
        #expect(CoverTitle.stature(Self.line("京都市職員採用案内", y: 34, size: 18, height: 30)) == 30)
    }

    @Test("The name under a legal form, run on into the document's title on its baseline, names the publisher")
    func nameRunIntoTitle() {
        let layout = Self.page([
            Self.line("国立研究開発法人", y: 44), Self.line("理化学研究所事務職・技術職採用案内", y: 60, size: 30),
            Self.line("文部科学省や大学への出向の機会もあります。", y: 300), Self.line("文部科学省の所管です。", y: 320),
        ])
        #expect(OrganizationFinder.find(layout: layout, contacts: [Self.contact("saiyo@example.jp")]) == "理化学研究所")
        #expect(CoverTitle.leadingName("理化学研究所事務職・技術職採用案内") == "理化学研究所")
        #expect(CoverTitle.leadingName("事務職・技術職採用案内") == nil)
    }

    @Test("A masthead date signed by the office that issues the brochure dates it; a date before other words does not")
    func dateSignedByOffice() {
        #expect(EditionFinder.find(EditionWindowTests.layout([["国立研究開発法人", "2026年1月　人事部人事課"]]))?.asOf == "2026-01")
        #expect(EditionFinder.find(EditionWindowTests.layout([["国立研究開発法人", "2025年4月 説明会のご案内"]])) == nil)
        #expect(EditionFinder.issuerAfterDate("2026年1月 人事部人事課") != nil)
        #expect(EditionFinder.issuerAfterDate("2026年1月 人事部人事課の職員") == nil)
    }

    @Test("Contacts labelled by topic, in brackets or alone on a line ending in について, are read from the first")
    func topicLabels() {
        let bracketed = L.part(.contacts, "お問い合わせ", [
            L.block("【試験について】", x: 46, y: 712, kind: .heading),
            (1, Block(kind: .paragraph, box: Rect(x0: 46, y0: 725, x1: 192, y1: 759), lines: [
                Self.line("京都市人事委員会事務局任用課", x: 46, y: 725), Self.line("TEL 075-222-3851", x: 46, y: 738),
                Self.line("E-mail ninyo@example.lg.jp", x: 46, y: 751),
            ])),
            L.block("【職場・配属について】", x: 216, y: 712, kind: .heading),
            (1, Block(kind: .paragraph, box: Rect(x0: 216, y0: 725, x1: 348, y1: 759), lines: [
                Self.line("京都市行財政局人事部人事課", x: 216, y: 725), Self.line("TEL 075-222-3197", x: 216, y: 738),
            ])),
        ])
        let found = ContactsParser().parse(bracketed)
        #expect(found.map(\.label) == ["試験について", "職場・配属について"])
        #expect(found.map { $0.phones.map(\.number) } == [["075-222-3851"], ["075-222-3197"]])
        let plain = L.part(.contacts, "お問い合わせ", [
            L.block("試験・採用について", x: 34, y: 728, size: 8),
            (1, Block(kind: .paragraph, box: Rect(x0: 34, y0: 741, x1: 153, y1: 787), lines: [
                Self.line("人事委員会事務局任用課", x: 34, y: 741, size: 8), Self.line("県庁分庁舎3階", x: 34, y: 754, size: 7.5),
                Self.line("TEL：086-226-7563", x: 34, y: 767, size: 8), Self.line("Mail：jininin@example.lg.jp", x: 34, y: 780, size: 7.6),
            ])),
        ])
        let topical = ContactsParser().parse(plain)
        #expect(topical.map(\.office) == ["人事委員会事務局任用課"])
        #expect(topical.map(\.location) == ["県庁分庁舎3階"])
        // Inside a block, such a line is the office's text, not a label.
        #expect(ContactsParser.otherLabel("試験・採用について", inTable: false) == nil)
    }

    @Test("A publisher's name alone on a card's line heads the card: the office is the line under it")
    func publisherLine() {
        var card = Self.contact("saiyo@example.jp")
        card.office = "理化学研究所人事部人事課"
        card.provenance = Provenance(page: 2, box: Rect(x0: 0, y0: 0, x1: 1, y1: 1), text: "事務職\n理化学研究所\n人事部人事課\nTEL 048-467-9263")
        #expect(card.withoutPublisherLine("理化学研究所").office == "人事部人事課")
        var runOn = card
        runOn.office = "埼玉県人事委員会事務局任用審査課"
        runOn.provenance?.text = "事務系\n埼玉県人事委員会事務局任用審査課"
        runOn.officeOnLabelLine = true
        #expect(runOn.withoutPublisherLine("埼玉県").office == "埼玉県人事委員会事務局任用審査課")
        // Run into the first line under the section's own heading, no subject's card: named whole.
        var underSection = card
        underSection.label = "お問い合わせ・アクセス"
        underSection.office = "海難審判所総務課人事係"
        underSection.provenance?.text = "お問い合わせ・アクセス\n海難審判所総務課人事係\nTEL 03-6893-3321"
        #expect(underSection.withoutPublisherLine("海難審判所").office == "海難審判所総務課人事係")
        underSection.label = "採用試験について"
        #expect(underSection.withoutPublisherLine("海難審判所").office == "総務課人事係")
        // A business card read top to bottom: a logo's word, the track's hiring, the publisher, the office.
        let lines = ["RIKEN", "事務職の採用", "理化学研究所", "人事部人事課", "TEL 048-467-9263", "E-mail saiyo-jimu@example.jp"]
        let read = ContactsParser().parse(L.part(.contacts, "お問い合わせ・アクセス", [
            (2, Block(kind: .paragraph, box: Rect(x0: 50, y0: 440, x1: 160, y1: 519), lines: lines.enumerated().map { Self.line($1, x: 50, y: 440 + Double($0) * 13, size: 8) })),
        ]))
        #expect(read.map(\.label) == ["事務職"])
        #expect(read.map { $0.withoutPublisherLine("理化学研究所").office } == ["人事部人事課"])
    }

    @Test("An address wrapped mid-word before its block number is one line; a station joined to the building, and a tram stop, are routes")
    func wrappedAddressAndStops() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            (1, Block(kind: .paragraph, box: Rect(x0: 386, y0: 712, x1: 545, y1: 732), lines: [
                Self.line("〒604-8571 京都市中京区寺町通御池上る上", x: 386, y: 712, size: 8), Self.line("本能寺前町488", x: 386, y: 724, size: 8),
            ])),
            L.block("●地下鉄東西線京都市役所前駅 直結", x: 386, y: 736, size: 8),
            L.block("●京阪本線三条駅 徒歩7分", x: 386, y: 748, size: 8),
            L.block("・岡山電気軌道県庁通り電停 徒歩5分", x: 386, y: 760, size: 8),
        ])))
        #expect(access.address == "京都市中京区寺町通御池上る上本能寺前町488")
        #expect(access.routes.map(\.station) == ["京都市役所前", "三条", "県庁通り"])
        #expect(access.routes.last?.walkMinutes == 5)
    }

    @Test("A card's period straight under its name, flush with it in smaller type, is its text, not the next card's name")
    func periodFlushUnder() {
        let blocks = [
            L.block("結婚", x: 83, y: 294, size: 10), L.block("結婚休暇", x: 42, y: 327, size: 8.5), L.block("連続する5日以内", x: 42, y: 340, size: 7.5),
            L.block("産前・産後休暇", x: 42, y: 366, size: 8.5), L.block("産前8週間・産後8週間", x: 42, y: 379, size: 7.5),
            L.block("子の看護休暇", x: 42, y: 405, size: 8.5), L.block("年5日（2人以上は10日）", x: 42, y: 418, size: 7.5),
        ]
        let items = TitledParagraphs().split(L.part(.supportSystems, "ライフイベントと両立支援制度", blocks))
        #expect(items.map(\.title) == ["結婚休暇", "産前・産後休暇", "子の看護休暇"])
    }

    @Test("A block of a support system's name over its period in smaller type is the name and its text, not a title wrapped")
    func nameOverPeriodBlocks() {
        let cards = [("育児休業", "子が3歳に達するまで"), ("育児短時間勤務", "小学校3年生修了まで"), ("介護休業", "通算93日（3回まで分割可）")]
        let blocks = cards.enumerated().map { i, card -> (page: Int, block: Block) in
            let y = 238 + Double(i) * 36
            let lines = [Self.line(card.0, x: 316, y: y), Self.line(card.1, x: 440, y: y + 13, size: 8)]
            return (2, Block(kind: .paragraph, box: Rect.enclosing(lines.map(\.box))!, lines: lines))
        }
        let items = TitledParagraphs().split(SectionSegmenter.Part(kind: .supportSystems, heading: "両立支援制度", headingSize: 10.5, blocks: blocks, page: 2))
        #expect(items.map(\.title) == cards.map(\.0))
        // A title wrapped in its own type stays one title.
        let wrapped = [Self.line("テレワーク・モバイル", x: 40, y: 100), Self.line("ワークの推進", x: 40, y: 112)]
        #expect(!TitledParagraphs.nameOverPeriod(Block(kind: .paragraph, box: Rect.enclosing(wrapped.map(\.box))!, lines: wrapped)))
    }

    @Test("働く環境 heads the initiatives")
    func workEnvironment() {
        #expect(SectionKind.opened(by: "働く環境") == .initiatives)
    }
}

extension TopicContactsAndCardsTests {
    @Test("A title numbered with a circled figure keeps no figure of it (`①テレワーク`, which normalising turns into `1テレワーク`)")
    func circledNumbers() {
        let blocks = [
            L.block("①テレワーク", x: 42, y: 300, size: 10, kind: .heading), L.block("週2日まで在宅勤務できます。", x: 42, y: 314, size: 8.5),
            L.block("②フレックスタイム", x: 42, y: 340, size: 10, kind: .heading), L.block("始業を7時から選べます。", x: 42, y: 354, size: 8.5),
        ]
        let items = TitledParagraphs().split(L.part(.initiatives, "働き方改革", blocks))
        #expect(items.map(\.title) == ["テレワーク", "フレックスタイム"])
    }
}
