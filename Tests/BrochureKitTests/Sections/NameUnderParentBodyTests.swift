import Testing

@testable import BrochureKit

/// A body's name set large under its parent body's name in small type (an institute under
/// its university-type corporation): the larger name is the publisher, even one ending in a
/// word (`台`, `所`) no name is accepted by on its own.
@Suite("Name under its parent body")
struct NameUnderParentBodyTests {
    typealias P = PublisherAndColophonTests

    static let body = ["当台は観測と研究を担う機関です。"]

    @Test("The name opening the cover's title under a parent's name (a legal form and a name, or a name) publishes the brochure")
    func nameUnderParent() {
        let contact = P.contact("saiyo@example.ac.jp")
        let underForm = P.cover(kicker: "大学共同利用機関法人 北辰科学研究機構", title: "北辰天文台 職員採用案内", body: Self.body)
        #expect(OrganizationFinder.find(layout: underForm, contacts: [contact]) == "北辰天文台")
        let underName = P.cover(kicker: "北辰科学研究機構", title: "北辰天文台職員採用案内", body: Self.body)
        #expect(OrganizationFinder.find(layout: underName, contacts: [contact]) == "北辰天文台")
        let agency = P.cover(kicker: "国立研究開発法人 北辰研究機構", title: "北辰観測所 採用案内", body: Self.body)
        #expect(OrganizationFinder.find(layout: agency, contacts: [contact]) == "北辰観測所")
    }

    @Test("Without a parent's name over it, or without the document's title after it, such a name names nobody")
    func onlyAsPublisher() {
        let contact = P.contact("saiyo@example.ac.jp")
        let noParent = P.cover(kicker: "NATIONAL OBSERVATORY", title: "北辰天文台 職員採用案内", body: Self.body)
        #expect(OrganizationFinder.find(layout: noParent, contacts: [contact]) == nil)
        let slogan = P.cover(kicker: "星空をみつめる仕事", title: "北辰天文台 職員採用案内", body: Self.body)
        #expect(OrganizationFinder.find(layout: slogan, contacts: [contact]) == nil)
        let bare = P.cover(kicker: "北辰科学研究機構", title: "北辰天文台", body: Self.body)
        #expect(CoverTitle.organization(bare) != "北辰天文台")
        #expect(CoverTitle.name("北辰天文台") == nil)
    }
}
