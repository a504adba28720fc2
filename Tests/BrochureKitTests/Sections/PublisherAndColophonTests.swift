import Testing

@testable import BrochureKit

/// Publishers named only by their cover's title (a special organ under its ministry's name,
/// a commission at its ministry's domain), brochures dated only in a colophon, and routes
/// told apart by their stations.
@Suite("Publisher, colophon and routes")
struct PublisherAndColophonTests {
    typealias L = LooseLayoutsTests

    /// A cover with a small kicker, a large title and body text, as one page.
    static func cover(kicker: String, title: String, body: [String]) -> DocumentLayout {
        func block(_ text: String, _ y: Double, _ size: Double) -> Block {
            let box = Rect(x0: 42, y0: y, x1: 42 + Double(text.count) * size, y1: y + size)
            return Block(kind: .paragraph, box: box, lines: [TextLine(text: text, box: box, fontSize: size, isBold: false, orientation: .horizontal)])
        }
        let blocks = [block(kicker, 38, 9), block(title, 53, 26)] + body.enumerated().map { block($1, 150 + Double($0) * 20, 9) }
        return DocumentLayout.onePage(PageLayout(number: 1, width: 595, height: 842, bodyFontSize: 9, isVertical: false, blocks: blocks))
    }

    static func contact(_ email: String) -> Contact {
        Contact(track: .administrative, label: "総合職事務系", specialty: nil, office: "人事課", location: nil, phones: [], emails: [email], page: 1)
    }

    @Test("The cover's title names the publisher, not the ministry its kicker and text name more often")
    func titleBeforeCounts() {
        let body = ["国土交通省の特別の機関です。", "国土交通省と連携し、国土交通省の地図を作ります。"]
        #expect(OrganizationFinder.find(layout: Self.cover(kicker: "国土交通省", title: "国土地理院", body: body), contacts: []) == "国土地理院")
        let kouchoi = Self.cover(kicker: "Environmental Dispute Coordination Commission", title: "公害等調整委員会", body: ["総務省の外局です。"])
        #expect(OrganizationFinder.find(layout: kouchoi, contacts: [Self.contact("saiyo@soumu.go.jp")]) == "公害等調整委員会")
        // A title of that shape missing from the list of known names still names the publisher.
        let unlisted = Self.cover(kicker: "総務省", title: "統計研究所", body: ["総務省の施設等機関です。"])
        #expect(OrganizationFinder.find(layout: unlisted, contacts: [Self.contact("saiyo@soumu.go.jp")]) == "統計研究所")
        // A title that is a slogan names nobody: the ministry's domain decides.
        let slogan = Self.cover(kicker: "総務省", title: "未来をつくる仕事", body: ["消防庁と連携します。"])
        #expect(OrganizationFinder.find(layout: slogan, contacts: [Self.contact("saiyo@soumu.go.jp")]) == "総務省")
    }

    @Test("The name under a legal form standing alone, or after it on its line, names the publisher, whatever a larger catch copy says")
    func nameUnderLegalForm() {
        let cover = Self.cover(kicker: "独立行政法人", title: "くらしの安全を、科学で支える。", body: ["製品評価技術基盤機構", "経済産業省所管の法人です。経済産業省と連携します。"])
        #expect(OrganizationFinder.find(layout: cover, contacts: [Self.contact("saiyo@nite.go.jp")]) == "製品評価技術基盤機構")
        #expect(CoverTitle.name("統計センター") == "統計センター")
        // The form and the name on one line, the body naming the personnel authority more often.
        let oneLine = Self.cover(kicker: "NATIONAL ARCHIVES OF JAPAN", title: "独立行政法人 国立公文書館", body: ["人事院の試験です。", "人事院の採用試験を経て採用します。"])
        #expect(OrganizationFinder.find(layout: oneLine, contacts: [Self.contact("saiyo@archives.go.jp")]) == "国立公文書館")
    }

    @Test("The cover's name sharing its line with the document's title, or naming one office of a listed body, is the publisher")
    func nameBesideTitleAndOffice() {
        let shared = Self.cover(kicker: "Tokyo Metropolitan Police Department", title: "警視庁 警察行政職員採用案内", body: ["首都東京の治安を守ります。"])
        #expect(OrganizationFinder.find(layout: shared, contacts: [Self.contact("saiyo@keishicho.metro.tokyo.lg.jp")]) == "警視庁")
        let office = Self.cover(kicker: "TOKYO DISTRICT PUBLIC PROSECUTORS OFFICE", title: "東京地方検察庁", body: ["全国最大規模の検察庁です。"])
        #expect(OrganizationFinder.find(layout: office, contacts: [Self.contact("saiyo@kensatsu.go.jp")]) == "東京地方検察庁")
        // The listed body's own title stays itself.
        let listed = Self.cover(kicker: "総務省", title: "国土地理院", body: ["国土交通省の特別の機関です。"])
        #expect(OrganizationFinder.find(layout: listed, contacts: []) == "国土地理院")
    }

    @Test("A name has the shape of one: kanji only, ending in the word for what it is", arguments: [
        ("国土地理院", true), ("公害等調整委員会", true), ("統計研究所", true), ("採用案内", false),
        ("国家公務員総合職採用案内", false), ("ようこそ宮内庁", false), ("庁", false), ("カジノ管理委員会", true), ("国立公文書館", true),
        ("大阪府", true), ("神奈川県", true), ("横浜市", true), ("北海道", true), ("府", false), ("まちの未来都市", false),
        ("日本学術会議", true), ("会議", false),
    ])
    func nameShape(_ text: String, _ isName: Bool) {
        #expect((CoverTitle.name(text) != nil) == isName)
    }

    @Test("The day an exam reckons ages on (年齢は令和9年4月1日現在) dates no edition; the masthead's 2026.4 does")
    func ageReckoningDate() {
        let layout = EditionWindowTests.layout([["大阪府", "職員採用案内", "2026.4"], ["※採用予定数は変わることがあります。年齢は令和9年4月1日現在です。"]])
        #expect(EditionFinder.find(layout)?.asOf == "2026-04")
        #expect(EditionFinder.datesAges("年齢は令和9年4月1日現在"))
        #expect(!EditionFinder.datesAges("平均年齢42.5歳（2025年4月1日現在"))
        #expect(!EditionFinder.datesAges("職員数（令和7年4月1日現在"))
    }

    @Test("A cover's era date glossed with its Western year (令和8（2026）年3月) dates the edition; a name keeps no Latin abbreviation and may be a customs office")
    func glossedEraDateAndNames() {
        #expect(EditionFinder.find(EditionWindowTests.layout([["宇宙航空研究開発機構", "職員採用案内", "令和8（2026）年3月"]]))?.asOf == "2026-03")
        #expect(EditionFinder.withoutWesternGloss("令和7(2025)年4月1日現在") == "令和7年4月1日現在")
        #expect(EditionFinder.withoutWesternGloss("定員(2025年度)") == "定員(2025年度)")
        #expect(CoverTitle.name("宇宙航空研究開発機構(JAXA)") == "宇宙航空研究開発機構")
        #expect(CoverTitle.name("神戸税関") == "神戸税関")
        #expect(CoverTitle.name("関税(HS)") == nil)
    }

    @Test("A name run straight into the brochure's title (仙台市職員採用案内) is the publisher; a title alone names none")
    func nameFusedWithTitle() {
        #expect(CoverTitle.organization(EditionWindowTests.layout([["仙台市職員採用案内", "2026年4月"]])) == "仙台市")
        #expect(CoverTitle.organization(EditionWindowTests.layout([["職員採用案内", "2026年4月"]])) == nil)
    }

    @Test("A cover's bare R8.4 is April of Reiwa 8; R8.13 and a route's R8.4 inside a sentence date nothing")
    func letterEraYearMonth() {
        #expect(EditionFinder.find(EditionWindowTests.layout([["横浜市", "職員採用ガイド", "R8.4"]]))?.asOf == "2026-04")
        #expect(EditionFinder.find(EditionWindowTests.layout([["横浜市", "職員採用ガイド", "R8.13"]])) == nil)
        #expect(EditionFinder.find(EditionWindowTests.layout([["横浜市", "R8.4から新しい制度を始めます。"]])) == nil)
    }

    @Test("A brochure dated only by its colophon takes the colophon's date; a date in a sentence is none")
    func colophon() {
        let dated = EditionWindowTests.layout([["宮内庁", "国家公務員総合職採用案内"], ["お問い合わせ", "令和8年2月発行　宮内庁長官官房秘書課"]])
        #expect(EditionFinder.find(dated)?.asOf == "2026-02")
        let sentence = EditionWindowTests.layout([["宮内庁"], ["令和8年2月に発行した白書で紹介しました。"]])
        #expect(EditionFinder.find(sentence) == nil)
    }

    @Test("A second station in 『』 opens a route even when no operator or line name starts its line")
    func markedRoutes() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒305-0811 茨城県つくば市北郷1番", x: 40, y: 100),
            L.block("◆つくばエクスプレス『つくば』駅つくばセンターから関", x: 40, y: 115),
            L.block("東鉄道バス約20分", x: 40, y: 127),
            L.block("◆つくばエクスプレス『研究学園』駅タクシー約10分", x: 40, y: 142),
            L.block("◆JR常磐線『荒川沖』駅関東鉄道バス約30分", x: 40, y: 157),
        ])))
        #expect(access.routes.map(\.station) == ["つくば", "研究学園", "荒川沖"])
    }
}
