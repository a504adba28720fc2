import Testing

@testable import BrochureKit

@Suite("Field-headed contact tables and categorised support lists")
struct FieldHeadedContactsAndSupportListsTests {
    /// A contacts section holding one table, its first row a header when `headed`.
    static func part(_ rows: [[(text: String, lines: [String])]], headed: Bool) -> SectionSegmenter.Part {
        let box = Rect(x0: 40, y0: 90, x1: 500, y1: 200)
        let cells = rows.enumerated().map { r, row in
            row.enumerated().map { c, cell in
                Table.Cell(text: cell.text, box: Rect(x0: 40 + Double(c) * 150, y0: 90 + Double(r) * 24, x1: 180 + Double(c) * 150, y1: 108 + Double(r) * 24), lines: cell.lines)
            }
        }
        let table = Table(box: box, columns: [40...180, 190...330, 340...480], rows: cells, headerRowCount: headed ? 1 : 0)
        return SectionSegmenter.Part(
            kind: .contacts, heading: "お問い合わせ", headingSize: 14, blocks: [(1, Block(kind: .table, box: box, lines: [], table: table))], page: 1)
    }

    static let rows: [[(text: String, lines: [String])]] = [
        [("区分", []), ("担当", []), ("連絡先", [])],
        [("採用試験", []), ("人事委員会事務局任用課", []), ("TEL 076-111-2222 shiken@example.lg.jp", ["TEL 076-111-2222", "shiken@example.lg.jp"])],
        [("職場・勤務条件", []), ("総務部人事課", []), ("TEL 076-111-3333 jinji@example.lg.jp", ["TEL 076-111-3333", "jinji@example.lg.jp"])],
    ]

    @Test("Under a header of field names (区分 | 担当 | 連絡先) each row is a contact, though no row names a track")
    func fieldHeadedTable() {
        let found = ContactsParser().parse(Self.part(Self.rows, headed: true))
        #expect(found.map(\.office) == ["人事委員会事務局任用課", "総務部人事課"])
        #expect(found.map { $0.phones.map(\.number) } == [["076-111-2222"], ["076-111-3333"]])
        #expect(found.map(\.emails) == [["shiken@example.lg.jp"], ["jinji@example.lg.jp"]])
    }

    @Test("Without such a header, a first row naming no track opens no contact")
    func unheadedTable() {
        let found = ContactsParser().parse(Self.part(Array(Self.rows.dropFirst()), headed: false))
        #expect(found.isEmpty)
    }

    @Test("`技術系の仕事`: the words after the track are the label's, no office's")
    func trackJobsLabel() {
        let split = ContactsParser.labelPrefix("技術系の仕事")
        #expect(split?.label == "技術系")
        #expect(split?.rest == "")
    }

    @Test("A category over `・name：period` lines gives one system a line; a `・` inside a name stays")
    func categorisedList() {
        let listed = CategorisedSupportSystems.systems(in: "・育児休業：子が3歳に達するまで・部分休業：1日2時間まで・子の看護・介護休暇：年5日")
        #expect(listed?.map(\.name) == ["育児休業", "部分休業", "子の看護・介護休暇"])
        #expect(listed?.map(\.period) == ["子が3歳に達するまで", "1日2時間まで", "年5日"])
        #expect(CategorisedSupportSystems.systems(in: "・出産休暇：産前8週間・産後8週間・育児休業：子が3歳に達するまで")?.map(\.period) == ["産前8週間・産後8週間", "子が3歳に達するまで"])
        let item = TitledParagraphs.Item(title: "休暇", text: "・夏季休暇：5日・年次休暇：年20日", page: 2, box: Rect(x0: 0, y0: 0, x1: 100, y1: 40))
        #expect(CategorisedSupportSystems.expanded(item)?.map(\.name) == ["夏季休暇", "年次休暇"])
    }

    @Test("A bulleted sentence, or a single bullet, is no list of systems")
    func notAList() {
        #expect(CategorisedSupportSystems.systems(in: "・男性職員の取得も進んでいます。・詳しくは人事課まで") == nil)
        #expect(CategorisedSupportSystems.systems(in: "・育児休業：子が3歳に達するまで") == nil)
        #expect(CategorisedSupportSystems.systems(in: "育児休業：子が3歳に達するまで") == nil)
    }
}

extension FieldHeadedContactsAndSupportListsTests {
    @Test("An extension in a column of its own is its phone's note, no part of the office")
    func extensionColumn() {
        let rows: [[(text: String, lines: [String])]] = [
            [("区分", []), ("担当", []), ("電話", []), ("内線", []), ("E-mail", [])],
            [("事務職", []), ("総務部人事課", []), ("072-641-9800", []), ("2115", []), ("jinji@example.go.jp", [])],
            [("技術職", []), ("施設管理室", []), ("072-641-9800", []), ("", []), ("shisetsu@example.go.jp", [])],
        ]
        let found = ContactsParser().parse(Self.part(rows, headed: true))
        #expect(found.map(\.office) == ["総務部人事課", "施設管理室"])
        #expect(found.map { $0.phones.map { "\($0.number) \($0.note ?? "-")" } } == [["072-641-9800 内線2115"], ["072-641-9800 -"]])
    }
}
