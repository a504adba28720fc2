import Testing

@testable import BrochureKit

/// Names of bodies on a cover that end in a town's or a village's word, spell a word in kana,
/// or end in any word under their parent body's name.
@Suite("Cover names of other forms")
struct CoverNameFormsTests {
    typealias P = PublisherAndColophonTests

    static let body = ["当村は森と清流に囲まれた村です。"]

    @Test("A town, a village or a ward before the document's title publishes the brochure")
    func municipalities() {
        let contact = P.contact("saiyo@example.lg.jp")
        for name in ["北辰村", "南辰町", "中辰区"] {
            let cover = P.cover(kicker: "RECRUIT 2026", title: "\(name) 職員採用案内", body: Self.body)
            #expect(OrganizationFinder.find(layout: cover, contacts: [contact]) == name)
        }
    }

    @Test("A university under its legal form, its name running into the document's title, publishes the brochure")
    func university() {
        let contact = P.contact("jinji@example.ac.jp")
        let cover = P.cover(kicker: "国立大学法人", title: "北辰工業大学 事務職員採用案内", body: Self.body)
        #expect(OrganizationFinder.find(layout: cover, contacts: [contact]) == "北辰工業大学")
        #expect(CoverTitle.name("北辰工業大学") == "北辰工業大学")
        #expect(CoverTitle.name("大学") == nil)
    }

    @Test("A ministry's office or facility on its own cover publishes the brochure")
    func facility() {
        let contact = P.contact("saiyo@example.go.jp")
        let cover = P.cover(kicker: "RECRUIT 2026", title: "北辰検疫所 職員採用案内", body: Self.body)
        #expect(OrganizationFinder.find(layout: cover, contacts: [contact]) == "北辰検疫所")
        #expect(CoverTitle.name("北辰植物防疫所") == "北辰植物防疫所")
        #expect(CoverTitle.name("私たちの居場所") == nil)
    }

    @Test("A word spelt in kana inside a name is part of it; kana opening it or joining words is not")
    func kanaInNames() {
        #expect(CoverTitle.name("国立がん研究センター") == "国立がん研究センター")
        #expect(CoverTitle.name("北辰こども研究所") == "北辰こども研究所")
        #expect(CoverTitle.name("鳥取中部ふるさと広域連合") == "鳥取中部ふるさと広域連合")
        #expect(CoverTitle.name("ようこそ宮内庁") == nil)
        #expect(CoverTitle.name("未来の都市") == nil)
        #expect(CoverTitle.name("未来をつくる市") == nil)
        #expect(CoverTitle.name("北辰研究所の") == nil)
    }

    @Test("Under its parent's name, a name ending in any word publishes the brochure, not the parent")
    func anyEndingUnderParent() {
        let contact = P.contact("saiyo@example.go.jp")
        let cover = P.cover(kicker: "独立行政法人北辰美術館", title: "北辰映画アーカイブ 職員採用案内", body: Self.body)
        #expect(OrganizationFinder.find(layout: cover, contacts: [contact]) == "北辰映画アーカイブ")
        let kanaOnly = P.cover(kicker: "独立行政法人北辰美術館", title: "ようこそ 職員採用案内", body: Self.body)
        #expect(OrganizationFinder.find(layout: kanaOnly, contacts: [contact]) != "ようこそ")
    }
}

extension CoverNameFormsTests {
    @Test("A body's name after a local legal form on its line is the publisher, without the form")
    func localLegalForm() {
        let contact = P.contact("jinji@example.jp")
        let cover = P.cover(kicker: "RECRUIT 2026", title: "地方独立行政法人北辰市立病院", body: Self.body)
        #expect(OrganizationFinder.find(layout: cover, contacts: [contact]) == "北辰市立病院")
    }
}

extension CoverNameFormsTests {
    @Test("A bureau set after its ministry on the cover's line publishes from the ministry's sub-domain")
    func bureauAfterMinistry() {
        let contact = P.contact("saiyo@gxb.mlit.go.jp")
        let cover = P.cover(kicker: "国土交通省北辰運輸局", title: "職員採用案内 2026", body: Self.body)
        #expect(OrganizationFinder.find(layout: cover, contacts: [contact]) == "北辰運輸局")
        #expect(OrganizationFinder.subordinate(of: "国土交通省", in: "国土交通省大臣官房人事課") == nil)
        #expect(OrganizationFinder.subordinate(of: "国土交通省", in: "国土交通省") == nil)
        let plain = P.cover(kicker: "国土交通省", title: "職員採用案内 2026", body: Self.body)
        #expect(OrganizationFinder.find(layout: plain, contacts: [contact]) == "国土交通省")
    }
}

extension CoverNameFormsTests {
    @Test("A prefecture's police on its own cover publishes the brochure")
    func prefecturalPolice() {
        let cover = P.cover(kicker: "RECRUIT 2026", title: "北辰県警察 警察職員採用案内", body: Self.body)
        #expect(OrganizationFinder.find(layout: cover, contacts: []) == "北辰県警察")
    }
}

extension CoverNameFormsTests {
    @Test("A bureau set after its ministry on the cover publishes its brochure from a domain of its own too")
    func bureauWithItsOwnDomain() {
        let contact = P.contact("hokushin-saiyo@example.go.jp")
        let cover = P.cover(kicker: "RECRUIT 2026", title: "財務省北辰税関", body: Self.body)
        #expect(OrganizationFinder.find(layout: cover, contacts: [contact]) == "北辰税関")
        let ministry = P.cover(kicker: "RECRUIT 2026", title: "財務省 職員採用案内", body: Self.body)
        #expect(OrganizationFinder.find(layout: ministry, contacts: [contact]) == "財務省")
    }
}

extension CoverNameFormsTests {
    @Test("The edition's year after the document's title leaves the name before it; a post (`…職`) is no body")
    func editionYearAfterTitle() {
        #expect(CoverTitle.withoutEditionYear("北辰市職員採用案内2026") == "北辰市職員採用案内")
        #expect(CoverTitle.withoutEditionYear("北辰市職員採用案内") == "北辰市職員採用案内")
        #expect(CoverTitle.withoutEditionYear("北辰市職員採用案内R8") == "北辰市職員採用案内R8")
        let contact = P.contact("jinji@example.ac.jp")
        let college = P.cover(kicker: "独立行政法人北辰高等教育機構", title: "北辰工業高等専門学校職員採用案内 2026", body: Self.body)
        #expect(OrganizationFinder.find(layout: college, contacts: [contact]) == "北辰工業高等専門学校")
        let post = P.cover(kicker: "デジタル庁", title: "総合職採用案内 2026", body: Self.body)
        #expect(OrganizationFinder.find(layout: post, contacts: [contact]) == "デジタル庁")
    }
}

extension CoverNameFormsTests {
    @Test("A union of towns running a service together names itself on its cover", arguments: ["北辰広域水道企業団", "北辰地区消防組合", "北辰県後期高齢者医療広域連合"])
    func unionOfTowns(_ name: String) {
        let cover = P.cover(kicker: name, title: "職員採用案内 2025", body: Self.body)
        #expect(OrganizationFinder.find(layout: cover, contacts: [P.contact("saiyo@example.jp")]) == name)
    }
}

extension CoverNameFormsTests {
    @Test("A prefecture's corporation (`…住宅供給公社`) names itself on its cover")
    func prefecturalCorporation() {
        let cover = P.cover(kicker: "北辰県住宅供給公社", title: "職員採用案内 2026", body: Self.body)
        #expect(OrganizationFinder.find(layout: cover, contacts: [P.contact("saiyo@example.or.jp")]) == "北辰県住宅供給公社")
    }
}

extension CoverNameFormsTests {
    @Test("An office named on the cover under its ministry and bureau publishes its own brochure")
    func officeUnderBureau() {
        let contact = P.contact("saiyo@qsr.mlit.go.jp")
        let cover = P.cover(kicker: "国土交通省北辰地方整備局", title: "北辰河川国道事務所", body: Self.body)
        #expect(OrganizationFinder.find(layout: cover, contacts: [contact]) == "北辰河川国道事務所")
    }
}
