import Testing

@testable import BrochureKit

/// Shapes of holdout28: assignments as two bar lists side by side, contacts as a definition
/// list with dotted leaders, a publisher set apart before its office, routes under a contacts
/// heading, and support periods set larger than their names.
@Suite("Panels and definition lists")
struct PanelsAndDefinitionListsTests {
    typealias L = LooseLayoutsTests
    typealias C = CardsRibbonsAndGlossesTests

    static func line(_ text: String, x: Double, y: Double, size: Double = 8.5, right: Bool = false) -> TextLine {
        let width = Double(text.count) * size * (text.allSatisfy(\.isASCII) ? 0.6 : 1)
        let x0 = right ? x - width : x
        return TextLine(text: text, box: Rect(x0: x0, y0: y, x1: x0 + width, y1: y + size), fontSize: size, isBold: false, orientation: .horizontal)
    }

    /// A bar list's panel: its title at `x`, each unit right-aligned at `x + 94`, its number
    /// at the end of a bar as long as the number says.
    static func panel(_ title: String, _ units: [(String, Int)], x: Double) -> [TextLine] {
        [line(title, x: x, y: 86, size: 10)] + units.enumerated().flatMap { i, unit in
            [line(unit.0, x: x + 94, y: 108 + 15 * Double(i), right: true),
             line(String(unit.1), x: x + 100 + 6 * Double(unit.1), y: 108 + 15 * Double(i))]
        }
    }

    @Test("Two bar lists side by side, one per track: each unit takes the number on its line, a unit missing from a panel none of that track")
    func barPanels() {
        // A name of the column without a number on its line: the panel is not read, nor the list.
        let missing = Self.panel("事務系（21人）", [("総務部", 7), ("企画部", 5), ("土木部", 4), ("教育庁", 5)], x: 46)
            + Self.panel("技術系（19人）", [("土木部", 11), ("農政部", 6), ("企画部", 2)], x: 311) + [Self.line("環境部", x: 405, y: 153, right: true)]
        #expect(BarListPanels.rows(missing, page: 2) == nil)
        let good = Self.panel("事務系（21人）", [("総務部", 7), ("企画部", 5), ("土木部", 4), ("教育庁", 5)], x: 46)
            + Self.panel("技術系（19人）", [("土木部", 11), ("農政部", 6), ("企画部", 2)], x: 311)
        let record = BarListPanels.rows(good, page: 2)
        #expect(AssignmentListShapesTests.read(record.map { AssignmentRecord(cohortFiscalYear: 2025, asOf: nil, rows: $0, page: 2) })
            == ["総務部 7 0", "企画部 5 2", "土木部 4 11", "教育庁 5 0", "農政部 0 6"])
        // Read so by the assignments parser, the lines in one block.
        let part = SectionSegmenter.Part(kind: .assignments, heading: "配属先", headingSize: 13,
            blocks: [(2, Block(kind: .paragraph, box: Rect.enclosing(good.map(\.box))!, lines: good))], page: 2)
        #expect(AssignmentListShapesTests.read(AssignmentsParser().parse(part)).count == 5)
        // A title whose total the numbers do not add up to: not such a list.
        let wrong = Self.panel("事務系（22人）", [("総務部", 7), ("企画部", 5), ("土木部", 4), ("教育庁", 5)], x: 46)
            + Self.panel("技術系（19人）", [("土木部", 11), ("農政部", 6), ("企画部", 2)], x: 311)
        #expect(BarListPanels.rows(wrong, page: 2) == nil)
        #expect(BarListPanels.title(Self.line("事務系（63人）", x: 0, y: 0))?.total == 63)
        #expect(BarListPanels.title(Self.line("事務系の配属先", x: 0, y: 0)) == nil)
    }

    @Test("A bar-list panel the layout read as a table of names and numbers is still its track's panel, not a table under both titles")
    func barPanelAsTable() {
        let admin = Self.panel("事務系（21人）", [("総務部", 7), ("企画部", 5), ("土木部", 4), ("教育庁", 5)], x: 46)
        let tech = Self.panel("技術系（19人）", [("土木部", 11), ("農政部", 6), ("企画部", 2)], x: 311)
        let body = Array(admin.dropFirst())
        let cells = stride(from: 0, to: body.count, by: 2).map { i in [Table.Cell(text: body[i].text, box: body[i].box), Table.Cell(text: body[i + 1].text, box: body[i + 1].box)] }
        let box = Rect.enclosing(body.map(\.box))!
        let table = Table(box: box, columns: [box.x0...140, 150...box.x1], rows: cells, headerRowCount: 0)
        func single(_ line: TextLine) -> (page: Int, block: Block) { (2, Block(kind: .paragraph, box: line.box, lines: [line])) }
        let blocks = [single(Self.line("令和7年度採用者の配属先（人）", x: 40, y: 62, size: 9)), single(admin[0]), single(tech[0]),
                      (2, Block(kind: .table, box: box, lines: body, table: table))] + tech.dropFirst().map(single)
        let record = AssignmentsParser().parse(SectionSegmenter.Part(kind: .assignments, heading: "配属先", headingSize: 13, blocks: blocks, page: 2))
        #expect(AssignmentListShapesTests.read(record) == ["総務部 7 0", "企画部 5 2", "土木部 4 11", "教育庁 5 0", "農政部 0 6"])
    }

    @Test("Contacts as a definition list under a head row (担当 | 電話／メール): each term takes the numbers from its line to the next term's; a topic bracketed after the office labels it")
    func definitionList() {
        func single(_ text: String, x: Double, y: Double) -> (page: Int, block: Block) {
            let l = Self.line(text, x: x, y: y, size: 9)
            return (2, Block(kind: .paragraph, box: l.box, lines: [l]))
        }
        func pair(_ a: String, _ b: String, x: Double, y: Double) -> (page: Int, block: Block) {
            let lines = [Self.line(a, x: x, y: y, size: 9), Self.line(b, x: x, y: y + 14, size: 9)]
            return (2, Block(kind: .paragraph, box: Rect.enclosing(lines.map(\.box))!, lines: lines))
        }
        // Read column by column, as a layout without the leaders reads it.
        let blocks = [
            single("担当", x: 38, y: 466), single("総務部 人事課（採用試験・選考について）", x: 38, y: 485),
            single("企画部 研究推進室（仕事内容・職場見学について）", x: 38, y: 519), single("電話／メール", x: 360, y: 466),
            pair("TEL 029-850-2471", "E-mail saiyo@example.go.jp", x: 360, y: 485),
            pair("TEL 029-850-2325", "E-mail kengaku@example.go.jp", x: 360, y: 519),
            single("所在地 〒305-8506 茨城県つくば市小野川16-2", x: 38, y: 557),
        ]
        let found = ContactsParser().parse(SectionSegmenter.Part(kind: .contacts, heading: "お問い合わせ", headingSize: 10.5, blocks: blocks, page: 2))
        #expect(found.map(\.office) == ["総務部人事課", "企画部研究推進室"])
        #expect(found.map(\.label) == ["採用試験・選考について", "仕事内容・職場見学について"])
        #expect(found.map { $0.phones.map(\.number) } == [["029-850-2471"], ["029-850-2325"]])
        #expect(found.map(\.emails) == [["saiyo@example.go.jp"], ["kengaku@example.go.jp"]])
        #expect(ContactDefinitionList.isValueHead("電話/メール"))
        #expect(!ContactDefinitionList.isValueHead("総務部"))
    }

    @Test("A prefecture set apart before its office is the publisher's name, taken off; a building after the numbers is the location; routes under a contacts heading are access too")
    func publisherApartAndRoutes() throws {
        let blocks = [
            L.block("【採用試験について】", x: 50, y: 553), L.block("鹿児島県 人事委員会事務局任用課", x: 50, y: 568),
            L.block("TEL 099-286-3894", x: 50, y: 583), L.block("E-mail ninyo@example.lg.jp", x: 50, y: 598),
            L.block("鹿児島県庁（行政庁舎）", x: 50, y: 627), L.block("〒890-8577 鹿児島県鹿児島市鴨池新町10番1号", x: 50, y: 642),
            L.block("・JR鹿児島中央駅 東口からバス約20分「県庁前」下車", x: 50, y: 657), L.block("・鹿児島市電郡元電停 徒歩約15分", x: 50, y: 671),
        ]
        let part = L.part(.contacts, "お問い合わせ", blocks)
        let contact = try #require(ContactsParser().parse(part).first)
        #expect(contact.office == "鹿児島県人事委員会事務局任用課")
        #expect(contact.location == "鹿児島県庁(行政庁舎)")
        #expect(contact.withoutPublisherLine("鹿児島県").office == "人事委員会事務局任用課")
        #expect(ContactsParser.placeApart("埼玉県人事委員会事務局 任用審査課") == nil)
        #expect(ContactsParser.placeApart("鹿児島県 人事委員会事務局任用課") == ["鹿児島県", "人事委員会事務局任用課"])
        let parts = SectionSegmenter.twinningAccess([part])
        #expect(parts.map(\.kind) == [.contacts, .access])
        #expect(AccessParser().parse(parts[parts.count - 1])?.routes.map(\.station) == ["鹿児島中央", "郡元"])
        // A field's name before the postal code names no building.
        #expect(AccessParser.splitAddress("所在地 〒305-8506 茨城県つくば市小野川16-2").1 == nil)
        // Without routes, contacts stay alone.
        #expect(SectionSegmenter.twinningAccess([L.part(.contacts, "お問い合わせ", Array(blocks.prefix(4)))]).count == 1)
    }

    @Test("A support period set larger than its name, straight under it, is the name's, not a second line of its title")
    func largerPeriod() {
        let blocks = [
            C.block(["育児休業"], x: 46, y: 231, size: 9.5), C.block(["子が3歳まで"], x: 46, y: 246, size: 11, kind: .heading),
            C.block(["男性職員の取得も増えています。"], x: 46, y: 263, size: 8),
            C.block(["介護休業"], x: 46, y: 295, size: 9.5), C.block(["通算93日まで"], x: 46, y: 310, size: 11, kind: .heading),
            C.block(["3回まで分割して取得できます。"], x: 46, y: 327, size: 8),
        ]
        let items = TitledParagraphs().split(SectionSegmenter.Part(kind: .supportSystems, heading: "両立支援制度", headingSize: 10.5, blocks: blocks, page: 2))
        #expect(items.map(\.title) == ["育児休業", "介護休業"], "\(items.map { ($0.title, $0.text) })")
    }
}
