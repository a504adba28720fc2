import Testing

@testable import BrochureKit

@Suite("Contacts")
struct ContactsParserTests {
    /// The sections of one synthetic page, as extract finds them.
    static func contacts(_ build: (inout PageBuilder) -> Void) -> [Contact] {
        var b = PageBuilder()
        build(&b)
        let layout = DocumentLayout(source: "test.pdf", info: DocumentInfo(pageCount: 1, title: nil, producer: nil, creator: nil, creationDate: nil), pages: [LayoutEngine().layout(b.page())])
        return SectionSegmenter().segment(layout).filter { $0.kind == .contacts }.flatMap { ContactsParser().parse($0) }
    }

    @Test("Contact cards side by side are read card by card, not line across line")
    func cardsSideBySide() {
        let found = Self.contacts { b in
            b.text("採用窓口", x: 40, y: 60, size: 14)
            let left = ["総合職事務系", "総務部秘書課", "本館8階", "電話：03-3581-1101（内線2106）", "メール：jinji@example.go.jp"]
            let right = ["総合職技術系", "審査第一部調整課", "本館4階", "電話：03-3581-1101（内線3102）", "メール：shinsa@example.go.jp"]
            for (i, (l, r)) in zip(left, right).enumerated() {
                b.text(l, x: 40, y: 90 + Double(i) * 16)
                b.text(r, x: 300, y: 90 + Double(i) * 16)
            }
        }
        #expect(found.map(\.office) == ["総務部秘書課", "審査第一部調整課"])
        #expect(found.map(\.emails) == [["jinji@example.go.jp"], ["shinsa@example.go.jp"]])
        #expect(found.map { $0.phones.map(\.number) } == [["03-3581-1101"], ["03-3581-1101"]])
    }
}
