import Testing

@testable import BrochureKit

/// Section layouts set as loose lines, one-line records or small tables: exam rows under
/// track bars, support names over indented text, one-line contacts, station tables, and the
/// name of an agency writing from its ministry's mail domain.
@Suite("Loose section layouts")
struct LooseLayoutsTests {
    /// One line of `size` pt at (x, y), as a block of its own.
    static func block(_ text: String, x: Double, y: Double, size: Double = 9, kind: Block.Kind = .paragraph) -> (page: Int, block: Block) {
        let box = Rect(x0: x, y0: y, x1: x + Double(text.count) * size, y1: y + size)
        return (1, Block(kind: kind, box: box, lines: [TextLine(text: text, box: box, fontSize: size, isBold: false, orientation: .horizontal)]))
    }

    static func part(_ kind: SectionKind, _ heading: String, _ blocks: [(page: Int, block: Block)]) -> SectionSegmenter.Part {
        SectionSegmenter.Part(kind: kind, heading: heading, headingSize: 12, blocks: blocks, page: 1)
    }

    @Test("Exam rows under a track bar (a track alone on its row, in the levels' column) take that track, however far below")
    func trackBars() throws {
        // Read column by column: the labels first, then the categories, each centred on its row.
        let exam = try #require(ExamBreakdownParser().parse(Self.part(.examBreakdown, "試験区分", [
            Self.block("事務系", x: 300, y: 100), Self.block("大卒程度試験", x: 300, y: 122), Self.block("院卒程度試験", x: 300, y: 145),
            Self.block("技術系", x: 300, y: 162), Self.block("大卒程度試験", x: 300, y: 185),
            Self.block("法律：3名、経済：1名", x: 400, y: 122), Self.block("行政：1名", x: 400, y: 145),
            Self.block("工学：6名", x: 400, y: 185),
        ])))
        #expect(exam.entries.map { "\($0.track) \($0.level) \($0.category) \($0.count)" } == [
            "administrative undergraduate 法律 3", "administrative undergraduate 経済 1", "administrative graduate 行政 1",
            "technical undergraduate 工学 6",
        ])
    }

    @Test("A support system's name over its text set indented in smaller type: the text, however short")
    func indentedText() {
        let items = TitledParagraphs().split(Self.part(.supportSystems, "両立支援制度", [
            Self.block("育児休業", x: 40, y: 100), Self.block("子が３歳に達するまで", x: 52, y: 113, size: 8),
            Self.block("配偶者出産休暇", x: 40, y: 128), Self.block("２日以内", x: 52, y: 141, size: 8),
        ]))
        #expect(items.map { "\($0.title)|\($0.text)" } == ["育児休業|子が3歳に達するまで", "配偶者出産休暇|2日以内"])
    }

    @Test("A one-line contact (担当：…／TEL：…／Mail：…) splits into its fields")
    func oneLineContact() throws {
        let contact = try #require(ContactsParser.contact(
            label: "総合職事務系", lines: ["担当:政策課人事班(本庁舎)/TEL:03-1234-5678(直通)/Mail:jinji@example.go.jp"], page: 1,
            box: Rect(x0: 40, y0: 100, x1: 500, y1: 110)))
        #expect(contact.office == "政策課人事班")
        #expect(contact.location == "本庁舎")
        #expect(contact.phones.map(\.number) == ["03-1234-5678"])
        #expect(contact.emails == ["jinji@example.go.jp"])
        // A slash not before a field label leaves the line whole.
        #expect(ContactsParser.fields("人事課/企画室") == ["人事課/企画室"])
        // Vertical bars part the fields whatever follows them.
        let barred = try #require(ContactsParser.contact(
            label: "お問い合わせ", lines: ["北辰厚生局総務課人事係｜TEL 06-6942-2241｜E-mail saiyo@example.go.jp"], page: 1,
            box: Rect(x0: 40, y0: 100, x1: 500, y1: 110)))
        #expect(barred.office == "北辰厚生局総務課人事係")
        #expect(barred.phones.map(\.number) == ["06-6942-2241"] && barred.emails == ["saiyo@example.go.jp"])
    }

    @Test("Routes as a table under a header naming the station column (最寄駅 | 路線 | 出口 | 徒歩)")
    func stationTable() throws {
        let rows: [[String]] = [["最寄駅", "路線", "出口", "徒歩"], ["丸太町", "地下鉄烏丸線", "２番出口", "約10分"], ["二条城前駅", "地下鉄東西線", "２番出口", "約15分"]]
        var cells: [[Table.Cell]] = []
        for (r, row) in rows.enumerated() {
            var line: [Table.Cell] = []
            for (c, text) in row.enumerated() {
                let x = 40.0 + Double(c) * 80.0
                let y = 130.0 + Double(r) * 14.0
                line.append(Table.Cell(text: text, box: Rect(x0: x, y0: y, x1: x + 60, y1: y + 9)))
            }
            cells.append(line)
        }
        let columns: [ClosedRange<Double>] = [40...100, 120...180, 200...260, 280...340]
        let box = Rect(x0: 40, y0: 130, x1: 340, y1: 172)
        let table = Table(box: box, columns: columns, rows: cells, headerRowCount: 1)
        let address = Self.block("京都府京都市上京区下長者町通新町西入藪之内町85番4", x: 40, y: 110)
        let tableBlock: (page: Int, block: Block) = (1, Block(kind: .table, box: box, lines: [], table: table))
        let access = try #require(AccessParser().parse(Self.part(.access, "アクセス", [address, tableBlock])))
        #expect(access.routes.map { "\($0.station) \($0.lines) \($0.exit ?? "-") \($0.walkMinutes ?? -1)" } == [
            "丸太町 [\"地下鉄烏丸線\"] 2 10", "二条城前 [\"地下鉄東西線\"] 2 15",
        ])
    }

    @Test("A cohort named by its intake month (令和6年4月採用者) is that fiscal year")
    func intakeCohort() {
        #expect(AssignmentsParser.cohortYear(in: "令和6年4月採用者の配属先") == 2024)
        #expect(AssignmentsParser.cohortYear(in: "2024年4月入省者の配属") == 2024)
    }

    @Test("An agency at its ministry's mail domain is the publisher when the text names it more than the ministry")
    func agencyAtMinistryDomain() {
        func layout(_ texts: [String]) -> DocumentLayout {
            let blocks = texts.enumerated().map { Self.block($0.element, x: 40, y: 40 + Double($0.offset) * 20, kind: $0.offset == 0 ? .heading : .paragraph).block }
            let page = PageLayout(number: 1, width: 595, height: 842, bodyFontSize: 9, isVertical: false, blocks: blocks)
            return DocumentLayout.onePage(page)
        }
        let contact = Contact(track: .administrative, label: "総合職事務系", specialty: nil, office: "人事課", location: nil, phones: [],
                              emails: ["jinji@mext.go.jp"], page: 1)
        #expect(OrganizationFinder.find(layout: layout(["文化庁 採用案内", "文化庁は京都にあります。"]), contacts: [contact]) == "文化庁")
        // The ministry's own brochure names its agency in passing.
        #expect(OrganizationFinder.find(layout: layout(["文部科学省 採用案内", "文部科学省と文化庁の連携"]), contacts: [contact]) == "文部科学省")
    }

    @Test("An agency at its ministry's mail domain is the publisher when the cover's title (the first page's largest line) names it")
    func agencyInCoverTitle() {
        func layout(_ title: String, _ texts: [String]) -> DocumentLayout {
            let blocks = [Self.block(title, x: 40, y: 40, size: 25, kind: .heading).block]
                + texts.enumerated().map { Self.block($0.element, x: 40, y: 100 + Double($0.offset) * 20).block }
            let page = PageLayout(number: 1, width: 842, height: 595, bodyFontSize: 9, isVertical: false, blocks: blocks)
            return DocumentLayout.onePage(page)
        }
        let contact = Contact(track: .administrative, label: "総合職事務系", specialty: nil, office: "総務課", location: nil, phones: [],
                              emails: ["saiyo@meti.go.jp"], page: 1)
        // The agency's building, joint training and secondments name the ministry more often.
        let passing = ["経済産業省の外局です。", "経済産業省と合同の研修", "経済産業省本省（出向）", "経済産業省別館5階", "経済産業省別館"]
        #expect(OrganizationFinder.find(layout: layout("資源エネルギー庁", passing), contacts: [contact]) == "資源エネルギー庁")
        #expect(OrganizationFinder.find(layout: layout("経済産業省", ["資源エネルギー庁と特許庁"]), contacts: [contact]) == "経済産業省")
    }
}
