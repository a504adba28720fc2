import Testing

@testable import BrochureKit

/// A publisher named over its document's title or by a fund's name, contacts under a heading
/// their bracketed topic repeats, a phone's kind in a column of labels, and support cards
/// whose period is set as a big figure beside the name.
@Suite("Mastheads, bracketed contact topics and big periods")
struct MastheadsAndBoxedPeriodsTests {
    typealias L = LooseLayoutsTests
    typealias T = TopicContactsAndCardsTests

    @Test("A document title alone as the cover's largest line names no one: the name straight over it does")
    func nameOverDocumentTitle() {
        let layout = T.page([
            T.line("北九州市", x: 34, y: 24, size: 15), T.line("令和8年4月発行", x: 492, y: 28, size: 9.5),
            T.line("職員採用ガイド", x: 34, y: 46, size: 26), T.line("北九州市で働く", x: 46, y: 100, size: 16),
            T.line("鉄のまちとして日本の近代化を支えた北九州市は、いま環境のまちへと生まれ変わろうとしています。", x: 34, y: 128, size: 9.5),
        ])
        #expect(CoverTitle.organization(layout) == "北九州市")
        // A date at the page's other edge shares no width with the title: it names nothing.
        let dated = T.page([T.line("令和8年4月発行", x: 492, y: 28, size: 9.5), T.line("職員採用ガイド", x: 34, y: 46, size: 26)])
        #expect(CoverTitle.organization(dated) == nil)
    }

    @Test("A watermark in Latin letters set larger than the masthead names no one: the masthead does")
    func watermarkLargerThanMasthead() {
        let layout = T.page([
            T.line("旭川市 職員採用ガイド", x: 40, y: 39, size: 24), T.line("RECRUIT 2026", x: 300, y: 420, size: 60),
            T.line("北海道のほぼ中央に位置する旭川市で、まちの未来をともにつくる仲間を募集しています。", x: 40, y: 111, size: 10),
        ])
        #expect(CoverTitle.organization(layout) == "旭川市")
    }

    @Test("A fund under its legal form (独立行政法人 / 国際交流基金) is the publisher")
    func fundUnderLegalForm() {
        #expect(CoverTitle.name("国際交流基金") == "国際交流基金")
        let layout = T.page([
            T.line("独立行政法人", x: 40, y: 30, size: 9), T.line("国際交流基金", x: 40, y: 42, size: 26),
            T.line("職員採用案内", x: 480, y: 50, size: 12), T.line("The Japan Foundation", x: 40, y: 72, size: 9),
        ])
        #expect(OrganizationFinder.find(layout: layout, contacts: [T.contact("jf-saiyo@jpf.go.jp")]) == "国際交流基金")
    }

    @Test("A contact's topic in brackets, smaller than the contacts heading it repeats, opens no second section")
    func bracketedTopicUnderHeading() {
        let found = SectionSegmenterTests.parts([
            L.block("お問い合わせ", x: 40, y: 480, size: 12.5, kind: .heading),
            L.block("【採用に関するお問い合わせ】", x: 40, y: 506, size: 9, kind: .heading),
            L.block("総務部人事課採用担当", x: 40, y: 520, size: 9.5), L.block("TEL：03-5369-6075", x: 48, y: 534, size: 9.5),
            L.block("【日本語国際センターでの勤務について】", x: 40, y: 565, size: 9, kind: .heading),
            L.block("日本語国際センター総務課", x: 40, y: 579, size: 9.5), L.block("TEL：048-834-1182", x: 48, y: 593, size: 9.5),
        ])
        #expect(found.map(\.kind) == [.contacts])
        let read = found.first.map { ContactsParser().parse($0) } ?? []
        // (A topic naming a place at length is still a label.)
        #expect(ContactsParser.otherLabel("【日本語国際センターでの勤務について】", inTable: false) == "日本語国際センターでの勤務について")
        #expect(read.map(\.label) == ["採用に関するお問い合わせ", "日本語国際センターでの勤務について"])
        #expect(read.map(\.office) == ["総務部人事課採用担当", "日本語国際センター総務課"])
    }

    @Test("A phone's kind (代表, 直通) in a column of labels read after the numbers is no office")
    func phoneKindsNoOffice() {
        let card = L.part(.contacts, "お問い合わせ", [
            L.block("【採用試験について】", x: 44, y: 477, size: 9.5, kind: .heading),
            L.block("愛知県人事委員会事務局職員課", x: 44, y: 492, size: 10),
            (1, Block(kind: .paragraph, box: Rect(x0: 72, y0: 508, x1: 137, y1: 532), lines: [
                T.line("052-961-2111", x: 72, y: 508), T.line("052-954-6891", x: 72, y: 522),
            ])),
            (1, Block(kind: .paragraph, box: Rect(x0: 44, y0: 508, x1: 200, y1: 546), lines: [
                T.line("代表", x: 44, y: 508), T.line("直通", x: 44, y: 522), T.line("E-mail jinji-iinkai＠pref.aichi.lg.jp", x: 44, y: 536),
            ])),
        ])
        let read = ContactsParser().parse(card)
        #expect(read.map(\.office) == ["愛知県人事委員会事務局職員課"])
        #expect(read.first?.phones.count == 2)
    }

    @Test("A length of time set large (6か月) is no page title: the support section goes on under it")
    func bigPeriodClosesNothing() {
        #expect(SectionSegmenter.isFigure("6か月"))
        #expect(SectionSegmenter.isFigure("2時間"))
        #expect(!SectionSegmenter.isFigure("か月"))
        let found = SectionSegmenterTests.parts([
            L.block("仕事と家庭の両立支援", x: 314, y: 46, size: 13, kind: .heading),
            L.block("介護休暇", x: 371, y: 305, size: 10.5), L.block("6か月", x: 315, y: 326, size: 15, kind: .heading),
            L.block("3回まで分けて取得できます。", x: 371, y: 337, size: 8.5),
            L.block("年次休暇", x: 371, y: 373, size: 10.5),
        ])
        #expect(found.map(\.kind) == [.supportSystems])
        #expect(found.first?.blocks.count == 4)
    }

    @Test("A big period after a support system's name is its period, beside the name: no second line of it")
    func bigPeriodBesideName() {
        let part = L.part(.supportSystems, "仕事と家庭の両立支援", [
            L.block("最大", x: 325, y: 310, size: 9), L.block("介護休暇", x: 371, y: 305, size: 10.5),
            L.block("6か月", x: 315, y: 326, size: 15, kind: .heading),
            (1, Block(kind: .paragraph, box: Rect(x0: 371, y0: 322, x1: 552, y1: 346), lines: [
                T.line("期間：通算して6か月まで", x: 371, y: 322), T.line("3回まで分けて取得できます。取得できます。", x: 371, y: 337, size: 8.5),
            ])),
            L.block("年", x: 330, y: 378, size: 9), L.block("年次休暇", x: 371, y: 373, size: 10.5),
            L.block("20日", x: 318, y: 394, size: 15, kind: .heading),
            (1, Block(kind: .paragraph, box: Rect(x0: 371, y0: 390, x1: 552, y1: 425), lines: [
                T.line("期間：1年につき20日", x: 371, y: 390), T.line("使わなかった日数は20日を限度に翌年へ繰り越", x: 371, y: 405, size: 8.5),
                T.line("せます。", x: 371, y: 416, size: 8.5),
            ])),
        ])
        let items = TitledParagraphs().split(part)
        #expect(items.map(\.title) == ["介護休暇", "年次休暇"])
        #expect(items.map(\.text.first) == ["期", "期"])
        #expect(items.map { SupportSystem.splitPeriod($0.spacedTitle).period } == ["6か月", "20日"])
        // A qualifier over its figure (`最大` / `3年`) makes a length of time, no name.
        let box = Rect(x0: 0, y0: 0, x1: 1, y1: 1)
        #expect(!TitledParagraphs.figureAfterName(TitledParagraphs.Item(title: "最大", text: "", page: 1, box: box, titleSize: 9), T.line("3年", y: 20, size: 15)))
        // A period in the text's type after the name is the text itself (`配偶者出産休暇` / `2日以内`).
        #expect(!TitledParagraphs.figureAfterName(TitledParagraphs.Item(title: "配偶者出産休暇", text: "", page: 1, box: box, titleSize: 9), T.line("2日以内", y: 20, size: 9)))
    }

    @Test("A card's number block read before its name (最大 / 3年, then 育児休業 and 期間：…) names no system")
    func numberBlockBeforeName() {
        let part = L.part(.supportSystems, "仕事と家庭の両立支援", [
            L.block("最大", x: 325, y: 106, size: 9), L.block("3年", x: 322, y: 122, size: 15, kind: .heading),
            L.block("育児休業", x: 371, y: 101, size: 10.5),
            (1, Block(kind: .paragraph, box: Rect(x0: 371, y0: 118, x1: 552, y1: 153), lines: [
                T.line("期間：子が3歳に達するまで", x: 371, y: 118), T.line("男女とも取得でき、期間中の昇給にも配慮して", x: 371, y: 133, size: 8.5),
                T.line("います。", x: 371, y: 144, size: 8.5),
            ])),
        ])
        guard case .supportSystems(let systems) = ParsedPart(part) else {
            Issue.record("not read as support systems")
            return
        }
        #expect(systems.map(\.name) == ["育児休業"])
        #expect(systems.first?.summary.hasPrefix("期間") == true)
    }
}
