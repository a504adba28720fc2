import Testing

@testable import BrochureKit

/// Support systems named only in their answers, badges beside a Q&A's texts, an office's
/// second line naming the staff it serves (`技術職員担当`), and an issue date at a sidebar's foot.
@Suite("Answer-named items, staff offices, issued dates")
struct AnswerNamedItemsTests {
    static let box = Rect(x0: 0, y0: 0, x1: 1, y1: 1)

    @Test("A question naming no system: the answer's opening word names the item when it is a system's")
    func answerNamesTheSystem() {
        let named = QuestionItems.named(TitledParagraphs.Item(title: "Q1", text: "子どもが生まれたら、休みは取れますか？育児休業を、子が3歳に達するまで取得できます。", page: 1, box: Self.box))
        #expect(named.title == "育児休業" && named.text == "育児休業を、子が3歳に達するまで取得できます。")
        // A question's topic that is no system's (`通院の付き添い…`) gives way to the answer's.
        #expect(QuestionItems.named(TitledParagraphs.Item(title: "Q4", text: "通院の付き添いで休めますか？A 短期介護休暇が年5日あります。", page: 1, box: Self.box)).title == "短期介護休暇")
        // The question read as the title, the answer as its text.
        #expect(QuestionItems.named(TitledParagraphs.Item(title: "保育園の送り迎えと両立できますか?", text: "部分休業により、1日2時間まで短くできます。", page: 1, box: Self.box)).title == "部分休業")
        // A question's topic that names a system stays its name.
        #expect(QuestionItems.named(TitledParagraphs.Item(title: "Q2", text: "部分休業とはどのような制度ですか？育児休業とは別の制度です。", page: 1, box: Self.box)).title == "部分休業")
        // An answer opening with no system's word leaves a titled question as it was.
        #expect(QuestionItems.named(TitledParagraphs.Item(title: "配属はどう決まりますか?", text: "本人の希望を踏まえます。", page: 1, box: Self.box)).title == "配属はどう決まりますか?")
    }

    @Test("A question's item and the answer's after it (`Q1` | question, `A` | answer) make one item")
    func questionAndAnswerItemsPaired() {
        let items = [
            TitledParagraphs.Item(title: "Q1", text: "子どもが生まれたら、休みは取れますか？", page: 1, box: Self.box),
            TitledParagraphs.Item(title: "A", text: "育児休業を、子が3歳に達するまで取得できます。", page: 1, box: Self.box),
            TitledParagraphs.Item(title: "Q2", text: "親の介護が必要になったら？", page: 1, box: Self.box),
            TitledParagraphs.Item(title: "A", text: "介護休暇を通算6か月まで取得できます。", page: 1, box: Self.box),
        ]
        let named = QuestionItems.paired(items).map(QuestionItems.named)
        #expect(named.map(\.title) == ["育児休業", "介護休暇"])
        #expect(named.map(\.text) == ["育児休業を、子が3歳に達するまで取得できます。", "介護休暇を通算6か月まで取得できます。"])
    }

    @Test("A Q&A table's first question is no header row: every question is read with its answer")
    func questionTableHasNoHeader() {
        let texts = [["Q3", "親の介護が必要になったら？"], ["A", "介護休暇を通算6か月まで取得できます。"], ["Q4", "通院の付き添いで休めますか？"], ["A", "短期介護休暇が年5日あります。"]]
        let rows = texts.enumerated().map { r, row in
            row.enumerated().map { c, text in Table.Cell(text: text, box: Rect(x0: 150 + Double(c) * 20, y0: 420 + Double(r) * 18, x1: 160 + Double(c) * 300, y1: 428 + Double(r) * 18)) }
        }
        let table = Table(box: Rect(x0: 150, y0: 420, x1: 480, y1: 500), columns: [150...160, 170...480], rows: rows, headerRowCount: 1)
        let items = TableItems.items(in: table, page: 2)
        #expect(items.map(\.title) == ["Q3", "A", "Q4", "A"])
        #expect(QuestionItems.paired(items).map(QuestionItems.named).map(\.title) == ["介護休暇", "短期介護休暇"])
    }

    @Test("Q and A badges centred in a column are each read with the text level with them")
    func badgesBesideTheirTexts() {
        var b = PageBuilder()
        b.text("仕事と家庭の両立Q&A", x: 150, y: 300, size: 10.5, bold: true)
        let rows = [("Q1", "子どもが生まれたら、休みは取れますか？"), ("A", "育児休業を、子が3歳に達するまで取得できます。"),
                    ("Q2", "保育園の送り迎えと両立できますか？"), ("A", "部分休業により、勤務時間を短くできます。")]
        for (i, (badge, text)) in rows.enumerated() {
            let y = 330 + Double(i) * 23
            b.text(badge, x: badge == "A" ? 152 : 149, y: y, size: 8)
            b.text(text, x: 168, y: y, size: 8)
        }
        let text = LayoutEngine().layout(b.page()).textLines
        for (badge, line) in rows {
            let at = text.firstIndex(of: line)
            #expect(at.map { $0 > 0 && text[$0 - 1] == badge } == true, "\(text)")
        }
    }

    @Test("技術職員 (technical staff) in an office's second line opens no contact of the technical track")
    func staffInOfficeName() {
        #expect(ContactsParser.labelPrefix("庶務課技術職員担当") == nil)
        #expect(ContactsParser.labelPrefix("〈技術職〉")?.label == "技術職")
        func single(_ text: String, y: Double) -> (page: Int, block: Block) {
            let line = TextLine(text: text, box: Rect(x0: 14, y0: y, x1: 14 + Double(text.count) * 7, y1: y + 7), fontSize: 7, isBold: false, orientation: .horizontal)
            return (2, Block(kind: .paragraph, box: line.box, lines: [line]))
        }
        let part = SectionSegmenter.Part(kind: .contacts, heading: "お問い合わせ", headingSize: 10, blocks: [
            single("〈技術職〉", y: 145), single("まちづくり局総務部", y: 158), single("庶務課 技術職員担当", y: 170),
            single("本庁舎8階", y: 181), single("TEL 044-200-2712", y: 192),
        ], page: 2)
        let contacts = ContactsParser().parse(part)
        #expect(contacts.map(\.office) == ["まちづくり局総務部庶務課技術職員担当"])
        #expect(contacts.first?.location == "本庁舎8階")
    }

    @Test("A date the first page says it was issued on (令和8年4月発行) dates the brochure wherever it stands")
    func issuedDateLowOnTheCover() {
        let layout = EditionWindowTests.layout([[
            "川崎市", "職員採用案内", "採用実績", "令和7年度", "令和6年度", "令和5年度", "令和4年度", "配属先（令和7年4月1日現在）", "令和8年4月発行",
        ]])
        #expect(EditionFinder.find(layout)?.asOf == "2026-04")
        // A bare date low on the cover still dates nothing beside a 現在 date.
        let bare = EditionWindowTests.layout([[
            "川崎市", "職員採用案内", "採用実績", "令和7年度", "令和6年度", "令和5年度", "令和4年度", "配属先（令和7年4月1日現在）", "令和8年4月",
        ]])
        #expect(EditionFinder.find(bare)?.asOf == "2025-04")
    }
}
