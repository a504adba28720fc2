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

    @Test("A label | value table is still read row by row")
    func labelValueTable() {
        let found = ContactsParser().parse(Self.part([
            ["総合職事務系", "大臣官房秘書課"],
            ["電話", "03-5253-5069（直通）"],
        ]))
        #expect(found.map(\.office) == ["大臣官房秘書課"])
        #expect(found.first?.phones.map(\.number) == ["03-5253-5069"])
    }

    @Test("A label in brackets opens a contact without its brackets", arguments: [
        ("【総合職事務系】", "総合職事務系", ""), ("【総合職技術系】情報通信局情報通信企画課", "総合職技術系", "情報通信局情報通信企画課"),
        ("総合職事務系 大臣官房秘書課", "総合職事務系", "大臣官房秘書課"), ("総合職技術系(情報通信行政)", "総合職技術系(情報通信行政)", ""),
    ])
    func bracketedLabel(_ text: String, _ label: String, _ rest: String) throws {
        let split = try #require(ContactsParser.labelPrefix(text))
        #expect(split.label == label && split.rest == rest)
    }
}
