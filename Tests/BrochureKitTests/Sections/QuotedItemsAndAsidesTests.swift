import Testing

@testable import BrochureKit

/// Support systems named only in speech bubbles, a caption over the first marked item, an
/// era letter with the words for year and month, and a contact's scope and notes.
@Suite("Quoted support systems and contact asides")
struct QuotedItemsAndAsidesTests {
    typealias L = LooseLayoutsTests

    /// A round-table: the participants, then speakers (`A`, `B`) as headings and their bubbles.
    static let roundTable: [(page: Int, block: Block)] = [
        L.block("参加者　A：土木職・入庁9年目　B：行政職・入庁7年目", x: 40, y: 100),
        L.block("A", x: 40, y: 130, size: 12, kind: .heading),
        L.block("「育児休業」は子が3歳に達するまで取れるので、私は1年取りました。職場に戻るときも安心でした。", x: 60, y: 130),
        L.block("僕は妻の出産のときに「配偶者出産休暇」を2日取りました。", x: 60, y: 170),
        L.block("B", x: 500, y: 170, size: 12, kind: .heading),
        L.block("復帰してからは「部分休業」を使っています。子が小学校に入るまで、勤務しないことができます。", x: 60, y: 210),
        L.block("みんなで「チーム」を作っています。", x: 60, y: 250),
    ]

    @Test("A support section whose titles name no system reads the 「」-quoted systems of its sentences, each with a period")
    func quotedSystems() {
        guard case .supportSystems(let systems) = ParsedPart(L.part(.supportSystems, "両立支援制度 ― 座談会", Self.roundTable)) else {
            Issue.record("not a support section")
            return
        }
        #expect(systems.map(\.name) == ["育児休業", "配偶者出産休暇", "部分休業"])
        #expect(systems.last?.summary.contains("子が小学校に入るまで") == true)
        #expect(systems.dropFirst().first?.durations.map(\.text) == ["2日"])
    }

    @Test("Titles that name systems keep the items: a quoted name in their text adds nothing")
    func titledSystemsKept() {
        let part = L.part(.supportSystems, "両立支援制度", [
            L.block("育児休業", x: 40, y: 100, size: 11, kind: .heading),
            L.block("「部分休業」と併せて子が3歳に達するまで取れます。", x: 40, y: 120),
        ])
        #expect(QuotedSupportSystems.resolved([SupportSystem(name: "育児休業", summary: "", durations: [], page: 1)], in: part).map(\.name) == ["育児休業"])
    }

    @Test("A caption over the first marked item in one block is not the first half of its title")
    func captionOverMarkedItem() {
        let lines = [L.block("仕事と家庭の両立支援", x: 40, y: 100).block.lines[0], L.block("◇育児休業", x: 40, y: 115).block.lines[0]]
        let items = TitledParagraphs().split(L.part(.supportSystems, "両立支援", [
            (1, Block(kind: .list, box: Rect.enclosing(lines.map(\.box))!, lines: lines)),
            L.block("在外事務所勤務中も取得できます。", x: 40, y: 130),
        ]))
        #expect(items.map(\.title) == ["育児休業"])
    }

    @Test("An era letter with the words for year and month is a cover's issue date", arguments: [
        ("R8年3月", 2026, 3), ("R8.4", 2026, 4), ("H30年12月", 2018, 12),
    ])
    func letterEraMonth(_ text: String, _ year: Int, _ month: Int) {
        #expect(EditionFinder.letterYearMonth(text) == EditionFinder.YearMonth(year: year, month: month))
        #expect(EditionFinder.find(EditionWindowTests.layout([["名古屋市職員採用案内", text + "発行"]]))?.year == year)
    }

    @Test("The jobs after a bracketed track label are its scope, not the office's first words")
    func scopeAfterBracketedLabel() throws {
        let split = try #require(ContactsParser.labelPrefix("〈事務系〉行政・社会福祉・学校事務"))
        #expect(split.label == "事務系(行政・社会福祉・学校事務)" && split.rest.isEmpty)
        #expect(ContactsParser.labelPrefix("〈事務系〉人事部・人材戦略課")?.rest == "人事部・人材戦略課")
    }

    @Test("The section's notes under the last contact are no part of its office")
    func notesLeftOut() throws {
        let contact = try #require(ContactsParser.contact(
            label: "技術系", lines: ["人事部 人材戦略課", "電話 03-5226-8831(注1)", "注1)受付時間は平日9:30~17:45です。", "※件名をご記入ください。"],
            page: 1, box: Rect(x0: 0, y0: 0, x1: 10, y1: 10)))
        #expect(Normalized.compact(contact.office) == "人事部人材戦略課")
        #expect(!ContactAsides.isNote("注文住宅課") && ContactAsides.isNote("注:受付は平日です"))
    }
}
