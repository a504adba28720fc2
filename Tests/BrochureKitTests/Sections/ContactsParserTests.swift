import Testing

@testable import BrochureKit

@Suite("Contacts")
struct ContactsParserTests {
    /// A contacts section holding one table block with these rows.
    static func part(_ rows: [[String]]) -> SectionSegmenter.Part {
        let box = Rect(x0: 40, y0: 90, x1: 500, y1: 200)
        let cells = rows.enumerated().map { r, row in
            row.enumerated().map { c, text in
                Table.Cell(text: text, box: text.isEmpty ? nil : Rect(x0: 40 + Double(c) * 260, y0: 90 + Double(r) * 16, x1: 240 + Double(c) * 260, y1: 100 + Double(r) * 16))
            }
        }
        let table = Table(box: box, columns: [40...240, 300...500], rows: cells, headerRowCount: 0)
        return SectionSegmenter.Part(
            kind: .contacts, heading: "採用窓口", headingSize: 14, blocks: [(1, Block(kind: .table, box: box, lines: [], table: table))], page: 1)
    }

    @Test("Contact cards side by side, laid out as a table, are read card by card")
    func cardsSideBySide() {
        let found = ContactsParser().parse(Self.part([
            ["総合職事務系", "総合職技術系"],
            ["総務部秘書課", "審査第一部調整課"],
            ["電話：03-3581-1101（内線2106）", "電話：03-3581-1102（内線3102）"],
            ["メール：jinji@example.go.jp", "メール：shinsa@example.go.jp"],
        ]))
        #expect(found.map(\.office) == ["総務部秘書課", "審査第一部調整課"])
        #expect(found.map(\.emails) == [["jinji@example.go.jp"], ["shinsa@example.go.jp"]])
        #expect(found.map { $0.phones.map(\.number) } == [["03-3581-1101"], ["03-3581-1102"]])
    }

    @Test("Cards under a row of labels, their lines laid out as one table and a card's extra line left below it, are read card by card; a kicker in capitals under them is no office")
    func cardsUnderLabelRow() {
        func line(_ text: String, x: Double, y: Double) -> TextLine {
            TextLine(text: text, box: Rect(x0: x, y0: y, x1: x + Double(text.count) * 7, y1: y + 8), fontSize: 8, isBold: false, orientation: .horizontal)
        }
        func single(_ text: String, x: Double, y: Double, kind: Block.Kind = .heading) -> (page: Int, block: Block) {
            let l = line(text, x: x, y: y)
            return (1, Block(kind: kind, box: l.box, lines: [l]))
        }
        let rows = [["総務課人事係", "業務課デジタル係", "統括専門官室"], ["本館2階", "本館3階", "本館4階"],
                    ["TEL 03-3214-0621（内線213）", "TEL 03-3214-0621（内線382）", "TEL 03-3214-0621（内線455）"],
                    ["Mail saiyo@example.go.jp", "TEL 03-3214-0697（直通）", "Mail archivist@example.go.jp"]]
        let cells = rows.enumerated().map { r, row in
            row.enumerated().map { c, text in Table.Cell(text: text, box: line(text, x: 46 + Double(c) * 175, y: 494 + Double(r) * 12).box) }
        }
        let box = Rect(x0: 46, y0: 494, x1: 560, y1: 538)
        let table = Table(box: box, columns: [46...200, 221...375, 396...550], rows: cells, headerRowCount: 0)
        let part = SectionSegmenter.Part(kind: .contacts, heading: "お問い合わせ", headingSize: 12, blocks: [
            single("■事務系", x: 42, y: 478), single("■技術系（デジタル）", x: 217, y: 478), single("■専門職（アーキビスト）", x: 392, y: 478),
            (1, Block(kind: .table, box: box, lines: [], table: table)),
            single("Mail digital@example.go.jp", x: 221, y: 542, kind: .paragraph), single("ACCESS", x: 52, y: 577, kind: .paragraph),
        ], page: 1)
        let found = ContactsParser().parse(part)
        #expect(found.map(\.office) == ["総務課人事係", "業務課デジタル係", "統括専門官室"])
        #expect(found.map(\.track) == [.administrative, .technical, .other])
        #expect(found.map(\.emails) == [["saiyo@example.go.jp"], ["digital@example.go.jp"], ["archivist@example.go.jp"]])
        #expect(found.map { $0.phones.count } == [1, 2, 1])
    }

    @Test("Labels centred over their cards in a table's first row, one naming no track (研究職); e-mails left under the table go to the card above them; a site with its town in brackets is the location")
    func centredCardLabels() {
        func cell(_ text: String, x: Double, y: Double) -> Table.Cell {
            Table.Cell(text: text, box: Rect(x0: x, y0: y, x1: x + Double(text.count) * 7, y1: y + 8))
        }
        let rows = [
            [cell("事務系", x: 109, y: 294), cell("技術系", x: 284, y: 294), cell("研究職", x: 459, y: 294)],
            [cell("総務部人事課", x: 48, y: 318), cell("業務部技術管理課", x: 223, y: 318), cell("研究所研究企画室", x: 398, y: 318)],
            [cell("本局 5階", x: 48, y: 330), cell("本局 4階", x: 223, y: 330), cell("研究所（神奈川県小田原市）", x: 398, y: 330)],
            [cell("TEL 03-3582-4411（内線2315）", x: 48, y: 343), cell("TEL 03-3582-4411（内線2471）", x: 223, y: 343), cell("TEL 0465-49-5011（内線105）", x: 398, y: 343)],
        ]
        let box = Rect(x0: 48, y0: 294, x1: 560, y1: 351)
        let table = Table(box: box, columns: [48...200, 223...375, 398...560], rows: rows, headerRowCount: 1)
        let mail = TextLine(text: "saiyo@example.go.jp", box: Rect(x0: 48, y0: 356, x1: 130, y1: 364), fontSize: 8, isBold: false, orientation: .horizontal)
        let found = ContactsParser().parse(SectionSegmenter.Part(kind: .contacts, heading: "お問い合わせ", headingSize: 12, blocks: [
            (1, Block(kind: .table, box: box, lines: [], table: table)), (1, Block(kind: .paragraph, box: mail.box, lines: [mail])),
        ], page: 1))
        #expect(found.map(\.label) == ["事務系", "技術系", "研究職"])
        #expect(found.map(\.office) == ["総務部人事課", "業務部技術管理課", "研究所研究企画室"])
        #expect(found.map(\.location) == ["本局5階", "本局4階", "研究所(神奈川県小田原市)"])
        #expect(found.map(\.emails) == [["saiyo@example.go.jp"], [], []])
    }

    @Test("A label | value table is still read row by row")
    func labelValueTable() {
        let found = ContactsParser().parse(Self.part([
            ["総合職事務系", "大臣官房秘書課"],
            ["電話", "03-5253-5069（直通）"],
        ]))
        #expect(found.map(\.office) == ["大臣官房秘書課"])
        #expect(found.first?.phones.map(\.number) == ["03-5253-5069"])
    }

    @Test("After the tracks' contacts, a row labelled otherwise (説明会・訪問) is a contact of its own")
    func otherRowLabel() {
        let found = ContactsParser().parse(Self.part([
            ["総合職事務系", "事務総局総務課（中央合同庁舎第５号館別館４階）"], ["", "03-3581-5311（内線2154）"],
            ["総合職技術系", "情報管理室（中央合同庁舎第５号館別館４階）"], ["", "03-3581-5311（内線2187）"],
            ["説明会・訪問", "人材局企画法制課（中央合同庁舎第５号館別館６階）"], ["", "03-3581-5314（直通）"],
            // A row with neither phone nor e-mail is no contact.
            ["受付時間", "平日９時から17時まで"],
        ]))
        #expect(found.map(\.label) == ["総合職事務系", "総合職技術系", "説明会・訪問"])
        #expect(found.map(\.office) == ["事務総局総務課", "情報管理室", "人材局企画法制課"])
        #expect(found.last?.track == .other)
    }

    @Test("A bracketed line after the tracks' contacts opens one more; field labels and lines before any track do not")
    func bracketedOtherLabel() {
        let lines = ["【お問い合わせ】", "【総合職事務系】", "総務課人事担当（中央合同庁舎第４号館６階）", "TEL：03-3507-8800（代表）",
                     "【TEL】", "03-3507-8801（直通）", "【徳島での勤務について】", "新未来創造戦略本部（徳島県庁10階）", "TEL：088-600-0002（直通）"]
        let box = Rect(x0: 40, y0: 90, x1: 300, y1: 300)
        let block = Block(kind: .paragraph, box: box, lines: lines.enumerated().map { i, text in
            TextLine(text: text, box: Rect(x0: 40, y0: 90 + Double(i) * 12, x1: 300, y1: 99 + Double(i) * 12), fontSize: 9, isBold: false, orientation: .horizontal)
        })
        let found = ContactsParser().parse(SectionSegmenter.Part(kind: .contacts, heading: "採用窓口", headingSize: 14, blocks: [(1, block)], page: 1))
        #expect(found.map(\.label) == ["総合職事務系", "徳島での勤務について"])
        #expect(found.map { $0.phones.map(\.number) } == [["03-3507-8800", "03-3507-8801"], ["088-600-0002"]])
    }

    @Test("A box heading of its own level with the cards' labels (an access box beside them) ends the last card: its address and routes are no card's office")
    func accessBoxBesideCards() {
        func block(_ texts: [String], x: Double, y: Double) -> (page: Int, block: Block) {
            let lines = texts.enumerated().map { i, text in
                TextLine(text: text, box: Rect(x0: x, y0: y + Double(i) * 14, x1: x + Double(text.count) * 7, y1: y + Double(i) * 14 + 8), fontSize: 8, isBold: false, orientation: .horizontal)
            }
            return (1, Block(kind: .paragraph, box: Rect.enclosing(lines.map(\.box))!, lines: lines))
        }
        let part = SectionSegmenter.Part(kind: .contacts, heading: "お問い合わせ・アクセス", headingSize: 11, blocks: [
            block(["［事務系］"], x: 46, y: 481),
            block(["人事委員会事務局任用課", "新潟県庁行政庁舎11階", "電話 025-280-5571", "ninyo@example.lg.jp"], x: 46, y: 495),
            block(["［技術系］"], x: 221, y: 481),
            block(["土木部監理課技術管理室", "新潟県庁行政庁舎7階", "電話 025-280-5380", "gijutsu@example.lg.jp"], x: 221, y: 495),
            block(["新潟県庁"], x: 395, y: 481),
            block(["〒950-8570 新潟市中央区新光町4番地1", "・JR『新潟』駅からバス約20分"], x: 395, y: 495),
        ], page: 1)
        let found = ContactsParser().parse(part)
        #expect(found.map(\.office) == ["人事委員会事務局任用課", "土木部監理課技術管理室"])
        #expect(found.map(\.emails) == [["ninyo@example.lg.jp"], ["gijutsu@example.lg.jp"]])
    }

    @Test("Cards labelled by a bare track word ([事務] | [技術]) are read card by card, and the address and routes under them are no card's office")
    func bareTrackCardsThenAddress() {
        func line(_ text: String, x: Double, y: Double) -> TextLine {
            TextLine(text: text, box: Rect(x0: x, y0: y, x1: x + Double(text.count) * 7, y1: y + 8), fontSize: 8, isBold: false, orientation: .horizontal)
        }
        func single(_ text: String, x: Double, y: Double) -> (page: Int, block: Block) {
            let l = line(text, x: x, y: y)
            return (1, Block(kind: .paragraph, box: l.box, lines: [l]))
        }
        // The table cut the technical card's floor into a cell of its own (`横浜市役所 | 24階`).
        let rows = [["［事務］", "［技術］", ""], ["人事委員会事務局任用課", "道路局総務部技術監理課", ""], ["横浜市役所 14階", "横浜市役所", "24階"],
                    ["電話 045-671-2121（内線3347）", "電話 045-671-2121（内線4862）", ""], ["メール jn-ninyo@example.lg.jp", "メール do-gikan@example.lg.jp", ""]]
        let cells = rows.enumerated().map { r, row in
            row.enumerated().map { c, text in Table.Cell(text: text, box: line(text, x: [443, 633, 710][c], y: 187 + Double(r) * 13).box) }
        }
        let box = Rect(x0: 443, y0: 187, x1: 780, y1: 247)
        let table = Table(box: box, columns: [443...620, 633...700, 710...780], rows: cells, headerRowCount: 0)
        let part = SectionSegmenter.Part(kind: .contacts, heading: "お問い合わせ・アクセス", headingSize: 11, blocks: [
            (1, Block(kind: .table, box: box, lines: [], table: table)),
            single("〒231-0005 横浜市中区本町6丁目50番地の10", x: 443, y: 281), single("みなとみらい線『馬車道』駅 1c出口直結", x: 453, y: 295),
        ], page: 1)
        let found = ContactsParser().parse(part)
        #expect(found.map(\.track) == [.administrative, .technical])
        #expect(found.map(\.office) == ["人事委員会事務局任用課", "道路局総務部技術監理課"])
        #expect(found.map(\.emails) == [["jn-ninyo@example.lg.jp"], ["do-gikan@example.lg.jp"]])
        #expect(found.map(\.location) == ["横浜市役所14階", "横浜市役所24階"])
        // A bare track word labels only when it ends the label: 事務局, 技術監理課 are offices.
        #expect(ContactsParser.labelPrefix("事務局人事課") == nil && ContactsParser.labelPrefix("技術監理課") == nil)
        #expect(ContactsParser.labelPrefix("[技術]")?.label == "技術")
    }

    @Test("Marks alone (☎) and a bracket wrapped onto the next line add nothing to the office; a caption far below the contact is none of it")
    func marksWrapsAndFarCaptions() throws {
        let found = try #require(ContactsParser.contact(
            label: "技術系", lines: ["人事部人材開発課", "☎", "050-3362-2215", "☎", "050-3362-4481(研究開発部", "門)", "saiyo-gijutsu@example.jp"],
            page: 2, box: Rect(x0: 408, y0: 178, x1: 536, y1: 271)))
        #expect(found.office == "人事部人材開発課")
        #expect(found.phones.count == 2)
        #expect(ContactsParser.joiningBrackets(["050-1(研究開発部", "門)", "(内線2)"]) == ["050-1(研究開発部門)", "(内線2)"])
        func single(_ text: String, y: Double) -> (page: Int, block: Block) {
            let line = TextLine(text: text, box: Rect(x0: 408, y0: y, x1: 408 + Double(text.count) * 8, y1: y + 8), fontSize: 8, isBold: false, orientation: .horizontal)
            return (2, Block(kind: .paragraph, box: line.box, lines: [line]))
        }
        let part = SectionSegmenter.Part(kind: .contacts, heading: "お問い合わせ", headingSize: 12, blocks: [
            single("技術系", y: 178), single("人事部人材開発課", y: 197), single("050-3362-2215", y: 210), single("saiyo-gijutsu@example.jp", y: 222),
            single("採用サイト", y: 407),
        ], page: 2)
        #expect(ContactsParser().parse(part).map(\.office) == ["人事部人材開発課"])
    }

    @Test("A label in brackets opens a contact without its brackets", arguments: [
        ("【総合職事務系】", "総合職事務系", ""), ("【総合職技術系】情報通信局情報通信企画課", "総合職技術系", "情報通信局情報通信企画課"),
        ("総合職事務系 大臣官房秘書課", "総合職事務系", "大臣官房秘書課"), ("総合職技術系(情報通信行政)", "総合職技術系(情報通信行政)", ""),
        ("事務職について", "事務職", ""), ("技術系について 技術企画課", "技術系", "技術企画課"),
    ])
    func bracketedLabel(_ text: String, _ label: String, _ rest: String) throws {
        let split = try #require(ContactsParser.labelPrefix(text))
        #expect(split.label == label && split.rest == rest)
    }
}
