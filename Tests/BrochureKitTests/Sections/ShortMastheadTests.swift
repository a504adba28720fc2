import Testing

@testable import BrochureKit

/// Mastheads that name their publisher without being its name: a catch copy holding it, and
/// the everyday short form of a name the cover spells out.
@Suite("Short and catch-copy mastheads")
struct ShortMastheadTests {
    typealias P = PublisherAndColophonTests

    @Test("A catch copy inviting the reader to work at a body names that body")
    func invitation() {
        let cover = P.cover(kicker: "", title: "国立歴史民俗博物館で働く", body: ["職員採用案内 2026", "歴史と文化を伝える博物館です。"])
        #expect(OrganizationFinder.find(layout: cover, contacts: []) == "国立歴史民俗博物館")
        #expect(CoverTitle.nameBeforeInvitation("まちの未来で働く") == nil)
    }

    @Test("A short masthead names the body whose full name, spelt out on the cover, holds its characters in order")
    func spelledOut() {
        let lead = ["八戸工業高等専門学校は、実践的な技術者を育てる高等教育機関です。"]
        #expect(OrganizationFinder.find(layout: P.cover(kicker: "", title: "八戸高専", body: lead), contacts: []) == "八戸工業高等専門学校")
        // (A name opening with another character is another body's, though it holds the short one's in order.)
        let other = ["北八戸高等専門学校と連携しています。"]
        #expect(OrganizationFinder.find(layout: P.cover(kicker: "", title: "八戸高専", body: other), contacts: []) != "北八戸高等専門学校")
        // (Nor one whose line holds them only past its name's end: `専` of `専攻科`.)
        let school = ["八戸高等学校の専攻科を併設しています。"]
        #expect(OrganizationFinder.find(layout: P.cover(kicker: "", title: "八戸高専", body: school), contacts: []) != "八戸高等学校")
    }
}
