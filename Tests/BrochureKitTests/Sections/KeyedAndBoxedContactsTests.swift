import Testing

@testable import BrochureKit

/// Contacts set as key/value grids (`電話番号` / `メールアドレス` keys), a contact box titled by
/// its first line beside another section (`採用に関するお問い合わせ`), and a contact under a
/// heading naming no recruiting (`お問い合わせ・アクセス`), kept only beside the figures.
@Suite("Keyed and boxed contacts")
struct KeyedAndBoxedContactsTests {
    typealias L = LooseLayoutsTests
    typealias S = SidebarContactsAndRoutesTests

    @Test("A grid's keys named in full (電話番号, メールアドレス) are no part of the office")
    func fullKeysAreNoOffice() throws {
        let contacts = ContactsParser().parse(L.part(.contacts, "お問い合わせ", [
            S.block(["■採用試験について"], y: 100),
            S.block(["担当"], y: 114), S.block(["人事委員会事務局任用課"], x: 90, y: 114),
            S.block(["電話番号"], y: 128), S.block(["011-211-3842／011-211-3845"], x: 90, y: 128),
            S.block(["メールアドレス"], y: 142), S.block(["ninyo-saiyo@city.example.jp"], x: 90, y: 142),
        ]))
        let contact = try #require(contacts.first)
        #expect(contact.office == "人事委員会事務局任用課")
        #expect(contact.phones.map(\.number) == ["011-211-3842", "011-211-3845"])
        #expect(ContactsParser.isFieldLabel("電話番号") && ContactsParser.isFieldLabel("メールアドレス"))
    }

    static func segmented(_ b: PageBuilder) -> [SectionSegmenter.Part] {
        let layout = DocumentLayout.onePage(LayoutEngine().layout(b.page()))
        return SectionSegmenter().segment(layout)
    }

    @Test("A box's first line ending in the section's word (採用に関するお問い合わせ), in the box's type, opens the contacts")
    func boxTitledByFirstLine() throws {
        var b = PageBuilder()
        b.text("両立支援制度", x: 40, y: 60, size: 14)
        b.text("育児休業は子が3歳になるまで取得できます。", x: 40, y: 90)
        b.text("採用に関するお問い合わせ", x: 40, y: 130)
        b.text("人事部人事グループ", x: 40, y: 144)
        b.text("TEL 03-5800-8126", x: 40, y: 158)
        b.text("E-mail saiyo@example.go.jp", x: 40, y: 172)
        let parts = Self.segmented(b)
        #expect(parts.map(\.kind) == [.supportSystems, .contacts])
        let contacts = try #require(parts.last.map { ContactsParser().parse($0) })
        #expect(contacts.map(\.office) == ["人事部人事グループ"])
        #expect(SectionSegmenter.titlesBlock("採用に関するお問い合わせ", next: "人事部人事グループ"))
        // A sentence wrapped after the word (`…までお問い合わせ` / `ください。`) is no title.
        #expect(!SectionSegmenter.titlesBlock("詳しくは人事課までお問い合わせ", next: "ください。"))
        #expect(!SectionSegmenter.titlesBlock("採用に関する手続きのご案内です", next: "人事部"))
        // Nor is an office's name ending in its desk, over its phone.
        #expect(!SectionSegmenter.titlesBlock("企画管理部人事課 採用担当", next: "TEL 03-3481-1921"))
    }

    @Test("A contact under a heading naming no recruiting is kept beside the figures only")
    func contactVouchedByFigures() throws {
        let part = L.part(.contacts, "お問い合わせ・アクセス", [
            S.block(["人事委員会事務局", "電話 077-528-4413（平日8時30分〜17時15分）", "メール jinji@pref.example.lg.jp"], y: 100),
            S.block(["〒520-8577 滋賀県大津市京町四丁目1番1号"], y: 150),
        ])
        let contacts = ContactsParser().parse(part)
        let contact = try #require(contacts.first)
        #expect(contact.office == "人事委員会事務局")
        #expect(contact.phones.map(\.number) == ["077-528-4413"])
        #expect(contact.needsFigures)
        // Alone, as a notice's `問合せ先` would be, it is dropped, and the text sections with it.
        var alone = SectionSet()
        alone.contacts = contacts
        alone.training = Training(programs: [Training.Program(name: "新規採用職員研修", summary: "")], page: 1)
        alone.keepBrochureSections()
        #expect(alone.contacts == nil && alone.training == nil)
        // Beside a hiring table it is the brochure's contact.
        var brochure = alone
        brochure.contacts = contacts
        brochure.hiring = HiringRecord(rows: [], technicalScope: nil, page: 1)
        brochure.keepBrochureSections()
        #expect(brochure.contacts?.map(\.office) == ["人事委員会事務局"])
        #expect(brochure.contacts?.first?.needsFigures == false)
    }
}
