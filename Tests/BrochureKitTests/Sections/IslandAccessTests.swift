import Testing

@testable import BrochureKit

/// An island's brochure: reached by air and by sea, its town named on the cover only in a picture.
@Suite("Island offices: airports and ports as stations, the town at the head of its office")
struct IslandAccessTests {
    typealias L = LooseLayoutsTests
    typealias P = PublisherAndColophonTests

    @Test("An airport or a port opening a route is marked as its station; notes and stations stay as they are", arguments: [
        ("八丈島空港から車で約5分", "『八丈島空港』から車で約5分"), ("二見港から徒歩5分", "『二見港』から徒歩5分"),
        ("錆ヶ浜港から徒歩10分", "『錆ヶ浜港』から徒歩10分"),
        ("東京（竹芝）から大型客船で約10時間20分", "東京（竹芝）から大型客船で約10時間20分"),
        ("空港から徒歩5分", "空港から徒歩5分"), ("羽田空港から八丈島へ", "羽田空港から八丈島へ"),
        ("JR線『新港』駅から徒歩5分", "JR線『新港』駅から徒歩5分"),
    ])
    func marked(_ text: String, _ expected: String) {
        #expect(TerminalStop.marked(text) == expected)
    }

    @Test("Each airport or port line is a route of its own; a car's time is no walk")
    func routes() throws {
        let access = try #require(AccessParser().parse(L.part(.access, "アクセス", [
            L.block("〒100-1498 東京都八丈町大賀郷2551-2", x: 42, y: 488),
            L.block("■八丈島空港から車で約5分", x: 42, y: 508),
            L.block("■底土港から徒歩10分", x: 42, y: 522),
            L.block("※東京（竹芝）から大型客船で約10時間20分", x: 42, y: 546),
        ])))
        #expect(access.routes.map { "\($0.station) \($0.walkMinutes ?? -1)" } == ["八丈島空港 -1", "底土港 10"])
    }

    @Test("The municipality heading a contact's office publishes a brochure nothing else names", arguments: [
        ("八丈町総務課人事係", "八丈町"), ("北辰市総務局人事課", "北辰市"), ("人事局人事課", nil), ("総務課人事係", nil),
    ] as [(String, String?)])
    func municipality(_ office: String, _ expected: String?) {
        #expect(OrganizationFinder.municipality(heading: office) == expected)
    }

    @Test("The contact's town is the publisher only when the cover and the text name none")
    func publisherFromOffice() {
        var contact = P.contact("saiyo@town.example.tokyo.jp")
        contact.office = "北辰町総務課人事係"
        let pictureCover = P.cover(kicker: "RECRUIT 2026", title: "職員採用案内", body: ["島の暮らしを支える仕事です。"])
        #expect(OrganizationFinder.find(layout: pictureCover, contacts: [contact]) == "北辰町")
        let namedCover = P.cover(kicker: "RECRUIT 2026", title: "南辰村 職員採用案内", body: ["島の暮らしを支える仕事です。"])
        #expect(OrganizationFinder.find(layout: namedCover, contacts: [contact]) == "南辰村")
    }
}
