import Foundation
import Testing

@testable import BrochureKit

/// A city named by one kanji on its cover, a publisher's name run into the office's line of a
/// contact card, a local government's seat heading the access beside the cards, and cards
/// whose titles are read in a row, each after its big number, before their texts.
@Suite("City names, letterheads and numbered cards")
struct CityLetterheadAndCardNumbersTests {
    typealias L = LooseLayoutsTests
    typealias T = TopicContactsAndCardsTests

    @Test("A city named by one kanji (堺市) is a name; a word referring to a city (本市, 都市) is none")
    func oneKanjiCity() {
        #expect(CoverTitle.name("堺市") == "堺市")
        #expect(CoverTitle.name("津市") == "津市")
        #expect(CoverTitle.name("本市") == nil)
        #expect(CoverTitle.name("都市") == nil)
        #expect(CoverTitle.name("市") == nil)
        // The cover's title alone names the publisher: a city's domain names no body.
        let cover = PublisherAndColophonTests.cover(kicker: "SAKAI CITY", title: "堺市", body: ["職員採用案内", "令和8年（2026年）3月"])
        #expect(OrganizationFinder.find(layout: cover, contacts: [T.contact("ninyo@city.sakai.lg.jp")]) == "堺市")
    }

    /// Two contact cards: each a subject in brackets, the publisher's name run into the office
    /// on a line of its own, a phone and an e-mail; the second beside an access column headed
    /// by the city's seat.
    static let cards = L.part(.contacts, "お問い合わせ", [
        L.block("【採用試験について】", x: 50, y: 674, size: 8.5, kind: .heading),
        L.block("堺市人事委員会事務局任用課", x: 50, y: 690, size: 10),
        (1, Block(kind: .paragraph, box: Rect(x0: 50, y0: 709, x1: 200, y1: 742), lines: [
            T.line("TEL 072-228-7421", x: 50, y: 709), T.line("E-mail ninyo@city.sakai.lg.jp", x: 50, y: 733),
        ])),
        L.block("【職場・仕事について】", x: 50, y: 771, size: 8.5, kind: .heading),
        L.block("堺市総務局人事部人事課", x: 50, y: 786, size: 10),
        (1, Block(kind: .paragraph, box: Rect(x0: 50, y0: 802, x1: 200, y1: 826), lines: [
            T.line("TEL 072-228-7415", x: 50, y: 802), T.line("E-mail jinji@city.sakai.lg.jp", x: 50, y: 817),
        ])),
        L.block("堺市役所", x: 302, y: 674, size: 9.5),
        L.block("〒590-0078 大阪府堺市堺区南瓦町3番1号", x: 302, y: 690),
    ])

    @Test("The publisher's name run into an office's line under its subject heads the card, and comes off; the city's seat beside the cards is no office")
    func letterhead() {
        let read = ContactsParser().parse(Self.cards)
        #expect(read.map(\.office) == ["堺市人事委員会事務局任用課", "堺市総務局人事部人事課"])
        #expect(read.map { $0.withoutPublisherLine("堺市").office } == ["人事委員会事務局任用課", "総務局人事部人事課"])
        #expect(read.last?.location == "堺市役所")
        // The seat itself, or a body of the city's own, is named whole.
        var seat = T.contact("jinji@city.sakai.lg.jp")
        seat.office = "堺市役所"
        seat.provenance = Provenance(page: 3, box: Rect(x0: 0, y0: 0, x1: 1, y1: 1), text: "事務職\n堺市役所")
        #expect(seat.withoutPublisherLine("堺市").office == "堺市役所")
    }

    @Test("An office cited after its label on the label's own line (〈事務系〉 埼玉県人事委員会事務局…) is named whole")
    func officeOnLabelLine() throws {
        let tagged = L.part(.contacts, "採用に関するお問い合わせ", [
            L.block("〈事務系〉 埼玉県人事委員会事務局任用審査課", x: 322, y: 371),
            (1, Block(kind: .paragraph, box: Rect(x0: 322, y0: 386, x1: 430, y1: 422), lines: [
                T.line("TEL 048-830-7615", x: 322, y: 400), T.line("a7610@pref.saitama.lg.jp", x: 322, y: 414),
            ])),
        ])
        let read = ContactsParser().parse(tagged)
        #expect(read.map(\.office) == ["埼玉県人事委員会事務局任用審査課"])
        #expect(read.map { $0.withoutPublisherLine("埼玉県").office } == ["埼玉県人事委員会事務局任用審査課"])
        // The flag stays out of the record: the contact equals itself read back from its JSON.
        let written = read.map { $0.withoutPublisherLine("埼玉県") }
        #expect(read.map(\.officeOnLabelLine) == [true])
        #expect(try JSONDecoder().decode([Contact].self, from: JSONEncoder().encode(written)) == written)
    }

    @Test("Cards read as a row of big numbers and titles, then a row of texts: each title takes its own card's text")
    func numberedCardsInRows() {
        func title(_ text: String, x: Double) -> (page: Int, block: Block) { L.block(text, x: x, y: 502, size: 10) }
        func number(_ text: String, x: Double) -> (page: Int, block: Block) { L.block(text, x: x, y: 494, size: 28, kind: .heading) }
        func text(_ lines: [String], x: Double) -> (page: Int, block: Block) {
            (1, Block(kind: .paragraph, box: Rect(x0: x, y0: 536, x1: x + 144, y1: 559), lines: lines.enumerated().map { T.line($1, x: x, y: 536 + Double($0) * 14, size: 8.5) }))
        }
        let part = L.part(.initiatives, "職場の取組", [
            number("01", x: 46), title("みやぎ型テレワーク", x: 94),
            number("02", x: 224), title("若手職員の政策提案", x: 272),
            number("03", x: 403), title("業務のデジタル化", x: 451),
            text(["在宅勤務とサテライトオフィスを組み", "合わせ、通勤時間を減らしています。"], x: 46),
            text(["入庁5年目までの職員が、部局を越え", "たチームで施策を提案します。"], x: 224),
            text(["電子決裁とペーパーレス会議を全庁で", "進め、残業の削減につなげています。"], x: 403),
        ])
        let items = TitledParagraphs().split(part)
        #expect(items.map(\.title) == ["みやぎ型テレワーク", "若手職員の政策提案", "業務のデジタル化"])
        #expect(items.map(\.text.first) == ["在", "入", "電"])
    }
}
