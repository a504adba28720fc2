import Testing

@testable import BrochureKit

/// A contact set as a business card: the office, then the desk and the person in charge set
/// large (`採用担当 高橋 さくら`), then the phone and e-mail.
@Suite("A desk's line set large under its office")
struct DeskLineTests {
    typealias L = LooseLayoutsTests

    static func page() -> DocumentLayout {
        let blocks = [
            L.block("お問い合わせ・アクセス", x: 50, y: 499, size: 11, kind: .heading),
            L.block("山形県人事委員会事務局任用課", x: 58, y: 531, size: 9),
            L.block("採用担当 高橋さくら", x: 58, y: 548, size: 13, kind: .heading),
            L.block("TEL 023-630-2101", x: 58, y: 571, size: 9),
            L.block("E-mail ykensyoku@pref.yamagata.jp", x: 58, y: 582, size: 9),
        ]
        return DocumentLayout.onePage(PageLayout(number: 1, width: 595, height: 842, bodyFontSize: 9, isVertical: false, blocks: blocks.map(\.block)))
    }

    @Test("Under its office, before any number, the desk's line goes on with the contact; the phone and e-mail stay in it")
    func deskUnderOffice() throws {
        let parts = SectionSegmenter().segment(Self.page()).filter { $0.kind == .contacts }
        try #require(parts.count == 1, "\(parts.map(\.heading))")
        let contacts = ContactsParser().parse(parts[0])
        #expect(contacts.flatMap { $0.phones.map(\.number) } == ["023-630-2101"], "\(contacts)")
        #expect(contacts.flatMap(\.emails) == ["ykensyoku@pref.yamagata.jp"], "\(contacts)")
        #expect(contacts.map(\.office) == ["山形県人事委員会事務局任用課"], "the person in charge is no part of the office")
    }

    @Test("A desk's word then a person's name is no office; a desk naming a unit is", arguments: [
        ("採用担当 高橋 さくら", true), ("担当者：佐藤", true), ("担当 ヤマダ", true),
        ("採用担当 人事係", false), ("採用担当", false), ("担当課 人事課", false), ("採用担当 03-1234", false), ("採用担当グループ", false), ("担当窓口", false),
        ("人事課 採用担当", false),
    ])
    func personInCharge(line: String, person: Bool) {
        #expect(ContactAsides.isPersonInCharge(line) == person)
    }

    @Test("After the office's phone, a contacts heading set large is no line of that contact")
    func headingAfterNumbers() throws {
        let blocks = [
            L.block("お問い合わせ・アクセス", x: 50, y: 499, size: 11, kind: .heading),
            L.block("TEL 023-630-2101", x: 58, y: 531, size: 9),
            L.block("採用担当 技術系", x: 58, y: 548, size: 13, kind: .heading),
            L.block("TEL 023-630-2102", x: 58, y: 571, size: 9),
        ]
        let layout = DocumentLayout.onePage(PageLayout(number: 1, width: 595, height: 842, bodyFontSize: 9, isVertical: false, blocks: blocks.map(\.block)))
        let first = try #require(SectionSegmenter().segment(layout).first { $0.kind == .contacts })
        #expect(!first.blocks.contains { $0.block.lines[0].text == "採用担当 技術系" })
    }
}
