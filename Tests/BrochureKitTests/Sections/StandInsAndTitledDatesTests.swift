import Testing

@testable import BrochureKit

/// An e-mail's at-sign printed as a star with a note saying so, a contact box titled by the
/// track's exam, and a masthead title with its issue date after it on one line.
@Suite("At-sign stand-ins and titled dates")
struct StandInsAndTitledDatesTests {
    static func single(_ text: String, y: Double) -> (page: Int, block: Block) {
        let line = TextLine(text: text, box: Rect(x0: 40, y0: y, x1: 40 + Double(text.count) * 8, y1: y + 8), fontSize: 8, isBold: false, orientation: .horizontal)
        return (3, Block(kind: .paragraph, box: line.box, lines: [line]))
    }

    @Test("A star a note says stands for @ is read as @; the note is no office")
    func starForAtSign() {
        let part = SectionSegmenter.Part(kind: .contacts, heading: "お問い合わせ", headingSize: 12, blocks: [
            Self.single("【事務系】長官総務室 総務課 人事係", y: 500), Self.single("TEL 03-3581-7271", y: 512),
            Self.single("E-mail jinji★example.go.jp", y: 524), Self.single("（★を@に置き換えてください）", y: 540),
        ], page: 3)
        let found = ContactsParser().parse(part)
        #expect(found.map(\.emails) == [["jinji@example.go.jp"]])
        #expect(found.map(\.office) == ["長官総務室総務課人事係"])
        #expect(AtMarkStandIn.mark(in: ["(「☆」を「@」に変えてください)"]) == "☆")
        // Without the note a star is no at-sign.
        #expect(AtMarkStandIn.mark(in: ["E-mail jinji★example.go.jp"]) == nil)
        // A spelled-out at-sign's note names no mark: `[at]` is read as it stands.
        #expect(AtMarkStandIn.mark(in: ["※メールを送る際は[at]を@に置き換えてください。"]) == nil)
    }

    @Test("A box titled by its track's exam (`事務系の試験について`) labels the contact; the words are no office's")
    func trackTopicTitle() throws {
        let split = try #require(ContactsParser.labelPrefix("事務系の試験について"))
        #expect(split.label == "事務系" && split.rest.isEmpty)
        #expect(ContactsParser.labelPrefix("技術系の採用に関すること")?.rest == "")
    }

    @Test("A masthead title with the issue date after it and the word for made dates the brochure")
    func dateAfterTitle() {
        let layout = EditionWindowTests.layout([["国立研究開発法人", "職員（事務職・技術専門職）採用案内 2026年1月作成"]])
        #expect(EditionFinder.find(layout)?.asOf == "2026-01")
        #expect(EditionFinder.find(EditionWindowTests.layout([["国立研究開発法人", "職員採用説明会のご案内 2025年4月"]])) == nil)
    }
}
