import Testing

@testable import BrochureKit

/// Contacts labelled by a bracketed site before their office, a sidebar's one unlabelled
/// contact, routes after an arrow or naming other lines (`…線ほか`), an address wrapped before
/// its building, an access block borrowing the contact box's address, and a period named by
/// the child's stage (`小学校就学前`).
@Suite("Sidebar contacts and routes")
struct SidebarContactsAndRoutesTests {
    typealias L = LooseLayoutsTests

    static func block(_ texts: [String], x: Double = 40, y: Double, size: Double = 9) -> (page: Int, block: Block) {
        let lines = texts.enumerated().map { i, text in
            TextLine(
                text: text, box: Rect(x0: x, y0: y + Double(i) * 12, x1: x + Double(text.count) * size, y1: y + Double(i) * 12 + size),
                fontSize: size, isBold: false, orientation: .horizontal)
        }
        return (1, Block(kind: .paragraph, box: Rect.enclosing(lines.map(\.box))!, lines: lines))
    }

    @Test("A bracketed site then its office on one line (【本部】管理室 人事係) opens a contact of its own")
    func bracketedSiteBeforeOffice() {
        let contacts = ContactsParser().parse(L.part(.contacts, "お問い合わせ", [
            Self.block(["【本部】管理室 人事係", "TEL 03-3581-4101（内線3125）", "E-mail saiyo-honbu@kfs.go.jp"], y: 100),
            Self.block(["【東京支部】総務課", "TEL 03-3821-9070", "E-mail tokyo-saiyo@kfs.go.jp"], y: 150),
        ]))
        #expect(contacts.map(\.office) == ["管理室人事係", "総務課"])
        #expect(contacts.map(\.emails) == [["saiyo-honbu@kfs.go.jp"], ["tokyo-saiyo@kfs.go.jp"]])
        #expect(ContactsParser.bracketedLabel("【本部】管理室人事係")?.label == "本部")
        #expect(ContactsParser.bracketedLabel("【本部】TEL 03-3581-4101") == nil)
        #expect(ContactsParser.bracketedLabel("【参考】採用試験の日程について") == nil)
    }

    @Test("A sidebar's one contact under its heading, with no label, is read up to its numbers: the handles and dates after it are none of its office")
    func unlabelledSidebarContact() throws {
        let contacts = ContactsParser().parse(L.part(.contacts, "採用に関するお問い合わせ", [
            Self.block(["人事部 人事課"], y: 100),
            Self.block(["TEL 03-3506-9427", "E-mail", "pmda-saiyo@pmda.go.jp"], y: 114),
            Self.block(["公式SNSでも発信中"], y: 160),
            Self.block(["X（旧Twitter）@pmda_saiyo", "Instagram @pmda.recruit"], y: 174),
            Self.block(["業務説明会"], y: 210),
            Self.block(["3月5日（木）オンライン"], y: 224),
        ]))
        let contact = try #require(contacts.first)
        #expect(contacts.count == 1)
        #expect(contact.office == "人事部人事課")
        #expect(contact.phones.map(\.number) == ["03-3506-9427"])
        #expect(contact.emails == ["pmda-saiyo@pmda.go.jp"])
        // A notice's `問合せ先` over the office that issued it is no recruiting contact: read, it
        // needs the document's figures to vouch for it (`SectionSet.keepBrochureSections`).
        #expect(ContactsParser().parse(L.part(.contacts, "問合せ先", [
            Self.block(["福祉保健局感染症対策部防疫・情報管理課"], y: 100), Self.block(["電話 03-5320-4482"], y: 114),
        ])).map(\.needsFigures) == [true])
    }

    @Test("The desk's word over its numbers (採用担当) goes on with the contact above it: no second contacts part")
    func deskWordUnderContactsHeading() {
        var b = PageBuilder()
        b.text("採用に関するお問い合わせ", x: 40, y: 60, size: 14)
        b.text("人事部人事課", x: 40, y: 90)
        b.text("採用担当", x: 40, y: 110)
        b.text("TEL 03-3506-9427", x: 40, y: 123)
        b.text("pmda-saiyo@pmda.go.jp", x: 40, y: 136)
        let layout = DocumentLayout.onePage(LayoutEngine().layout(b.page()))
        let parts = SectionSegmenter().segment(layout)
        #expect(parts.map(\.kind) == [.contacts])
        #expect(parts.first.map { ContactsParser().parse($0).map(\.office) } == ["人事部人事課"])
    }

    @Test("A route after an arrow, or through a station other lines stop at too (…線ほか), names the station alone")
    func arrowsAndOtherLines() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            Self.block(["〒100-8978 東京都千代田区霞が関3-1-1", "中央合同庁舎第4号館"], y: 100),
            Self.block(["→東京メトロ銀座線 虎ノ門駅 徒歩約5分", "→東京メトロ丸ノ内線ほか 霞ケ関駅 徒歩約7分"], y: 130),
        ])))
        #expect(access.routes.map(\.station) == ["虎ノ門", "霞ケ関"])
        #expect(access.routes.first?.lines == ["銀座線"])
        #expect(BareStation.find(in: ["東京メトロ丸ノ内線ほか霞ケ関駅徒歩約7分"]).map { "\($0.range)" } != nil)
    }

    @Test("An address wrapped after its ward, its block number then its building on the next line, is one address")
    func addressWrappedBeforeBuilding() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "所在地", [
            Self.block(["〒100-0013 東京都千代田区", "霞が関3-3-2 新霞が関ビル"], y: 100),
            Self.block(["・東京メトロ銀座線", "虎ノ門駅 徒歩約3分", "・都営三田線", "内幸町駅 徒歩約8分"], y: 130),
        ])))
        #expect(access.address == "東京都千代田区霞が関3-3-2")
        #expect(access.building == "新霞が関ビル")
        #expect(access.routes.map(\.station) == ["虎ノ門", "内幸町"])
        #expect(!AccessParser.endsInBlockNumber("霞が関ビル 3階"))
    }

    @Test("An access block printing no address takes the one address printed in the contact box")
    func addressLentByContacts() throws {
        let parts = LentAddress.lent([
            L.part(.contacts, "お問い合わせ", [Self.block(["■採用試験について", "人事委員会事務局 職員課", "〒514-8570 三重県津市広明町13番地", "TEL 059-224-2931"], y: 100)]),
            L.part(.access, "県庁へのアクセス", [Self.block(["▶近鉄・JR 津駅西口から徒歩約15分", "▶近鉄名古屋線 江戸橋駅から徒歩約25分"], y: 200)]),
        ])
        let access = try #require(AccessParser().parse(parts[1]))
        #expect(access.address == "三重県津市広明町13番地")
        #expect(access.routes.map(\.station) == ["津", "江戸橋"])
    }

    @Test("A marked contact label after another in the contacts (■…について) is their next item, whatever section its words name")
    func markedContactLabel() {
        let part = L.part(.contacts, "お問い合わせ", [L.block("■採用試験について", x: 52, y: 432), Self.block(["人事委員会事務局職員課", "TEL 059-224-2931"], y: 446)])
        #expect(SectionSegmenter.isNextItem(L.block("■職員の働き方・研修について", x: 320, y: 432).block, of: part))
    }

    @Test("A period named by the child's stage (小学校就学前) or an age it stays under is a period beside the name")
    func stagePeriod() {
        #expect(SupportSystem.splitPeriod("育児短時間勤務 小学校就学前") == ("育児短時間勤務", "小学校就学前"))
        #expect(SupportSystem.isPeriod("3歳未満"))
        #expect(!SupportSystem.isPeriod("小学校"))
    }
}
