import Testing

@testable import BrochureKit

/// A row of units sharing one count each (`税務課・住民課 | 各1`), an edition dotted after its
/// era's name (`令和8.4.1現在`), a stop named after its line with an operator's word
/// (`北松江線電鉄出雲市駅`), and a contact's captions set over their values.
@Suite("Each-unit rows, dotted editions, operator-named stops, captioned contacts")
struct EachUnitAndDottedDatesTests {
    typealias L = LooseLayoutsTests

    @Test("A row naming two units with `各N` is a row of N for each; a unit whose name holds a `・` stays whole")
    func eachUnit() {
        let record = AssignmentsParser().parse(AssignmentsParserTests.part(
            lines: ["令和7年度採用者の配属先", "事務職 技術職"],
            rows: [["総務課", "1", "－"], ["税務課・住民課", "各1", "－"], ["環境・保健研究部", "－", "1"]]))
        #expect(AssignmentsParserTests.read(record) == ["総務課 1 0", "税務課 1 0", "住民課 1 0", "環境・保健研究部 0 1"])
    }

    @Test("An as-of date dotted after the era's name is the edition's", arguments: [
        ("令和8.4.1現在", 2026, 4), ("令和7.10現在", 2025, 10), ("平成31.3.1時点", 2019, 3),
    ])
    func dottedAsOf(window: String, year: Int, month: Int) {
        #expect(EditionFinder.dottedAsOf(window) == EditionFinder.YearMonth(year: year, month: month))
    }

    @Test("A page dated only by a dotted as-of date is that edition's")
    func dottedPage() {
        let box = Rect(x0: 450, y0: 88, x1: 540, y1: 97)
        let line = TextLine(text: "令和8.4.1現在", box: box, fontSize: 9, isBold: false, orientation: .horizontal)
        let page = PageLayout(number: 1, width: 595, height: 842, bodyFontSize: 9, isVertical: false, blocks: [Block(kind: .paragraph, box: box, lines: [line])])
        #expect(EditionFinder.newestAsOf(on: page) == EditionFinder.YearMonth(year: 2026, month: 4))
    }

    @Test("Dots in no date give none")
    func notDotted() {
        #expect(EditionFinder.dottedAsOf("令和8年4月1日現在") == nil)
        #expect(EditionFinder.dottedAsOf("Ver.2現在") == nil)
    }

    @Test("An operator's word straight after a line's `線` opens the stop's name")
    func operatorAfterLine() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒693-8530 島根県出雲市今市町70", x: 40, y: 100),
            L.block("JR山陰本線出雲市駅から徒歩約10分", x: 40, y: 120),
            L.block("一畑電車北松江線電鉄出雲市駅から徒歩約8分", x: 40, y: 140),
        ])))
        #expect(access.routes.map(\.station) == ["出雲市", "電鉄出雲市"])
        #expect(access.routes.last?.lines.last?.hasSuffix("北松江線") == true)
    }

    @Test("A contact's captions set alone over their values (`TEL` over the number, `E-MAIL` over the address) keep the values the office's")
    func captionsOverValues() {
        let part = L.part(.contacts, "お問い合わせ", [
            L.block("八戸工業高等専門学校総務課人事係", x: 40, y: 100),
            L.block("TEL", x: 40, y: 120),
            L.block("0178-27-7223", x: 40, y: 132, kind: .heading),
            L.block("E-MAIL", x: 40, y: 160),
            L.block("jinji-kakari@hachinohe-ct.ac.jp", x: 40, y: 172),
        ])
        let found = ContactsParser().parse(part)
        #expect(found.map { $0.phones.map(\.number) } == [["0178-27-7223"]])
        #expect(found.map(\.emails) == [["jinji-kakari@hachinohe-ct.ac.jp"]])
    }

    @Test("A phone number set large under its caption closes no contacts section; the address under it stays the office's")
    func largePhoneClosesNothing() throws {
        var b = PageBuilder()
        b.text("お問い合わせ", x: 40, y: 60, size: 12)
        b.text("八戸工業高等専門学校総務課人事係", x: 40, y: 84)
        b.text("TEL", x: 40, y: 102, size: 7)
        b.text("0178-27-7223", x: 40, y: 112, size: 16)
        b.text("E-MAIL", x: 40, y: 136, size: 7)
        b.text("jinji-kakari@hachinohe-ct.ac.jp", x: 40, y: 146)
        let parts = KeyedAndBoxedContactsTests.segmented(b)
        #expect(parts.map(\.kind) == [.contacts])
        let contacts = try #require(parts.first.map { ContactsParser().parse($0) })
        #expect(contacts.map(\.emails) == [["jinji-kakari@hachinohe-ct.ac.jp"]])
        #expect(contacts.map { $0.phones.map(\.number) } == [["0178-27-7223"]])
    }
}
