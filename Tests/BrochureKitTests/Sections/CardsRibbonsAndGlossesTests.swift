import Testing

@testable import BrochureKit

/// Publishers named by a court's title or a prefecture's mail domain, an edition whose era year
/// is glossed with the Western one, contact cards in a footer band with no contacts heading,
/// fax numbers beside phones, stations after a glossed line name, and support cards whose
/// period stands in a ribbon at their foot.
@Suite("Cards, ribbons and glosses")
struct CardsRibbonsAndGlossesTests {
    typealias L = LooseLayoutsTests
    typealias P = PublisherAndColophonTests

    /// A block of lines of `size` pt, one under another from (x, y), 14 pt apart.
    static func block(_ texts: [String], x: Double, y: Double, size: Double, kind: Block.Kind = .paragraph) -> (page: Int, block: Block) {
        let lines = texts.enumerated().map { i, text in
            TextLine(text: text, box: Rect(x0: x, y0: y + Double(i) * 14, x1: x + Double(text.count) * size, y1: y + Double(i) * 14 + size),
                fontSize: size, isBold: false, orientation: .horizontal)
        }
        return (1, Block(kind: kind, box: Rect.enclosing(lines.map(\.box))!, lines: lines))
    }

    @Test("A court's title names the publisher; a prefecture's mail domain names it when the title does not")
    func courtAndPrefecture() {
        #expect(CoverTitle.name("最高裁判所") == "最高裁判所")
        let court = P.cover(kicker: "SUPREME COURT OF JAPAN", title: "最高裁判所", body: ["裁判所職員の採用案内です。"])
        #expect(OrganizationFinder.find(layout: court, contacts: [P.contact("saiyo@courts.go.jp")]) == "最高裁判所")
        let slogan = P.cover(kicker: "OKINAWA PREFECTURAL GOVERNMENT", title: "美ら島の未来を、ともにつくる。", body: ["島しょ県です。"])
        #expect(OrganizationFinder.find(layout: slogan, contacts: [P.contact("ninyo@pref.okinawa.lg.jp")]) == "沖縄県")
        #expect(PrefectureDomain.prefecture("gbox.pref.osaka.lg.jp") == "大阪府")
        #expect(PrefectureDomain.prefecture("city.yokohama.lg.jp") == nil)
        #expect(PrefectureDomain.prefecture("keishicho.metro.tokyo.lg.jp") == nil)
        // A body of its own on the cover, mailing from the prefecture's domain, is the publisher.
        let police = P.cover(kicker: "OKINAWA PREFECTURAL POLICE", title: "沖縄県警察本部", body: ["県民の安全を守ります。"])
        #expect(OrganizationFinder.find(layout: police, contacts: [P.contact("saiyo@police.pref.okinawa.lg.jp")]) == "沖縄県警察本部")
    }

    @Test("An era year glossed with the Western year and its 年 (令和8年（2026年）2月発行) dates the edition")
    func glossedEraYear() {
        let layout = EditionWindowTests.layout([["国立病院機構", "職員採用案内", "令和8年（2026年）2月発行"]])
        #expect(EditionFinder.find(layout)?.asOf == "2026-02")
        #expect(EditionFinder.withoutWesternGloss("令和8年(2026年)2月") == "令和8年2月")
    }

    @Test("A contact's label set apart from its office by a bar, and a card titled with the post it recruits for")
    func barAndPostLabels() {
        #expect(ContactsParser.labelPrefix("事務職|本部総務部人事課採用係")?.rest == "本部総務部人事課採用係")
        #expect(ContactsParser.labelPrefix("裁判所事務官の採用")?.label == "裁判所事務官")
        #expect(ContactsParser.labelPrefix("技術職員の採用")?.label == "技術職員")
        #expect(ContactsParser.recruitingPost("人事課の採用") == nil)
        #expect(ContactsParser.recruitingPost("新卒者の採用") == nil)
    }

    @Test("A fax number beside the phone, or on a line of its own, is no phone and no office; a number for both is kept")
    func faxIsNoPhone() throws {
        let contact = try #require(ContactsParser.contact(
            label: "行政事務", lines: ["人事委員会事務局任用課(県庁行政棟10階)", "TEL 098-866-2174(内線3412) FAX 098-869-8976", "FAX 098-869-8977", "ninyo@pref.okinawa.lg.jp"],
            page: 1, box: Rect(x0: 0, y0: 0, x1: 10, y1: 10)))
        #expect(contact.phones.map(\.number) == ["098-866-2174"])
        #expect(contact.office == "人事委員会事務局任用課")
        #expect(ContactsParser.withoutFax("TEL・FAX 03-1234-5678") == "TEL・FAX 03-1234-5678")
        #expect(ContactsParser.withoutFax("FAX 03-1234-5679 TEL 03-1234-5678") == "TEL 03-1234-5678")
    }

    @Test("A station printed after its line's name glossed in brackets is the route's")
    func stationAfterGlossedLine() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒900-8570 沖縄県那覇市泉崎1-2-2", x: 40, y: 100),
            L.block("▶沖縄都市モノレール（ゆいレール）県庁前駅徒歩3分", x: 40, y: 112),
            L.block("▶沖縄都市モノレール（ゆいレール）旭橋駅徒歩6分", x: 40, y: 124),
        ])))
        #expect(access.routes.map { "\($0.station) \($0.walkMinutes ?? -1)" } == ["県庁前 3", "旭橋 6"])
    }

    @Test("A period in a ribbon at a card's foot, after its text, is that card's, not the next card's name")
    func ribbonAtFoot() {
        let blocks = [
            Self.block(["育児休業"], x: 47, y: 488, size: 9.5, kind: .heading),
            Self.block(["男性職員の取得も年々増えてい", "ます。"], x: 47, y: 506, size: 7.5),
            Self.block(["子が3歳に達するまで"], x: 65, y: 552, size: 7.5),
            Self.block(["育児短時間勤務"], x: 179, y: 488, size: 9.5, kind: .heading),
            Self.block(["1日4時間などの短時間勤務を選", "べます。"], x: 179, y: 506, size: 7.5),
            Self.block(["子が小学校就学前まで"], x: 195, y: 552, size: 7.5),
            Self.block(["介護休業"], x: 310, y: 488, size: 9.5, kind: .heading),
            Self.block(["要介護の家族を介護するための", "休業です。"], x: 310, y: 506, size: 7.5),
            Self.block(["年5日（2人以上は年10日）"], x: 316, y: 552, size: 7.5),
        ]
        let part = SectionSegmenter.Part(kind: .supportSystems, heading: "子育て・介護を支える制度", headingSize: 14, blocks: blocks, page: 1)
        let items = TitledParagraphs().split(part)
        #expect(items.map(\.title) == ["育児休業", "育児短時間勤務", "介護休業"], "\(items.map { ($0.title, $0.text) })")
        #expect(items.first?.text == "男性職員の取得も年々増えています。子が3歳に達するまで")
        // The next card's name with its period set apart on its line, in the text's type, is a name.
        let named = [
            Self.block(["育児参加のための休暇"], x: 47, y: 100, size: 9.5, kind: .heading),
            Self.block(["子の出生後1年以内に、育児のために取得できます。"], x: 47, y: 116, size: 7.5),
            Self.block(["育児休業 子が3歳に達するまで"], x: 47, y: 140, size: 7.5),
            Self.block(["男女とも取得でき、取得中の業務は係内で分担します。"], x: 47, y: 156, size: 7.5),
        ]
        let menu = TitledParagraphs().split(SectionSegmenter.Part(kind: .supportSystems, heading: "両立支援", headingSize: 14, blocks: named, page: 1))
        #expect(menu.map(\.title) == ["育児参加のための休暇", "育児休業子が3歳に達するまで"], "\(menu.map { ($0.title, $0.text) })")
    }

    @Test("Contact cards titled with their post in a footer band, under no contacts heading, are the contacts")
    func unheadedCards() {
        let parts = SectionSegmenterTests.parts([
            L.block("研修", x: 62, y: 441, size: 13, kind: .heading),
            L.block("採用後は、裁判所職員総合研修所で導入研修を受けます。", x: 40, y: 466, size: 8.5),
            L.block("裁判所事務官の採用", x: 30, y: 684, size: 8.5),
            Self.block(["事務総局人事局任用課", "TEL 03-3264-5814", "saiyo-jimukan@courts.go.jp"], x: 30, y: 700, size: 8),
            L.block("技術職員の採用", x: 166, y: 684, size: 8.5),
            Self.block(["事務総局経理局営繕課", "TEL 03-3264-6932", "eizen-saiyo@courts.go.jp"], x: 166, y: 700, size: 8),
        ])
        #expect(parts.map(\.kind) == [.training, .contacts])
        #expect(parts.first?.blocks.count == 1)
        let contacts = parts.last.map { ContactsParser().parse($0) } ?? []
        #expect(contacts.map { "\($0.track) \($0.office) \($0.phones.map(\.number))" } == [
            "administrative 事務総局人事局任用課 [\"03-3264-5814\"]", "technical 事務総局経理局営繕課 [\"03-3264-6932\"]",
        ])
    }
}
