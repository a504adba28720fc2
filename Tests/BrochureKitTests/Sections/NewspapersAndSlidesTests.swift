import Testing

@testable import BrochureKit

/// What newspapers and slide decks do to sections: years in two figures, tables that jump
/// to another page, `問` before the office, a slide's message under its heading, breadcrumb
/// titles, a section counted over slides `(2/2)`, a feature's headline under its banner.
@Suite("Newspapers and slide decks")
struct NewspapersAndSlidesTests {
    typealias L = LooseLayoutsTests

    /// A block of several lines, 12 pt apart, at (x, y).
    static func lines(_ texts: [String], x: Double, y: Double, size: Double = 8.4, page: Int = 1) -> (page: Int, block: Block) {
        let lines = texts.enumerated().map { i, text in
            TextLine(text: text, box: Rect(x0: x, y0: y + Double(i) * 12, x1: x + Double(text.count) * size, y1: y + Double(i) * 12 + size),
                     fontSize: size, isBold: false, orientation: .horizontal)
        }
        return (page, Block(kind: .paragraph, box: Rect.enclosing(lines.map(\.box))!, lines: lines))
    }

    /// The parts of a document whose pages hold `blocks`.
    static func parts(_ blocks: [(page: Int, block: Block)]) -> [SectionSegmenter.Part] {
        let pages = Set(blocks.map(\.page)).sorted().map { number in
            PageLayout(number: number, width: 842, height: 1191, bodyFontSize: 8.4, isVertical: false, blocks: blocks.filter { $0.page == number }.map(\.block))
        }
        let info = DocumentInfo(pageCount: pages.count, title: nil, producer: nil, creator: nil, creationDate: nil)
        return SectionSegmenter().segment(DocumentLayout(source: "x.pdf", info: info, pages: pages))
    }

    static func onPage(_ entry: (page: Int, block: Block), _ page: Int) -> (page: Int, block: Block) { (page, entry.block) }

    @Test("Two figures alone name a year the edition settles: the latest reading no later than the year after it")
    func shortYears() throws {
        #expect(ShortYear.standIn("21年度") == ShortYear.epoch + 21)
        #expect(ShortYear.standIn("5年度") == nil && ShortYear.standIn("10年") == nil && ShortYear.standIn("令和21年度") == nil)
        #expect(ShortYear.resolved(ShortYear.epoch + 21, base: 2026) == 2021)
        #expect(ShortYear.resolved(ShortYear.epoch + 26, base: 2026) == 2026)
        #expect(ShortYear.resolved(ShortYear.epoch + 28, base: 2017) == 2016, "平成28年 in a 2017 edition")
        let label = try #require(YearLabel("26年度（予定）"))
        #expect(label.planned && label.fiscalYear == ShortYear.epoch + 26)
        #expect(RelativeYear.resolved(ShortYear.epoch + 25, base: 2026) == 2025)
        #expect(RelativeYear.resolved(ShortYear.epoch + 25, base: nil) == nil)
        // After a label naming its era, two figures are that era's years, as `2年度` is.
        #expect(YearLabel.carryingEra(["平成28年度", "29年度", "30年度"]).map { $0?.fiscalYear } == [2016, 2017, 2018])
    }

    @Test("Notes of a jump: `→2面へ続く` says the table goes on, `（1面から続く）` heads its rest; `(2/2)` titles a later slide")
    func marks() {
        #expect(PageTurnMark.isMark("→2面へ続く"))
        #expect(!PageTurnMark.isMark("（1面から続く）") && PageTurnMark.saysContinuedFrom("（1面から続く）"))
        #expect(PageTurnMark.saysContinuedFrom("（前ページより続く）") && !PageTurnMark.saysContinuedFrom("→2面へ続く"))
        #expect(PageTurnMark.saysContinued("配属実績 (2/2)") && !PageTurnMark.saysContinued("配属実績 (1/2)") && !PageTurnMark.saysContinued("(3/2)"))
        #expect(!PageTurnMark.saysContinued("試験区分 (6/12)"), "a date, no slide's counter")
    }

    @Test("The rest of a table under `（1面から続く）` in another section's column goes back to the table that said it goes on")
    func jumpedTable() throws {
        let first = PageBreakTablesTests.grid([["配属先", "事務", "技術"], ["総務課", "2", "－"], ["企画調整課", "1", "1"]], page: 1, y: 200, x0: 600)
        let rest = PageBreakTablesTests.grid([["観光振興課", "1", "－"], ["建設管理課", "－", "3"]], page: 2, y: 260, x0: 210, header: 0)
        var blocks = [L.block("配属実績", x: 600, y: 180, size: 10, kind: .heading), first, L.block("→2面へ続く", x: 700, y: 250)]
        blocks += [Self.onPage(L.block("仕事と家庭の両立支援", x: 28, y: 200, size: 10, kind: .heading), 2),
                   Self.onPage(L.block("●育児休業（子が3歳に達するまで）", x: 28, y: 220, kind: .heading), 2),
                   Self.onPage(L.block("（1面から続く）", x: 210, y: 241), 2), rest]
        let parts = Self.parts(blocks)
        let assignments = try #require(parts.first { $0.kind == .assignments })
        #expect(assignments.blocks.contains { $0.page == 2 && $0.block.table != nil })
        #expect(!parts.contains { $0.kind == .supportSystems && $0.blocks.contains { $0.block.table != nil } })
        guard case .assignments(let record?) = ParsedPart(assignments) else { Issue.record("no assignments"); return }
        #expect(record.rows.map(\.unit) == ["総務課", "企画調整課", "観光振興課", "建設管理課"])
        // No note said the table goes on: the rows stay where they are.
        let unsaid = Self.parts(blocks.filter { $0.block.lines.first?.text != "→2面へ続く" })
        #expect(unsaid.first { $0.kind == .assignments }.map { $0.blocks.contains { $0.page == 2 } } == false)
    }

    @Test("Rows under `（前ページより続く）` in a section whose own table said it goes on stay in that section")
    func ownJumpStays() {
        let older = PageBreakTablesTests.grid([["配属先", "事務", "技術"], ["総務課", "2", "－"]], page: 1, y: 100, x0: 300)
        let support = PageBreakTablesTests.grid([["制度", "期間"], ["育児休業", "3年"]], page: 1, y: 500, x0: 40)
        let rest = PageBreakTablesTests.grid([["介護休暇", "6か月"]], page: 2, y: 60, x0: 40, header: 0)
        let parts = Self.parts([
            L.block("配属実績", x: 300, y: 80, size: 10, kind: .heading), older, L.block("→2面へ続く", x: 400, y: 140),
            L.block("仕事と家庭の両立支援", x: 40, y: 480, size: 10, kind: .heading), support, L.block("（次ページへ続く）", x: 40, y: 540),
            Self.onPage(L.block("（前ページより続く）", x: 40, y: 45), 2), rest,
        ])
        #expect(parts.first { $0.kind == .assignments }.map { !$0.blocks.contains { $0.page == 2 } } == true, "\(parts.map { ($0.kind, $0.blocks.count) })")
    }

    @Test("`問` boxed left of an office and its numbers opens the contacts, wherever it stands")
    func askMark() throws {
        let parts = Self.parts([
            L.block("仕事と家庭の両立支援", x: 199, y: 676, size: 9.6, kind: .heading), L.block("●育児休業（子が3歳に達するまで）", x: 190, y: 697, size: 8),
            L.block("令和8年度高岡市職員採用試験", x: 363, y: 683, size: 13, kind: .heading),
            L.block("対", x: 364, y: 711, size: 8.4), L.block("平成11年4月2日以降に生まれた人", x: 379, y: 711, size: 8.4),
            L.block("問", x: 364, y: 773, size: 8.4), Self.lines(["高岡市総務部人事課", "☎0766-20-1432", "shokuin-boshu@city.takaoka.lg.jp"], x: 379, y: 773),
        ])
        let part = try #require(parts.first { $0.kind == .contacts }, "\(parts.map(\.kind))")
        let contacts = ContactsParser().parse(part)
        #expect(contacts.map(\.office) == ["高岡市総務部人事課"])
        #expect(contacts.first?.phones.map(\.number) == ["0766-20-1432"])
        #expect(contacts.first?.withoutPublisherLine("高岡市").office == "高岡市総務部人事課", "a card under 問 names its office whole")
        // A newsletter's articles each end with a card: each is a contact, and the article after one is read on.
        let articles = Self.parts([
            L.block("仕事と家庭の両立支援", x: 40, y: 100, size: 9.6, kind: .heading), L.block("●育児休業（子が3歳に達するまで）", x: 40, y: 120, size: 8),
            L.block("問", x: 40, y: 140, size: 8.4), Self.lines(["職員課", "☎0766-20-1111"], x: 55, y: 140),
            L.block("●介護休暇（通算6か月）", x: 40, y: 180, size: 8),
            L.block("問", x: 40, y: 200, size: 8.4), Self.lines(["人事課", "☎0766-20-1432"], x: 55, y: 200),
        ])
        #expect(articles.filter { $0.kind == .contacts }.count == 2)
        #expect(articles.contains { $0.kind == .supportSystems && $0.blocks.contains { $0.block.lines[0].text.hasPrefix("●介護休暇") } }, "\(articles.map(\.kind))")
        // Beside something else, or a mark over no numbers, it is no card.
        #expect(UnheadedContacts.askCards(in: [L.block("問", x: 364, y: 773).block, Self.lines(["高岡市総務部人事課", "平日8時30分から"], x: 379, y: 773).block], page: 1).isEmpty)
        #expect(UnheadedContacts.askCards(in: [L.block("問", x: 364, y: 773).block, Self.lines(["高岡市総務部人事課", "☎0766-20-1432"], x: 379, y: 810).block], page: 1).isEmpty)
    }

    @Test("A slide's message under its heading, a sentence, is the open section's, whatever section its words name")
    func slideMessage() {
        let parts = Self.parts([
            L.block("働きやすい職場づくり", x: 26, y: 63, size: 13, kind: .heading),
            L.block("仕事と生活の両立を応援します", x: 26, y: 106, size: 18.5, kind: .heading),
            L.block("◆テレワークの推進", x: 300, y: 90, size: 13, kind: .heading), L.block("本局の事務系職員は週2日まで在宅で勤務できます。", x: 300, y: 110),
        ])
        #expect(parts.map(\.kind) == [.initiatives], "\(parts.map(\.kind))")
        var open = SectionSegmenter.Part(kind: .initiatives, heading: "働きやすい職場づくり", headingSize: 13, page: 1)
        open.titleBox = Rect(x0: 26, y0: 63, x1: 156, y1: 76)
        let under = L.block("仕事と家庭の両立を支援しています", x: 26, y: 106, size: 18.5, kind: .heading).block
        #expect(SectionSegmenter.isMessage("仕事と家庭の両立を支援しています", block: under, of: open, page: 1))
        #expect(!SectionSegmenter.isMessage("仕事と家庭の両立を支援しています", block: under, of: open, page: 2), "on another page")
        let far = L.block("仕事と家庭の両立を支援しています", x: 26, y: 400, size: 18.5, kind: .heading).block
        #expect(!SectionSegmenter.isMessage("仕事と家庭の両立を支援しています", block: far, of: open, page: 1), "far below the title")
        #expect(!SectionSegmenter.isMessage("仕事と家庭の両立支援", block: under, of: open, page: 1), "a topic, no sentence")
        var begun = open
        begun.blocks = [L.block("◆テレワーク", x: 26, y: 80)]
        #expect(!SectionSegmenter.isMessage("仕事と家庭の両立を支援します", block: under, of: begun, page: 1), "after the section's text, a section of its own")
    }

    @Test("A headline set larger right under the section's banner is its first article; over contacts it is the page's own and closes them")
    func headlineUnderBanner() {
        let feature = Self.parts([
            L.block("特集 働きやすい職場づくり", x: 600, y: 180, size: 11, kind: .heading),
            L.block("学校事務にもテレワーク", x: 600, y: 205, size: 16, kind: .heading),
            L.block("令和6年度から、県立学校の事務職員も在宅で働けるようになりました。", x: 600, y: 240),
        ])
        #expect(feature.first.map { $0.kind == .initiatives && $0.blocks.contains { $0.block.lines[0].text == "学校事務にもテレワーク" } } == true)
        let thanks = Self.parts([
            L.block("お問い合わせ", x: 26, y: 63, size: 13, kind: .heading),
            L.block("ご参加ありがとうございました", x: 26, y: 106, size: 18.5, kind: .heading),
        ])
        #expect(thanks.allSatisfy { !$0.blocks.contains { $0.block.lines[0].text.hasPrefix("ご参加") } }, "\(thanks.map(\.blocks))")
    }

    @Test("A title set large elsewhere on the page, not under the section's title, closes the part still empty")
    func mastheadClosesEmptyPart() {
        let parts = Self.parts([
            L.block("人材育成", x: 46, y: 401, size: 12, kind: .heading),
            L.block("JETRO", x: 475, y: 47, size: 28, kind: .heading),
        ])
        #expect(!parts.contains { $0.blocks.contains { $0.block.lines[0].text == "JETRO" } }, "\(parts.map(\.blocks))")
    }

    @Test("Rows under their own section's heading and `（前ページからの続き）` stay in that section's part")
    func continuedUnderOwnHeading() throws {
        let first = PageBreakTablesTests.grid([["部局等", "事務系", "技術系"], ["政策企画部", "2", "0"]], page: 1, y: 200, x0: 60)
        let rest = PageBreakTablesTests.grid([["部局等", "事務系", "技術系"], ["総務部", "3", "1"]], page: 2, y: 57, x0: 60)
        let parts = Self.parts([
            L.block("配属実績", x: 60, y: 180, size: 10, kind: .heading), first, L.block("（次ページへ続く）", x: 60, y: 240),
            Self.onPage(L.block("配属実績", x: 25, y: 43, size: 10, kind: .heading), 2), Self.onPage(L.block("（前ページからの続き）", x: 56, y: 40), 2), rest,
        ])
        let second = try #require(parts.last { $0.kind == .assignments })
        #expect(second.page == 2 && second.blocks.contains { $0.block.table != nil }, "\(parts.map { ($0.kind, $0.page, $0.blocks.count) })")
    }

    @Test("A sub-headline between dashes under a feature's headline opens its text: the headline names the item")
    func dashedSubtitle() {
        let items = TitledParagraphs().split(L.part(.initiatives, "特集 働きやすい職場づくり", [
            L.block("学校事務にもテレワーク", x: 600, y: 205, size: 16, kind: .heading),
            L.block("―県立学校の事務室から在宅へ―", x: 600, y: 228, size: 8.6),
            Self.lines(["令和6年度から、県立学校の事務職員も週2日", "まで在宅で働けるようになりました。"], x: 600, y: 243, size: 8),
        ]))
        #expect(items.map(\.title) == ["学校事務にもテレワーク"])
        #expect(TitledParagraphs.isDashedSubtitle("―1年間のメンター制度―") && !TitledParagraphs.isDashedSubtitle("―") && !TitledParagraphs.isDashedSubtitle("―期間―年5日"))
    }

    @Test("A printed web page: its contact box read before the site's footer table, a link naming the form no office's; `＋` toggles no items; `鐵道` a railway")
    func printedWebPage() throws {
        let part = L.part(.contacts, "このページに関するお問い合わせ", [
            L.block("益子町総務課", x: 42, y: 269, size: 8.6),
            Self.lines(["電話：0285-72-8837", "ファクス：0285-72-3910", "メールアドレス：mashiko-somu@town.mashiko.lg.jp", "メールフォームによるお問い合わせ"], x: 42, y: 284),
            PageBreakTablesTests.grid([["益子町役場", "開庁時間"], ["電話：0285-72-2111（代表）", "（祝日・年末年始を除く）"]], page: 1, y: 378, x0: 42),
        ])
        let contacts = ContactsParser().parse(part)
        #expect(contacts.map(\.office) == ["益子町総務課"])
        #expect(contacts.first?.phones.map(\.number) == ["0285-72-8837"])
        let items = TitledParagraphs().split(L.part(.supportSystems, "仕事と家庭の両立支援", [
            L.block("＋", x: 40, y: 100), L.block("育児休業（子が3歳に達するまで）", x: 56, y: 100),
            L.block("＋", x: 40, y: 120), L.block("介護休暇（通算6か月）", x: 56, y: 120),
        ]))
        #expect(items.map(\.title) == ["育児休業(子が3歳に達するまで)", "介護休暇(通算6か月)"])
        let access = AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒321-4293 栃木県芳賀郡益子町大字益子2030番地", x: 30, y: 160), L.block("真岡鐵道益子駅から徒歩約15分", x: 44, y: 181),
        ]))
        #expect(access?.routes.map(\.station) == ["益子"])
    }

    @Test("A breadcrumb title is the section its last step names, or its first step's when the last names none")
    func breadcrumbs() {
        #expect(SectionKind.opened(by: "働く環境 ＞ 仕事と家庭の両立支援") == .supportSystems)
        #expect(SectionKind.opened(by: "採用情報 > 採用実績") == .hiring)
        #expect(SectionKind.opened(by: "お問い合わせ ＞ ご質問はお気軽に") == .contacts)
        #expect(SectionKind.lastCrumb("採用実績") == nil)
        #expect(SectionKind.opened(by: "試験区分 ＞ 採用実績") == .hiring, "the last step, not the first")
        #expect(SectionKind.lastCrumb("詳しくは市HP＞職員採用＞お問い合わせをご覧ください。") == nil, "a sentence along the menus")
    }

    @Test("The contacts' own word over the office is no part of the office's name; `お問い合わせ` opens contacts at a cell's start")
    func contactsWord() throws {
        let contact = try #require(ContactsParser.contact(label: "お問い合わせ＞ご質問はお気軽に", lines: ["お問い合わせ", "四国財務局総務部人事課", "TEL 087-831-2141"],
                                                          page: 8, box: Rect(x0: 0, y0: 0, x1: 100, y1: 40)))
        #expect(contact.office == "四国財務局総務部人事課")
        #expect(ContactsParser.namesContacts("お問い合わせ") && !ContactsParser.namesContacts("採用担当") && !ContactsParser.namesContacts("人事課"))
        #expect(SectionKind.startingWith("お問い合わせ") == .contacts)
    }

    @Test("A later slide's `配属実績 (2/2)` over its table's repeated header goes on with the part before")
    func countedSlides() throws {
        let first = PageBreakTablesTests.grid([["配属先", "事務", "技術"], ["総務部総務課", "1", "－"], ["関西空港事務所", "1", "1"]], page: 4, y: 85, x0: 268)
        let second = PageBreakTablesTests.grid([["配属先", "事務", "技術"], ["那覇空港事務所", "1", "1"], ["松山空港事務所", "1", "－"]], page: 5, y: 85, x0: 268)
        let parts = Self.parts([
            Self.onPage(L.block("配属実績 (1/2)", x: 26, y: 63, size: 13, kind: .heading), 4),
            Self.onPage(L.block("令和7年度採用者の配属先（単位：人）", x: 268, y: 60), 4), first,
            Self.onPage(L.block("配属実績 (2/2)", x: 26, y: 63, size: 13), 5),
            // (The slide's message set large closes the part; the repeated header opens one.)
            Self.onPage(L.block("空港の現場から", x: 26, y: 106, size: 18.5, kind: .heading), 5), second,
        ])
        let assignments = parts.filter { $0.kind == .assignments }
        #expect(assignments.count == 1, "\(parts.map { ($0.kind, $0.heading) })")
        guard let part = assignments.first, case .assignments(let record?) = ParsedPart(part) else { Issue.record("no assignments"); return }
        #expect(record.rows.map(\.unit) == ["総務部総務課", "関西空港事務所", "那覇空港事務所", "松山空港事務所"])
    }
}
