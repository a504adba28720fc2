import Testing

@testable import BrochureKit

/// Support systems set as questions and answers, contact cards under vertical tabs, routes in
/// a table of stations and stops, and a cell holding two phone numbers.
@Suite("Q&A items, tabbed cards, stops tables")
struct QuestionsTabsAndStopsTests {
    static func line(_ text: String, x: Double, y: Double, size: Double = 8, vertical: Bool = false) -> TextLine {
        let box = vertical
            ? Rect(x0: x, y0: y, x1: x + size, y1: y + Double(text.count) * size * 1.45)
            : Rect(x0: x, y0: y, x1: x + Double(text.count) * size, y1: y + size)
        return TextLine(text: text, box: box, fontSize: size, isBold: false, orientation: vertical ? .vertical : .horizontal)
    }

    static func block(_ line: TextLine, kind: Block.Kind = .paragraph) -> (page: Int, block: Block) {
        (1, Block(kind: kind, box: line.box, lines: [line]))
    }

    @Test("A question's mark as the item's title: the question's topic names it, the answer is its text")
    func questionsAndAnswers() {
        var item = TitledParagraphs.Item(title: "Q1", text: "介護休暇の期間はどのくらいですか？A 通算6か月です。3回まで分割できます。", page: 1, box: Rect(x0: 0, y0: 0, x1: 1, y1: 1))
        item.spacedTitle = "Q1"
        let named = QuestionItems.named(item)
        #expect(named.title == "介護休暇" && named.spacedTitle.isEmpty)
        #expect(named.text == "通算6か月です。3回まで分割できます。")
        #expect(QuestionItems.named(TitledParagraphs.Item(title: "Q2", text: "部分休業とはどのような制度ですか？子が小学校を卒業するまで…", page: 1, box: item.box)).title == "部分休業")
        // A title that is no question's mark, or a question opening with no name, stays.
        #expect(QuestionItems.named(TitledParagraphs.Item(title: "育児休業", text: "取れますか？はい。", page: 1, box: item.box)).title == "育児休業")
        #expect(QuestionItems.named(TitledParagraphs.Item(title: "Q3", text: "どのくらい取れますか？1年です。", page: 1, box: item.box)).title == "Q3")
        #expect(!QuestionItems.isQuestionMark("QOL向上") && QuestionItems.isQuestionMark("Q.2"))
    }

    @Test("Cards each under a vertical tab down their left edge are read card by card, the tab their label")
    func cardsUnderVerticalTabs() {
        let blocks = [
            Self.block(Self.line("事務系", x: 46, y: 418, size: 11, vertical: true), kind: .heading),
            Self.block(Self.line("総務部人事課", x: 70, y: 414, size: 9)),
            Self.block(Self.line("本社 21階", x: 70, y: 429)), Self.block(Self.line("電話 048-600-6519", x: 70, y: 443)),
            Self.block(Self.line("技術系", x: 311, y: 418, size: 11, vertical: true), kind: .heading),
            Self.block(Self.line("技術管理室技術企画課", x: 336, y: 414, size: 9)),
            Self.block(Self.line("本社 22階", x: 336, y: 429)), Self.block(Self.line("電話 048-600-6531", x: 336, y: 443)),
        ]
        let found = ContactsParser().parse(SectionSegmenter.Part(kind: .contacts, heading: "お問い合わせ", headingSize: 12, blocks: blocks, page: 1))
        #expect(found.map(\.office) == ["総務部人事課", "技術管理室技術企画課"], "\(found)")
        #expect(found.map { $0.phones.map(\.number) } == [["048-600-6519"], ["048-600-6531"]])
    }

    @Test("A contacts table's cell of two phone numbers, one a line, gives both")
    func twoPhonesInOneCell() {
        var part = ContactsParserTests.part([["区分", "担当", "電話"], ["技術系", "土木建築局総務課", "082-513-3811 082-513-3812"]])
        if case var table? = part.blocks[0].block.table {
            table.rows[1][2].lines = ["082-513-3811", "082-513-3812"]
            part.blocks[0].block.table = table
        }
        let found = ContactsParser().parse(part)
        #expect(found.map(\.office) == ["土木建築局総務課"], "\(found)")
        #expect(found.first?.phones.map(\.number) == ["082-513-3811", "082-513-3812"])
        #expect(ContactsParser.isNumberOrAddress("saiyo@water.go.jp") && !ContactsParser.isNumberOrAddress("人事委員会事務局"))
    }

    @Test("Routes in a table of stations and stops (駅・停留所 | 出口・のりば | 本庁舎まで), the station in 『』 in its cell")
    func stationsAndStopsTable() {
        func cell(_ text: String) -> Table.Cell { Table.Cell(text: text, box: Rect(x0: 0, y0: 0, x1: 10, y1: 10)) }
        let rows = [["駅・停留所", "出口・のりば", "本庁舎まで"], ["地下鉄南北線『勾当台公園』駅", "公園2出口", "徒歩1分"],
                    ["JR『仙台』駅", "西口", "徒歩約15分"], ["仙台市営バス『市役所前』", "停留所", "徒歩1分"]]
        let table = Table(box: Rect(x0: 0, y0: 0, x1: 300, y1: 60), columns: [0...100, 100...200, 200...300], rows: rows.map { $0.map(cell) }, headerRowCount: 1)
        let routes = AccessTable.routes(table, page: 2)
        #expect(routes.map(\.station) == ["勾当台公園", "仙台", "市役所前"])
        #expect(routes.map(\.walkMinutes) == [1, 15, 1])
        #expect(routes.first?.lines == ["南北線"])
        #expect(!AccessTable.isStationHeader("停留所") && AccessTable.isStationHeader("最寄駅"))
        #expect(AccessParser.looksLikeAddress("仙台市役所本庁舎〒980-8671 仙台市青葉区国分町3-7-1"))
        #expect(AccessParser.splitAddress("仙台市役所本庁舎〒980-8671 仙台市青葉区国分町3-7-1") == ("仙台市青葉区国分町3-7-1", "仙台市役所本庁舎"))
    }

    @Test("Initiatives in a row of boxes titled with their numbers (`01 テレワーク`) are named without them")
    func numberedBoxTitles() {
        #expect(TableItemsTests.titles([
            ["01 テレワーク", "02 時差勤務", "03 副業の容認"],
            ["自宅やサテライトオフィスで勤務できま", "始業時刻を7時30分から10時30分の間で", "地域貢献につながる活動への従事を認め"],
            ["す。", "選べます。", "ています。"],
        ], header: 0) == ["テレワーク", "時差勤務", "副業の容認"])
    }
}
